#pragma once

#include "check/checkreport.h"
#include "check/flowgraph.h"
#include "check/templates.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

/*!
 * \file checkercontext.h
 * Internals of checkDesign() (checker.h): the design indexed once per check, and one method per
 * rule kind. Split over checker.cpp (set-up, stages, annotations, brief, the report) and
 * checkerflow.cpp (order, reach, not-reach, loop).
 */

namespace mlsd {

class Catalog;

namespace checker {

/// A set of the template's stages (the loader caps a template at 64 stages).
using StageSet = quint64;

class Context
{
public:
    Context(const Design &design, const Template &tmpl, const Catalog &catalog);
    Report run();

private:
    // Set-up and queries (checker.cpp).
    [[nodiscard]] int stageIndex(const QString &stage) const
    {
        return m_stageIndex.value(stage, -1);
    }
    [[nodiscard]] StageSet bit(const QString &stage) const;
    [[nodiscard]] StageSet setOf(const QStringList &stages) const;
    /// Components performing a stage of \a set (type, accepted type or `fulfills`), in file order.
    [[nodiscard]] std::vector<int> performers(StageSet set) const;
    /// Components placed at a stage of \a set for ordering (type or accepted type only).
    [[nodiscard]] std::vector<int> placed(StageSet set) const;
    [[nodiscard]] bool applies(const Rule &rule) const;
    /// The first of \a stages that \a component performs (empty when none).
    [[nodiscard]] QString firstStage(int component, const QStringList &stages) const;
    [[nodiscard]] QString stageName(const QString &stage) const;
    [[nodiscard]] QString quoted(int component) const;
    [[nodiscard]] QString quotedList(const std::vector<int> &components) const;
    [[nodiscard]] QStringList ids(const std::vector<int> &components, int max = -1) const;
    [[nodiscard]] QString componentText(int component, const Rule &rule) const;
    Finding &add(const Rule &rule, const QString &stage, const QStringList &components,
                 const QHash<QString, QString> &values);
    [[nodiscard]] std::optional<Fix> stageFix(const Rule &rule) const;
    [[nodiscard]] std::optional<Fix> connectFix(int from, int to) const;

    void checkUnknownTypes();
    void checkStage(const Rule &rule);
    void checkAnnotation(const Rule &rule);
    void checkBrief(const Rule &rule);

    // The flow (checkerflow.cpp).
    void prepareOrderEdges();
    void checkOrder(const Rule &rule);
    void checkReach(const Rule &rule);
    void checkNotReach(const Rule &rule);
    void checkLoop(const Rule &rule);
    [[nodiscard]] QString path(int to) const;
    [[nodiscard]] bool isFeedback(int edge) const;
    /// True when \a edge carries flow for order and reach: not a feedback edge, or a feedback edge
    /// into or out of a loop-cut stage (client, event logging).
    [[nodiscard]] bool isFlowEdge(int edge) const;

    const Design &m_design;
    const Template &m_tmpl;
    const Catalog &m_catalog;
    const QList<Component> &m_components;
    flow::FlowGraph m_graph;
    flow::Search m_search;

    QStringList m_stages; ///< the template's stages, by index
    QHash<QString, int> m_stageIndex;
    std::vector<StageSet> m_placedMask;  ///< per component: stages by type / accepted type
    std::vector<StageSet> m_performMask; ///< per component: also `fulfills`
    std::vector<char> m_cut;             ///< per component: a client or event logging
    std::vector<StageSet> m_earlier;     ///< per stage: stages the order rules put before it
    std::vector<char> m_orderEdgeOk;     ///< per edge: usable when judging order
    bool m_orderPrepared = false;
    QSet<QString> m_annotationsUsed; ///< annotation ids some component carries

    QList<Finding> m_findings;
};

} // namespace checker
} // namespace mlsd
