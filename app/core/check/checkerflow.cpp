#include "check/checkercontext.h"

#include "model/catalog.h"

#include <algorithm>

namespace mlsd::checker {

using namespace Qt::StringLiterals;
using flow::Direction;

namespace {

StageSet unionOf(StageSet set, const std::vector<StageSet> &perStage)
{
    StageSet out = 0;
    while (set) {
        const int i = __builtin_ctzll(set);
        out |= perStage[std::size_t(i)];
        set &= set - 1;
    }
    return out;
}

} // namespace

bool Context::isFeedback(int edge) const
{
    return m_graph.edges()[std::size_t(edge)].kind == ConnectionKind::Feedback;
}

bool Context::isFlowEdge(int edge) const
{
    // Feedback edges close loops and are cut, except where a loop closes by design: into or out
    // of a client or event logging. "App → logs", marked as feedback, is how engagement reaches
    // the logs, and rules that follow it (logs feed training) must see it.
    if (!isFeedback(edge))
        return true;
    const auto &e = m_graph.edges()[std::size_t(edge)];
    return m_cut[std::size_t(e.from)] || m_cut[std::size_t(e.to)];
}

void Context::prepareOrderEdges()
{
    if (m_orderPrepared)
        return;
    m_orderPrepared = true;
    const std::size_t stageCount = std::size_t(m_stages.size());
    m_earlier.assign(stageCount, 0);
    for (const auto &[before, after] : m_tmpl.orderPairs())
        m_earlier[std::size_t(stageIndex(after))] |= bit(before);
    // Transitive closure (Warshall): a stage before one before me is before me.
    for (std::size_t k = 0; k < stageCount; ++k) {
        for (std::size_t i = 0; i < stageCount; ++i) {
            if (m_earlier[i] & (StageSet(1) << k))
                m_earlier[i] |= m_earlier[k];
        }
    }
    const std::size_t n = m_placedMask.size();
    std::vector<StageSet> earlierThan(n); // stages that must come before the component
    for (std::size_t i = 0; i < n; ++i)
        earlierThan[i] = unionOf(m_placedMask[i], m_earlier);
    const auto &edges = m_graph.edges();
    m_orderEdgeOk.assign(edges.size(), 1);
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const auto &edge = edges[e];
        if (!isFlowEdge(int(e))) {
            m_orderEdgeOk[e] = 0;
            continue;
        }
        const std::size_t u = std::size_t(edge.from), v = std::size_t(edge.to);
        const bool backward = (m_placedMask[v] & earlierThan[u]) != 0;
        const bool forward = (m_placedMask[u] & earlierThan[v]) != 0;
        if (backward && !forward)
            m_orderEdgeOk[e] = 0; // runs against the template's order: a loop closing
    }
}

QString Context::path(int to) const
{
    QStringList names;
    for (int n = to; n >= 0 && names.size() < 12; n = m_search.parent(n))
        names.prepend(quoted(n));
    return names.join(u" → "_s);
}

