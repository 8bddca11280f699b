#include "model/designgenerator.h"

#include "model/catalog.h"

#include <array>
#include <cmath>
#include <random>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

constexpr int pipelineSize = 12;
constexpr int columnsPerRow = 6;
constexpr double columnPitch = 240;
constexpr double rowPitch = 150;
constexpr double blockWidth = columnsPerRow * columnPitch + 120;
constexpr double blockHeight = 2 * rowPitch + 60;

/// Twelve catalog types per pipeline: the serving row (slots 0–5), then the offline row (6–11).
using Flavour = std::array<const char *, pipelineSize>;
const std::array<Flavour, 4> flavours = {{
    {"client", "candidate_retrieval", "filtering", "feature_hydration", "ranking", "re_ranking",
     "event_logging", "data_pipeline", "feature_store", "training_data_gen",
     "model_training_pipeline", "model_registry"},
    {"client", "query_understanding", "embedding_service", "vector_index", "ranking",
     "llm_generator", "event_logging", "labeling", "feature_store", "offline_evaluation",
     "model_training_pipeline", "model_registry"},
    {"client", "cache", "candidate_retrieval", "policy_enforcement", "ranking", "ab_testing",
     "data_source", "data_pipeline", "feature_store", "training_data_gen",
     "model_training_pipeline", "serving"},
    {"client", "authz_service", "classifier", "policy_enforcement", "human_review", "monitoring",
     "data_source", "labeling", "training_data_gen", "model_training_pipeline",
     "offline_evaluation", "model_registry"},
}};

struct Edge
{
    int from;
    int to;
    ConnectionKind kind;
    int nextPipeline; ///< 1: \a to is in the next pipeline
};

/// 18 edges per pipeline of 12: 1.5 per component.
const std::array<Edge, 18> edges = {{
    {0, 1, ConnectionKind::Request, 0},
    {1, 2, ConnectionKind::Request, 0},
    {2, 3, ConnectionKind::Data, 0},
    {3, 4, ConnectionKind::Data, 0},
    {4, 5, ConnectionKind::Data, 0},
    {5, 0, ConnectionKind::Data, 0},
    {0, 6, ConnectionKind::Data, 0},
    {6, 7, ConnectionKind::Data, 0},
    {7, 8, ConnectionKind::Data, 0},
    {8, 9, ConnectionKind::Data, 0},
    {9, 10, ConnectionKind::Data, 0},
    {10, 11, ConnectionKind::Model, 0},
    {11, 4, ConnectionKind::Model, 0},
    {8, 3, ConnectionKind::Data, 0},
    {5, 6, ConnectionKind::Feedback, 0},
    {11, 2, ConnectionKind::Model, 0},
    {8, 3, ConnectionKind::Data, 1},
    {7, 7, ConnectionKind::Data, 1},
}};

const std::array<const char *, 6> edgeLabels
    = {"top-500", "features", "events", "scores", "labels", "embeddings"};

QString annotationValue(const QString &id, quint32 r)
{
    static const QHash<QString, std::array<const char *, 2>> values = {
        {u"latency_budget"_s, {"20 ms p99", "150 ms p95 end to end"}},
        {u"serving_mode"_s, {"online", "batch, hourly"}},
        {u"label_definition"_s, {"click within 30 s of the impression", "watch time over 50 %"}},
        {u"offline_metric"_s, {"NDCG@10", "PR-AUC"}},
        {u"online_metric"_s, {"CTR, guardrail: session length", "revenue per mille"}},
        {u"baseline"_s, {"popularity by region", "logistic regression on counts"}},
        {u"model_choice"_s, {"GBDT, 400 trees, depth 8", "two-tower, 128-d embeddings"}},
        {u"bias_fairness"_s,
         {"position bias: inverse propensity weights", "cap 50 labels per user"}},
        {u"cold_start_exploration"_s, {"epsilon-greedy, 5 %", "content features for new items"}},
        {u"model_refresh"_s, {"daily retrain", "hourly incremental"}},
        {u"explainability"_s, {"top-3 SHAP features", "reason codes"}},
        {u"privacy_security"_s, {"no raw PII; hashed user id", "access by service account"}},
        {u"failure_recovery"_s, {"fall back to popularity", "serve the cached list"}},
    };
    const auto it = values.constFind(id);
    if (it == values.cend())
        return u"see notes"_s;
    return QString::fromUtf8(it.value()[r % 2]);
}

} // namespace

