#include "io/schema.h"

namespace mlsd::schema {

using namespace Qt::StringLiterals;

const QList<VocabularyEntry> &briefSections()
{
    static const QList<VocabularyEntry> list = {
        {u"task"_s, u"Task"_s,
         u"What is the task? Requirements, split into subtasks if applicable."_s},
        {u"business_objective"_s, u"Business objective"_s,
         u"The business problem and the KPIs that define success."_s},
        {u"nonfunctional_reqs"_s, u"Non-functional requirements"_s,
         u"Compliance (geographic, demographic), privacy, diversity, availability."_s},
        {u"ml_framing"_s, u"ML framing"_s,
         u"Observed data X, target Y, latent Z; the ML paradigm; inputs and outputs of each model."_s},
        {u"scale_estimate"_s, u"Scale estimate"_s, u"Users, items, QPS, data volume."_s},
        {u"good_enough"_s, u"Ideal vs good enough"_s,
         u"What is ideal, what is good enough, how long do we have?"_s},
        {u"metrics"_s, u"Metrics"_s, u"Primary and secondary; offline and online."_s},
        {u"approaches"_s, u"Approaches"_s,
         u"Three approaches with pros and cons (modeling and scaling trade-offs); one chosen."_s},
        {u"observability"_s, u"Observability"_s,
         u"How do we know how it is doing in practice? Monitoring, maintainability."_s},
        {u"iteration"_s, u"Iteration"_s, u"Common pitfalls: how to measure and address them."_s},
        {u"roadmap"_s, u"Roadmap"_s, u"Where might this fail? What comes next?"_s},
    };
    return list;
}

const QList<VocabularyEntry> &annotations()
{
    static const QList<VocabularyEntry> list = {
        {u"latency_budget"_s, u"Latency budget"_s,
         u"End-to-end and per-stage latency, e.g. 20 ms p99."_s},
        {u"serving_mode"_s, u"Serving mode"_s, u"Batch, online or hybrid."_s},
        {u"label_definition"_s, u"Label definition"_s,
         u"Positives, negatives, the window, delayed feedback."_s},
        {u"offline_metric"_s, u"Offline metric"_s, u"NDCG, MAP@K, P@K, PR-AUC, NCE, …"_s},
        {u"online_metric"_s, u"Online metric"_s, u"The primary online metric plus guardrails."_s},
        {u"baseline"_s, u"Baseline"_s, u"A heuristic or simple-model baseline."_s},
        {u"model_choice"_s, u"Model choice"_s,
         u"Model, loss, hyperparameters, trade-offs and shortcomings."_s},
        {u"bias_fairness"_s, u"Bias and fairness"_s,
         u"Position and selection bias, per-user label caps, fairness."_s},
        {u"cold_start_exploration"_s, u"Cold start and exploration"_s,
         u"New users and items; bandits."_s},
        {u"model_refresh"_s, u"Model refresh"_s, u"Retraining cadence; novelty effect."_s},
        {u"explainability"_s, u"Explainability"_s, u"Reasons, SHAP / LIME."_s},
        {u"privacy_security"_s, u"Privacy and security"_s, u"PII, the access model."_s},
        {u"failure_recovery"_s, u"Failure recovery"_s, u"Fallbacks, degraded mode."_s},
    };
    return list;
}

const QList<VocabularyEntry> &rubricDimensions()
{
    static const QList<VocabularyEntry> list = {
        {u"problem_framing"_s, u"Problem framing"_s,
         u"Clarified the task, objectives and the ML framing."_s},
        {u"metrics"_s, u"Metrics"_s, u"Offline and online metrics that match the objective."_s},
        {u"data_labels"_s, u"Data and labels"_s,
         u"Data sources, label definition, sampling and bias."_s},
        {u"features"_s, u"Features"_s,
         u"Feature design, freshness, training/serving consistency."_s},
        {u"modeling"_s, u"Modeling"_s, u"Approaches compared, model choice with trade-offs."_s},
        {u"serving_scale"_s, u"Serving and scale"_s,
         u"Latency, scale, caching, the serving funnel."_s},
        {u"monitoring_iteration"_s, u"Monitoring and iteration"_s,
         u"Monitoring, drift, experiments, retraining and the roadmap."_s},
    };
    return list;
}

const QList<VocabularyEntry> &zoneKinds()
{
    static const QList<VocabularyEntry> list = {
        {u"online"_s, u"Online serving"_s, u"The request path, under a latency budget."_s},
        {u"nearline"_s, u"Nearline"_s, u"Streaming and near-real-time processing."_s},
        {u"offline"_s, u"Offline"_s, u"Batch training, evaluation and data preparation."_s},
        {u"data"_s, u"Data"_s, u"Sources, logs and stores."_s},
        {u"experimentation"_s, u"Experimentation"_s, u"A/B tests and monitoring."_s},
        {u"other"_s, u"Other"_s, u"Anything else."_s},
    };
    return list;
}

const QList<VocabularyEntry> &practicePhases()
{
    static const QList<VocabularyEntry> list = {
        {u"task"_s, u"Task and requirements"_s,
         u"Clarify the task, the business objective, constraints and scale."_s},
        {u"metrics"_s, u"Metrics"_s, u"Primary and secondary metrics, offline and online."_s},
        {u"approaches"_s, u"Approaches"_s, u"Three approaches with pros and cons; choose one."_s},
        {u"design"_s, u"The design"_s,
         u"Draw the system: data, labels, features, models, serving, the funnel."_s},
        {u"observability"_s, u"Observability"_s, u"Monitoring, drift, experiments."_s},
        {u"roadmap"_s, u"Iteration and roadmap"_s, u"Pitfalls, what to improve next."_s},
    };
    return list;
}

int indexOf(const QList<VocabularyEntry> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString titleOf(const QList<VocabularyEntry> &list, const QString &id)
{
    const int i = indexOf(list, id);
    return i < 0 ? id : list.at(i).title;
}

QString connectionKindId(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::Data:
        return u"data"_s;
    case ConnectionKind::Request:
        return u"request"_s;
    case ConnectionKind::Model:
        return u"model"_s;
    case ConnectionKind::Feedback:
        return u"feedback"_s;
    }
    return u"data"_s;
}

bool parseConnectionKind(const QString &id, ConnectionKind *kind)
{
    static const ConnectionKind all[] = {ConnectionKind::Data, ConnectionKind::Request,
                                         ConnectionKind::Model, ConnectionKind::Feedback};
    for (ConnectionKind k : all) {
        if (connectionKindId(k) == id) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QStringList connectionKindIds()
{
    return {u"data"_s, u"request"_s, u"model"_s, u"feedback"_s};
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    if (id.front() == u'-' || id.front() == u'.')
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                        || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace mlsd::schema
