#include "session/checkrunner.h"

#include "model/catalog.h"
#include "model/document.h"
#include "session/templatesupport.h"

#include <QElapsedTimer>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

CheckRunner::CheckRunner(mlsd::Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_check(checkAgainstTemplate)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    m_pool.setMaxThreadCount(1);
    connect(&m_debounce, &QTimer::timeout, this, &CheckRunner::checkNow);
    connect(document, &Document::contentChanged, this, &CheckRunner::schedule);
}

CheckRunner::~CheckRunner()
{
    m_generation.fetchAndAddOrdered(1); // queued checks skip themselves
    m_pool.waitForDone();
}

void CheckRunner::setCheckFunction(CheckFunction function)
{
    m_check = std::move(function);
    schedule();
}

void CheckRunner::schedule()
{
    setBusy(true);
    m_debounce.start();
}

void CheckRunner::checkNow()
{
    m_debounce.stop();
    setBusy(true);
    ++m_runs;
    const int generation = m_generation.fetchAndAddOrdered(1) + 1;
    const Design design = m_document->design(); // implicitly shared: a cheap copy
    m_pool.start([this, generation, design, check = m_check] {
        if (m_generation.loadAcquire() != generation)
            return; // an edit came after: a newer check is queued
        QElapsedTimer timer;
        timer.start();
        Report report = check ? check(design) : Report();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        // The runner outlives the task (its destructor waits for the pool).
        QMetaObject::invokeMethod(
            this, [this, generation, report, ms] { deliver(generation, report, ms); },
            Qt::QueuedConnection);
    });
}

void CheckRunner::deliver(int generation, const Report &report, double ms)
{
    if (generation != m_generation.loadAcquire())
        return; // stale: the design changed while it was being checked
    m_report = report;
    m_lastDurationMs = ms;
    m_findings.setFindings(m_report.findings);
    emit reportChanged();
    if (!m_debounce.isActive())
        setBusy(false);
}

void CheckRunner::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

QVariantList CheckRunner::stages() const
{
    QVariantList out;
    for (const StageStatus &s : m_report.stages) {
        out << QVariantMap{{u"stage"_s, s.stage},
                           {u"name"_s, s.name},
                           {u"required"_s, s.required},
                           {u"present"_s, s.present()},
                           {u"count"_s, int(s.components.size())},
                           {u"minCount"_s, s.minCount},
                           {u"components"_s, s.components}};
    }
    return out;
}

bool CheckRunner::applyFix(int row)
{
    const Finding *f = m_findings.findingAt(row);
    if (!f || !f->fix)
        return false;
    const Fix fix = *f->fix;
    m_document->sealMerge();
    const bool ok = applyTemplateFix(*m_document, fix);
    if (ok)
        checkNow();
    return ok;
}

void CheckRunner::suppress(int row, const QString &reason)
{
    const Finding *f = m_findings.findingAt(row);
    if (!f)
        return;
    const QString text = reason.trimmed().isEmpty() ? tr("No reason given") : reason.trimmed();
    m_document->sealMerge();
    m_document->setSuppression(f->rule, text, true);
}

void CheckRunner::unsuppress(int row)
{
    const Finding *f = m_findings.findingAt(row);
    if (!f)
        return;
    m_document->sealMerge();
    m_document->setSuppression(f->rule, {}, false);
}

QStringList CheckRunner::componentsAt(int row) const
{
    const Finding *f = m_findings.findingAt(row);
    return f ? f->components : QStringList();
}

} // namespace mlsd::ui