void Context::checkOrder(const Rule &rule)
{
    struct Step
    {
        int position; // index in the chain
        QString stage;
        std::vector<int> members;
    };
    std::vector<Step> steps;
    for (qsizetype i = 0; i < rule.stages.size(); ++i) {
        std::vector<int> members = placed(bit(rule.stages.at(i)));
        if (!members.empty())
            steps.push_back({int(i), rule.stages.at(i), std::move(members)});
    }
    if (steps.size() < 2)
        return;
    prepareOrderEdges();

    // Chain position of each component placed at a (non loop-closing) stage of this chain.
    auto chainPosition = [&](int c) {
        if (m_cut[std::size_t(c)])
            return -1;
        for (const Step &s : steps) {
            if (m_placedMask[std::size_t(c)] & bit(s.stage))
                return s.position;
        }
        return -1;
    };
    auto search = [&](const std::vector<int> &sources, StageSet target) {
        bool found = false;
        m_search.run(
            sources, Direction::Forward, [&](int e) { return m_orderEdgeOk[std::size_t(e)] != 0; },
            [&](int n) { return !m_cut[std::size_t(n)]; },
            [&](int n, int) {
                found = found || (m_placedMask[std::size_t(n)] & target) != 0;
                return target != 0 && found;
            });
        return found;
    };

    QSet<QString> blamed;
    // Reports that the chain breaks between \a a and \a b. A connection that runs against the
    // chain, touches one of \a suspects and closes no loop (its target does not lead back to its
    // source) explains it best; otherwise say what is missing.
    auto report = [&](const Step &a, const Step &b, const std::vector<int> &suspects,
                      const QString &fallback, const QStringList &fallbackInvolved) {
        blamed.insert(b.stage);
        int examined = 0;
        for (const auto &edge : m_graph.edges()) {
            if (edge.kind == ConnectionKind::Feedback)
                continue;
            const int pu = chainPosition(edge.from);
            const int pv = chainPosition(edge.to);
            if (pu < 0 || pv < 0 || pu <= pv)
                continue;
            const bool touches
                = std::find(suspects.begin(), suspects.end(), edge.to) != suspects.end()
                  || std::find(suspects.begin(), suspects.end(), edge.from) != suspects.end();
            if (!touches || ++examined > 8)
                continue;
            bool closesLoop = false; // a reviewer's decision going back to the engine
            m_search.run(
                {edge.to}, Direction::Forward,
                [&](int e) { return m_orderEdgeOk[std::size_t(e)] != 0; },
                [&](int n) { return !m_cut[std::size_t(n)]; },
                [&](int n, int) { return closesLoop = n == edge.from; });
            if (closesLoop)
                continue;
            const QString earlier = rule.stages.at(pv);
            const QString later = rule.stages.at(pu);
            blamed.insert(earlier);
            blamed.insert(later);
            add(rule, earlier, {m_components.at(edge.to).id, m_components.at(edge.from).id},
                {{u"from"_s, stageName(earlier)},
                 {u"to"_s, stageName(later)},
                 {u"detail"_s,
                  u"%1 (%2) feeds %3 (%4): %4 runs after %2."_s.arg(
                      quoted(edge.from), stageName(later), quoted(edge.to), stageName(earlier))}});
            return;
        }
        add(rule, b.stage, fallbackInvolved,
            {{u"from"_s, stageName(a.stage)},
             {u"to"_s, stageName(b.stage)},
             {u"detail"_s, fallback}});
    };
    auto noEdges = [&](const std::vector<int> &members, Direction d) {
        return std::all_of(members.begin(), members.end(), [&](int c) {
            return std::all_of(m_graph.begin(c, d), m_graph.end(c, d),
                               [&](int e) { return isFeedback(e); });
        });
    };

    for (std::size_t k = 0; k + 1 < steps.size(); ++k) {
        const Step &a = steps[k];
        const Step &b = steps[k + 1];
        if (blamed.contains(a.stage) || blamed.contains(b.stage))
            continue;

        // The previous stage must feed this one somewhere.
        const StageSet target = bit(b.stage);
        const bool found
            = std::any_of(a.members.begin(), a.members.end(),
                          [&](int c) { return (m_placedMask[std::size_t(c)] & target) != 0; })
              || search(a.members, target);
        if (!found) {
            QString detail;
            if (noEdges(b.members, Direction::Backward))
                detail = u"Nothing feeds %1."_s.arg(quotedList(b.members));
            else if (noEdges(a.members, Direction::Forward))
                detail = (a.members.size() == 1 ? u"%1 feeds nothing."_s : u"%1 feed nothing."_s)
                             .arg(quotedList(a.members));
            else
                detail = u"No path leads from %1 to %2."_s.arg(quotedList(a.members),
                                                               quotedList(b.members));
            std::vector<int> suspects = b.members;
            suspects.insert(suspects.end(), a.members.begin(), a.members.end());
            report(a, b, suspects, detail, ids(b.members) + ids(a.members));
            continue;
        }

        // With "each", every component of this stage must be fed by the previous stage: a design
        // with several funnels cannot hide one that runs backwards or skips a stage. A
        // loop-closing stage (a client that only sends requests) is exempt.
        if (!rule.each || flow::isLoopCut(b.stage))
            continue;
        search(a.members, 0);
        std::vector<int> unfed;
        for (int c : b.members) {
            if (!m_search.reached(c))
                unfed.push_back(c);
        }
        if (!unfed.empty())
            report(a, b, unfed, u"No %1 feeds %2."_s.arg(stageName(a.stage), quotedList(unfed)),
                   ids(unfed));
    }
}

