#include "check/flowgraph.h"

namespace mlsd::flow {

using namespace Qt::StringLiterals;

bool isLoopCut(const QString &stage)
{
    return stage == u"client"_s || stage == u"event_logging"_s;
}

FlowGraph::FlowGraph(const Design &design)
{
    const QList<Component> &components = design.components();
    m_nodeCount = int(components.size());
    m_index.reserve(components.size());
    for (int i = 0; i < m_nodeCount; ++i)
        m_index.insert(components.at(i).id, i);

    m_edges.reserve(std::size_t(design.connections().size()));
    for (const Connection &c : design.connections()) {
        const int from = index(c.from);
        const int to = index(c.to);
        if (from < 0 || to < 0 || from == to)
            continue; // a dangling or self connection carries no flow
        m_edges.push_back({from, to, c.kind});
    }

    // Counting sort into compressed rows, keeping file order within each row.
    const std::size_t n = std::size_t(m_nodeCount);
    m_outStart.assign(n + 1, 0);
    m_inStart.assign(n + 1, 0);
    for (const Edge &e : m_edges) {
        ++m_outStart[std::size_t(e.from) + 1];
        ++m_inStart[std::size_t(e.to) + 1];
    }
    for (std::size_t i = 0; i < n; ++i) {
        m_outStart[i + 1] += m_outStart[i];
        m_inStart[i + 1] += m_inStart[i];
    }
    m_outEdges.resize(m_edges.size());
    m_inEdges.resize(m_edges.size());
    std::vector<int> outFill(m_outStart.begin(), m_outStart.end() - 1);
    std::vector<int> inFill(m_inStart.begin(), m_inStart.end() - 1);
    for (std::size_t e = 0; e < m_edges.size(); ++e) {
        m_outEdges[std::size_t(outFill[std::size_t(m_edges[e].from)]++)] = int(e);
        m_inEdges[std::size_t(inFill[std::size_t(m_edges[e].to)]++)] = int(e);
    }
}

} // namespace mlsd::flow