Design generateSyntheticDesign(const SyntheticOptions &options)
{
    std::mt19937 rng(options.seed);
    const Catalog &catalog = Catalog::builtin();
    const int n = std::max(0, options.components);
    const int pipelines = (n + pipelineSize - 1) / pipelineSize;
    const int columns
        = std::max(1, int(std::ceil(std::sqrt(pipelines * blockHeight / blockWidth))));

    Design d;
    d.title = u"Synthetic design: %1 components (seed %2)"_s.arg(n).arg(options.seed);
    d.templateId = u"recommendation"_s;
    d.brief.sections.set(u"task"_s, u"Recommend items on the homepage of every regional site."_s);
    d.brief.sections.set(u"business_objective"_s,
                         u"Raise weekly active users; KPI: sessions per user."_s);
    d.brief.sections.set(u"metrics"_s,
                         u"Offline NDCG@10; online CTR with session length as a guardrail."_s);

    QList<int> flavourOf(pipelines);
    for (int p = 0; p < pipelines; ++p) {
        flavourOf[p] = int(rng() % flavours.size());
        const double bx = (p % columns) * blockWidth;
        const double by = (p / columns) * blockHeight;
        const int inPipeline = std::min(pipelineSize, n - p * pipelineSize);
        for (int row = 0; row < 2 && row * columnsPerRow < inPipeline; ++row) {
            Zone z;
            z.id = (row == 0 ? u"online"_s : u"offline"_s) + QString::number(p + 1);
            z.label
                = (row == 0 ? u"Serving, pipeline %1"_s : u"Training, pipeline %1"_s).arg(p + 1);
            z.kind = row == 0 ? u"online"_s : u"offline"_s;
            z.x = bx - 30;
            z.y = by + row * rowPitch - 40;
            z.width = columnsPerRow * columnPitch;
            z.height = 72 + 70;
            d.appendZone(std::move(z));
        }
    }

    for (int i = 0; i < n; ++i) {
        const int p = i / pipelineSize;
        const int slot = i % pipelineSize;
        const int row = slot / columnsPerRow;
        Component c;
        c.type = QString::fromUtf8(flavours[flavourOf[p]][slot]);
        c.id = c.type + QString::number(i + 1);
        c.label = u"%1 %2"_s.arg(catalog.displayName(c.type)).arg(p + 1);
        c.x = (p % columns) * blockWidth + (slot % columnsPerRow) * columnPitch;
        c.y = (p / columns) * blockHeight + row * rowPitch;
        c.zone = (row == 0 ? u"online"_s : u"offline"_s) + QString::number(p + 1);
        if (c.type == u"re_ranking"_s && rng() % 2 == 0)
            c.fulfills << u"filtering"_s;
        if (rng() % 3 == 0) {
            QStringList keys;
            if (const ComponentType *t = catalog.type(c.type))
                keys = t->annotations;
            if (keys.isEmpty())
                keys << u"failure_recovery"_s;
            const int count = 1 + int(rng() % std::min<quint32>(3, quint32(keys.size())));
            for (int k = 0; k < count; ++k)
                c.annotations.set(keys.at(k), annotationValue(keys.at(k), rng()));
        }
        if (rng() % 10 == 0)
            c.notes
                = u"Owned by the **%1** team. See the runbook before changing thresholds."_s.arg(
                    catalog.displayName(c.type).toLower());
        d.appendComponent(std::move(c));
    }

    int nextId = 1;
    for (int p = 0; p < pipelines; ++p) {
        for (const Edge &e : edges) {
            const int from = p * pipelineSize + e.from;
            const int to = (p + e.nextPipeline) * pipelineSize + e.to;
            if (from >= n || to >= n)
                continue;
            Connection c;
            c.id = u"e"_s + QString::number(nextId++);
            c.from = d.components().at(from).id;
            c.to = d.components().at(to).id;
            c.kind = e.kind;
            if (rng() % 4 == 0)
                c.label = QString::fromUtf8(edgeLabels[rng() % edgeLabels.size()]);
            d.appendConnection(std::move(c));
        }
    }
    return d;
}

} // namespace mlsd