void Context::checkReach(const Rule &rule)
{
    const std::vector<int> sources = performers(setOf(rule.from));
    const StageSet targetSet = setOf(rule.to);
    const std::vector<int> targets = performers(targetSet);
    if (sources.empty() || targets.empty())
        return;
    const bool restricted = rule.via.has_value();
    const StageSet viaSet = restricted ? setOf(*rule.via) : 0;
    // One backward search from every target: who can reach one of them?
    m_search.run(
        targets, Direction::Backward, [&](int e) { return isFlowEdge(e); },
        [&](int n) {
            if (m_cut[std::size_t(n)])
                return false;
            return !restricted || (m_performMask[std::size_t(n)] & (viaSet | targetSet)) != 0;
        },
        [](int, int) { return false; });
    std::vector<int> missing;
    for (int s : sources) {
        if (!m_search.reached(s))
            missing.push_back(s);
    }
    const bool fails = rule.each ? !missing.empty() : missing.size() == sources.size();
    if (!fails)
        return;
    // Most relevant first: by the order of the rule's source stages, then file order.
    std::stable_sort(missing.begin(), missing.end(), [&](int a, int b) {
        return rule.from.indexOf(firstStage(a, rule.from))
               < rule.from.indexOf(firstStage(b, rule.from));
    });
    const QString stage = firstStage(missing.front(), rule.from);
    QStringList involved = ids(missing);
    involved += ids(targets, 1);
    Finding &f = add(rule, stage, involved,
                     {{u"from"_s, stageName(stage)},
                      {u"to"_s, stageName(rule.to.front())},
                      {u"count"_s, QString::number(missing.size())},
                      {u"components"_s, quotedList(missing)}});
    if (rule.fix && rule.fix->connect) {
        // Connect to the first target of the first listed stage that has one.
        for (const QString &s : rule.to) {
            const std::vector<int> t = performers(bit(s));
            if (!t.empty()) {
                f.fix = connectFix(missing.front(), t.front());
                break;
            }
        }
    }
}

void Context::checkNotReach(const Rule &rule)
{
    const StageSet barrier = rule.via ? setOf(*rule.via) : 0;
    // A source that itself performs a permitted stage (a retriever that also filters) is fine.
    std::vector<int> sources = performers(setOf(rule.from));
    std::erase_if(sources, [&](int c) { return (m_performMask[std::size_t(c)] & barrier) != 0; });
    const StageSet targetSet = setOf(rule.to);
    if (sources.empty() || performers(targetSet).empty())
        return;
    std::vector<int> hits;
    int firstHit = -1;
    m_search.run(
        sources, Direction::Forward, [&](int e) { return !isFeedback(e); },
        [&](int n) {
            // Stop at loop closings, at the permitted stages, and at the first target of a path.
            return !m_cut[std::size_t(n)]
                   && !(m_performMask[std::size_t(n)] & (barrier | targetSet));
        },
        [&](int n, int) {
            if (m_performMask[std::size_t(n)] & targetSet) {
                if (firstHit < 0)
                    firstHit = n;
                hits.push_back(n);
            }
            return false;
        });
    if (hits.empty())
        return;
    std::sort(hits.begin(), hits.end());
    int source = firstHit;
    while (m_search.parent(source) >= 0)
        source = m_search.parent(source);
    const QString stage = firstStage(firstHit, rule.to);
    QStringList involved = {m_components.at(source).id};
    involved += ids(hits);
    add(rule, stage, involved,
        {{u"from"_s, stageName(m_components.at(source).type)},
         {u"to"_s, stageName(stage)},
         {u"count"_s, QString::number(hits.size())},
         {u"components"_s, quotedList(hits)},
         {u"detail"_s, u"Path: %1."_s.arg(path(firstHit))}});
}

void Context::checkLoop(const Rule &rule)
{
    struct Step
    {
        QString stage;
        StageSet set;
    };
    std::vector<Step> steps;
    for (const QString &s : rule.stages) {
        if (!performers(bit(s)).empty())
            steps.push_back({s, bit(s)});
    }
    if (steps.size() < 2)
        return;
    std::vector<int> current = performers(steps.front().set);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &next = steps[(i + 1) % steps.size()];
        std::vector<int> reached;
        m_search.run(
            current, Direction::Forward, [](int) { return true; }, [](int) { return true; },
            [&](int n, int) {
                if (m_performMask[std::size_t(n)] & next.set)
                    reached.push_back(n);
                return false;
            });
        if (!reached.empty()) {
            std::sort(reached.begin(), reached.end());
            current = std::move(reached);
            continue;
        }
        const std::vector<int> nextMembers = performers(next.set);
        QStringList involved = ids(current, 3) + ids(nextMembers, 3);
        const bool closing = i + 1 == steps.size();
        const QString detail = closing ? u"Nothing leads from %1 back to %2."_s.arg(
                                   quotedList(current), quotedList(nextMembers))
                                       : u"No path leads from %1 to %2."_s.arg(
                                           quotedList(current), quotedList(nextMembers));
        Finding &f = add(rule, next.stage, involved,
                         {{u"from"_s, stageName(steps[i].stage)},
                          {u"to"_s, stageName(next.stage)},
                          {u"detail"_s, detail}});
        if (rule.fix && rule.fix->connect)
            f.fix = connectFix(current.front(), nextMembers.front());
        return;
    }
}

} // namespace mlsd::checker
