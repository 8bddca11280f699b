#pragma once

#include "model/design.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

/*!
 * \file flowgraph.h
 * The design as a directed graph for the checker: compact adjacency arrays (both directions) and
 * a breadth-first search that reuses its marks, so one search costs O(components + connections)
 * and allocating nothing after the first.
 *
 * Loops (docs/architecture.md "The checker"): real designs are full of cycles. The checker
 * judges order and reach on the flow with loops cut where they close: `feedback` connections are
 * left out, and a loop-closing component (a client, event logging) ends a path that arrives at it
 * and starts the paths that leave it, but no path runs through it.
 */

namespace mlsd::flow {

/// True for the stages where loops close: `client` and `event_logging`.
[[nodiscard]] bool isLoopCut(const QString &stage);

enum class Direction { Forward, Backward };

/// A design's components (by index, in file order) and connections as adjacency arrays.
class FlowGraph
{
public:
    struct Edge
    {
        int from = -1;
        int to = -1;
        ConnectionKind kind = ConnectionKind::Data;
    };

    explicit FlowGraph(const Design &design);

    [[nodiscard]] int nodeCount() const { return m_nodeCount; }
    /// Index of component \a id, or -1.
    [[nodiscard]] int index(const ComponentId &id) const { return m_index.value(id, -1); }
    [[nodiscard]] const std::vector<Edge> &edges() const { return m_edges; }

    /// Edge indices leaving (Forward) or entering (Backward) node \a n.
    [[nodiscard]] const int *begin(int n, Direction d) const
    {
        return d == Direction::Forward ? m_outEdges.data() + m_outStart[n]
                                       : m_inEdges.data() + m_inStart[n];
    }
    [[nodiscard]] const int *end(int n, Direction d) const
    {
        return d == Direction::Forward ? m_outEdges.data() + m_outStart[n + 1]
                                       : m_inEdges.data() + m_inStart[n + 1];
    }
    /// The other end of edge \a e when walking in direction \a d.
    [[nodiscard]] int next(int e, Direction d) const
    {
        return d == Direction::Forward ? m_edges[std::size_t(e)].to : m_edges[std::size_t(e)].from;
    }

private:
    int m_nodeCount = 0;
    QHash<ComponentId, int> m_index;
    std::vector<Edge> m_edges;
    std::vector<int> m_outStart, m_outEdges, m_inStart, m_inEdges;
};

/*!
 * Breadth-first search over a FlowGraph. Marks are generation-stamped, so a new search costs
 * nothing to reset. Sources are always expanded; another node is expanded only when
 * \a expand(node) says so (e.g. loop-closing components are reached but not crossed); an edge is
 * followed only when \a edgeOk(edgeIndex) says so. \a visit(node, viaEdge) is called once for
 * every node reached through an edge (not for sources); returning true stops the search.
 */
class Search
{
public:
    explicit Search(const FlowGraph &graph)
        : m_graph(graph)
        , m_mark(std::size_t(graph.nodeCount()), 0)
        , m_parent(std::size_t(graph.nodeCount()), -1)
    {
        m_queue.reserve(std::size_t(graph.nodeCount()));
    }

    template<typename EdgeOk, typename Expand, typename Visit>
    void run(const std::vector<int> &sources, Direction d, EdgeOk edgeOk, Expand expand,
             Visit visit)
    {
        ++m_generation;
        m_queue.clear();
        for (int s : sources) {
            if (m_mark[std::size_t(s)] != m_generation) {
                m_mark[std::size_t(s)] = m_generation;
                m_parent[std::size_t(s)] = -1;
                m_queue.push_back(s);
            }
        }
        const std::size_t sourceCount = m_queue.size();
        for (std::size_t head = 0; head < m_queue.size(); ++head) {
            const int n = m_queue[head];
            if (head >= sourceCount && !expand(n))
                continue;
            for (const int *e = m_graph.begin(n, d), *end = m_graph.end(n, d); e != end; ++e) {
                if (!edgeOk(*e))
                    continue;
                const int m = m_graph.next(*e, d);
                if (m_mark[std::size_t(m)] == m_generation)
                    continue;
                m_mark[std::size_t(m)] = m_generation;
                m_parent[std::size_t(m)] = n;
                m_queue.push_back(m);
                if (visit(m, *e))
                    return;
            }
        }
    }

    /// True when node \a n was a source or was reached by the last search.
    [[nodiscard]] bool reached(int n) const { return m_mark[std::size_t(n)] == m_generation; }
    /// The node the last search came from to reach \a n (-1 for a source).
    [[nodiscard]] int parent(int n) const { return m_parent[std::size_t(n)]; }

private:
    const FlowGraph &m_graph;
    std::vector<std::uint32_t> m_mark;
    std::vector<int> m_parent;
    std::vector<int> m_queue;
    std::uint32_t m_generation = 0;
};

} // namespace mlsd::flow
