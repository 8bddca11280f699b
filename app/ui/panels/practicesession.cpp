#include "panels/practicesession.h"

#include "io/schema.h"
#include "practice/questionbank.h"
#include "session/session.h"
#include "session/templatesupport.h"
#include "util/duration.h"

#include <QSet>
#include <QVariantMap>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

PracticeSession::PracticeSession(QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_clock = [this] {
        return m_elapsed.elapsed();
    };
    m_ticker.setInterval(tickMs);
    m_ticker.setTimerType(Qt::CoarseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &PracticeSession::tick);
}

PracticeSession::~PracticeSession() = default;

void PracticeSession::setSession(Session *session)
{
    if (!m_connections.follow(m_session, session))
        return;
    if (session) {
        m_connections << connect(session->document(), &Document::designReset, this,
                                 &PracticeSession::loadFromDesign);
        // Whether the findings of the run are still open follows the live check.
        m_connections << connect(session->checker(), &CheckRunner::reportChanged, this, [this] {
            if (m_result && !m_result->findings.isEmpty())
                emit resultChanged();
        });
    }
    loadFromDesign();
    emit sessionChanged();
}

void PracticeSession::useManualClock()
{
    m_manualNow = 0;
    m_clock = [this] {
        return m_manualNow;
    };
}

void PracticeSession::advanceClock(int ms)
{
    m_manualNow += std::max(0, ms);
    tick();
}

// ---- Question ----

QString PracticeSession::questionTitle() const
{
    const Question *q = QuestionBank::builtin().find(m_timer.question());
    return q ? q->title : m_timer.question();
}

QString PracticeSession::prompt() const
{
    const Question *q = QuestionBank::builtin().find(m_timer.question());
    return q ? q->prompt : QString();
}

QStringList PracticeSession::clarifyingQuestions() const
{
    const Question *q = QuestionBank::builtin().find(m_timer.question());
    return q ? q->clarifyingQuestions : QStringList();
}

QStringList PracticeSession::followUps() const
{
    const Question *q = QuestionBank::builtin().find(m_timer.question());
    return q ? q->followUps : QStringList();
}

// ---- Phase ----

QString PracticeSession::phaseTitle() const
{
    const int i = m_timer.currentPhase();
    return i >= 0 && i < phaseCount() ? m_timer.phases().at(i).title : QString();
}

QString PracticeSession::phaseHelp() const
{
    const int i = m_timer.currentPhase();
    return i >= 0 && i < phaseCount() ? m_timer.phases().at(i).help : QString();
}

QVariantList PracticeSession::phaseSections() const
{
    const int i = m_timer.currentPhase();
    QVariantList out;
    if (i < 0 || i >= phaseCount())
        return out;
    for (const QString &id : PracticePhaseModel::briefSections(m_timer.phases().at(i).id))
        out << QVariantMap{{u"id"_s, id},
                           {u"title"_s, schema::titleOf(schema::briefSections(), id)}};
    return out;
}

void PracticeSession::setCheckRevealed(bool revealed)
{
    if (m_checkRevealed == revealed)
        return;
    m_checkRevealed = revealed;
    emit checkHiddenChanged();
}

// ---- Result ----

const Finding *PracticeSession::findingNow(const QString &rule) const
{
    if (!m_session)
        return nullptr;
    const Report &report = m_session->checker()->report();
    if (!m_result || report.templateId != m_result->templateId)
        return nullptr;
    for (const Finding &f : report.findings) {
        if (f.rule == rule && !f.suppressed)
            return &f;
    }
    return nullptr;
}

QVariantList PracticeSession::resultFindings() const
{
    QVariantList out;
    if (!m_result)
        return out;
    const bool checkedNow
        = m_session && m_session->checker()->report().templateId == m_result->templateId;
    for (const QString &rule : m_result->findings) {
        // The message as the run ended, else as the design has it now.
        const Finding *then = nullptr;
        for (const Finding &f : m_finalReport.findings) {
            if (f.rule == rule && !f.suppressed) {
                then = &f;
                break;
            }
        }
        const Finding *current = findingNow(rule);
        const Finding *shown = then ? then : current;
        out << QVariantMap{{u"rule"_s, rule},
                           {u"message"_s, shown ? shown->message : QString()},
                           {u"severity"_s, shown ? severityId(shown->severity) : u"info"_s},
                           {u"open"_s, !checkedNow || current != nullptr}};
    }
    return out;
}

// ---- Commands ----

bool PracticeSession::start(const QString &questionId, int durationS, bool freshDesign)
{
    const Question *q = QuestionBank::builtin().find(questionId);
    if (!q || !m_session)
        return false;
    Document *doc = m_session->document();
    if (freshDesign) {
        Design d;
        d.title = q->title;
        d.templateId = q->templateId;
        d.brief.sections.set(u"task"_s, q->prompt);
        m_session->newDesign(d); // resets this run (loadFromDesign)
    } else if (doc->design().templateId.isEmpty()) {
        doc->setTemplateId(q->templateId);
    }
    m_result.reset();
    m_finalReport = {};
    m_timer.start(questionId, durationS, now());
    m_recordedS = 0;
    m_checkRevealed = false;
    writeRecord();
    setState(State::Running);
    m_ticker.start();
    m_phases.update(m_timer);
    emit questionChanged();
    emit phaseChanged();
    emit resultChanged();
    emit checkHiddenChanged();
    refreshClock(true);
    return true;
}

void PracticeSession::pause()
{
    if (m_state != State::Running)
        return;
    const int phase = m_timer.currentPhase();
    m_timer.pause(now());
    if (m_timer.state() == PracticeTimer::State::Finished) {
        afterUpdate(phase, true);
        return;
    }
    m_ticker.stop();
    writeRecord();
    setState(State::Paused);
    m_phases.update(m_timer);
    if (phase != m_timer.currentPhase())
        emit phaseChanged();
    refreshClock(true);
}

void PracticeSession::resume()
{
    if (m_state != State::Paused)
        return;
    m_timer.resume(now());
    setState(State::Running);
    m_ticker.start();
    refreshClock(true);
}

void PracticeSession::togglePause()
{
    if (m_state == State::Running)
        pause();
    else if (m_state == State::Paused)
        resume();
}

void PracticeSession::nextPhase()
{
    if (!isActive() || isLastPhase())
        return;
    const int phase = m_timer.currentPhase();
    if (m_state == State::Paused)
        m_timer.resume(now()); // the phase changes; the run stays paused
    m_timer.nextPhase(now());
    if (m_state == State::Paused)
        m_timer.pause(now());
    afterUpdate(phase, false);
    writeRecord();
}

void PracticeSession::finish()
{
    if (!isActive())
        return;
    if (m_state == State::Paused)
        m_timer.resume(now()); // nothing accrues between these two calls
    m_timer.finish(now());
    completeRun();
}

void PracticeSession::syncRecord()
{
    if (m_state != State::Running)
        return;
    const int phase = m_timer.currentPhase();
    m_timer.update(now());
    afterUpdate(phase, true);
    if (m_state == State::Running)
        writeRecord();
}

QString PracticeSession::formatDuration(int seconds)
{
    return mlsd::formatDuration(seconds);
}

// ---- Clock ----

void PracticeSession::tick()
{
    if (m_state != State::Running)
        return;
    const int phase = m_timer.currentPhase();
    m_timer.update(now());
    afterUpdate(phase, true);
}

void PracticeSession::afterUpdate(int phaseBefore, bool timeUp)
{
    if (m_timer.state() == PracticeTimer::State::Finished) {
        completeRun();
        return;
    }
    m_phases.update(m_timer);
    if (m_timer.currentPhase() != phaseBefore) {
        emit phaseChanged();
        if (timeUp && phaseBefore >= 0 && phaseBefore < phaseCount())
            emit phaseTimeUp(m_timer.phases().at(phaseBefore).title, phaseTitle());
        writeRecord();
    } else if (m_state == State::Running && m_timer.elapsedS() - m_recordedS >= recordIntervalS) {
        writeRecord();
    }
    refreshClock();
}

void PracticeSession::refreshClock(bool force)
{
    const int elapsed = m_timer.elapsedS();
    const int phaseRemaining = m_timer.phaseRemainingS();
    const bool warn = m_timer.warning();
    if (!force && elapsed == m_shownElapsed && phaseRemaining == m_shownPhaseRemaining
        && warn == m_shownWarning)
        return;
    m_shownElapsed = elapsed;
    m_shownPhaseRemaining = phaseRemaining;
    m_shownWarning = warn;
    emit clockChanged();
}

void PracticeSession::completeRun()
{
    m_ticker.stop();
    m_result.reset();
    m_finalReport = {};
    if (m_session) {
        const Report report = checkAgainstTemplate(m_session->document()->design());
        if (!report.templateId.isEmpty()) {
            PracticeResult r;
            r.templateId = report.templateId;
            r.required = report.required;
            r.present = report.present;
            r.errors = report.errors;
            r.warnings = report.warnings;
            r.infos = report.infos;
            QSet<QString> seen;
            for (const Finding &f : report.findings) {
                if (!f.suppressed && !seen.contains(f.rule)) {
                    seen.insert(f.rule);
                    r.findings << f.rule;
                }
            }
            m_result = r;
            m_finalReport = report;
        }
    }
    writeRecord();
    m_phases.update(m_timer);
    setState(State::Finished);
    emit phaseChanged();
    emit resultChanged();
    emit checkHiddenChanged();
    refreshClock(true);
    emit runFinished();
}

void PracticeSession::writeRecord()
{
    if (!m_session || m_timer.state() == PracticeTimer::State::Idle)
        return;
    Document *doc = m_session->document();
    Practice p = m_timer.record();
    p.result = m_result;
    if (const std::optional<Practice> &old = doc->design().practice) {
        p.extra = old->extra; // keys of a newer version survive the run
        if (p.result && old->result)
            p.result->extra = old->result->extra;
    }
    m_recordedS = m_timer.elapsedS();
    doc->setPractice(p);
}

void PracticeSession::loadFromDesign()
{
    m_ticker.stop();
    m_timer = PracticeTimer();
    m_result.reset();
    m_finalReport = {};
    m_checkRevealed = false;
    m_recordedS = 0;
    State state = State::Idle;
    if (m_session) {
        if (const std::optional<Practice> &p = m_session->document()->design().practice) {
            m_timer.restore(*p);
            m_result = p->result;
            m_recordedS = m_timer.elapsedS();
            state = p->finished ? State::Finished : State::Paused;
        }
    }
    m_phases.update(m_timer);
    setState(state);
    emit questionChanged();
    emit phaseChanged();
    emit resultChanged();
    emit checkHiddenChanged();
    refreshClock(true);
}

void PracticeSession::setState(State state)
{
    if (m_state == state)
        return;
    const bool hidden = checkHidden();
    m_state = state;
    emit stateChanged();
    if (hidden != checkHidden())
        emit checkHiddenChanged();
}

} // namespace mlsd::ui
