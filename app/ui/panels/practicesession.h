#pragma once

#include "check/checkreport.h"
#include "panels/practicephasemodel.h"
#include "practice/practicetimer.h"
#include "session/connections.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace mlsd::ui {

class Session;

/*!
 * A timed practice run on the session's design, for the practice bar and the summary. Wraps a
 * PracticeTimer (the phase logic) with a monotonic clock and a ticker, and keeps the design's
 * `practice` record up to date: at the start, at every phase change, pause and finish, and every
 * recordIntervalS seconds while running, so autosave keeps it and a crash loses at most a few
 * seconds. Writing the record is no undo step (Document::setPractice()).
 *
 * A design opened with an unfinished run comes back paused (resume() continues it); a finished
 * one keeps its summary. While a run is active the check panel is hidden, as in a real interview,
 * until the candidate reveals it (checkRevealed). Finishing (or running out of time) checks the
 * design once more and stores the coverage and the open findings in the record.
 *
 * Tests drive the clock from QML: useManualClock() and advanceClock().
 */
class PracticeSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /// Running or paused: the practice bar shows.
    Q_PROPERTY(bool active READ isActive NOTIFY stateChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY stateChanged)
    Q_PROPERTY(bool finished READ isFinished NOTIFY stateChanged)

    Q_PROPERTY(QString questionId READ questionId NOTIFY questionChanged)
    /// The question's title (the record's text when it is not a question of the bank).
    Q_PROPERTY(QString questionTitle READ questionTitle NOTIFY questionChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY questionChanged)
    Q_PROPERTY(QStringList clarifyingQuestions READ clarifyingQuestions NOTIFY questionChanged)
    Q_PROPERTY(QStringList followUps READ followUps NOTIFY questionChanged)
    Q_PROPERTY(int durationS READ durationS NOTIFY questionChanged)

    Q_PROPERTY(mlsd::ui::PracticePhaseModel *phases READ phases CONSTANT)
    Q_PROPERTY(int currentPhase READ currentPhase NOTIFY phaseChanged)
    Q_PROPERTY(int phaseCount READ phaseCount NOTIFY phaseChanged)
    Q_PROPERTY(QString phaseTitle READ phaseTitle NOTIFY phaseChanged)
    /// What to cover in the current phase.
    Q_PROPERTY(QString phaseHelp READ phaseHelp NOTIFY phaseChanged)
    /// Brief sections the current phase fills, as {id, title} maps.
    Q_PROPERTY(QVariantList phaseSections READ phaseSections NOTIFY phaseChanged)
    Q_PROPERTY(bool lastPhase READ isLastPhase NOTIFY phaseChanged)

    Q_PROPERTY(int elapsedS READ elapsedS NOTIFY clockChanged)
    Q_PROPERTY(int remainingS READ remainingS NOTIFY clockChanged)
    Q_PROPERTY(int phaseSpentS READ phaseSpentS NOTIFY clockChanged)
    Q_PROPERTY(int phaseRemainingS READ phaseRemainingS NOTIFY clockChanged)
    /// The current phase is about to end (PracticeTimer::warning()).
    Q_PROPERTY(bool warning READ warning NOTIFY clockChanged)

    /// The candidate chose to see the check panel during the run.
    Q_PROPERTY(
        bool checkRevealed READ checkRevealed WRITE setCheckRevealed NOTIFY checkHiddenChanged)
    /// The check panel (and the check counts elsewhere) are hidden: a run is active, not revealed.
    Q_PROPERTY(bool checkHidden READ checkHidden NOTIFY checkHiddenChanged)

    /// The check at the end of the run is known (a finished run on a design with a template).
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(QString resultTemplateId READ resultTemplateId NOTIFY resultChanged)
    Q_PROPERTY(int resultRequired READ resultRequired NOTIFY resultChanged)
    Q_PROPERTY(int resultPresent READ resultPresent NOTIFY resultChanged)
    Q_PROPERTY(int resultErrors READ resultErrors NOTIFY resultChanged)
    Q_PROPERTY(int resultWarnings READ resultWarnings NOTIFY resultChanged)
    Q_PROPERTY(int resultInfos READ resultInfos NOTIFY resultChanged)
    /// Findings open at the end of the run as {rule, message, severity, open} maps; `open` is
    /// false once the design no longer has the finding.
    Q_PROPERTY(QVariantList resultFindings READ resultFindings NOTIFY resultChanged)

public:
    enum class State { Idle, Running, Paused, Finished };
    Q_ENUM(State)

    /// While running, the record is written at least this often (seconds of the run).
    static constexpr int recordIntervalS = 5;
    /// How often the clock is read while running.
    static constexpr int tickMs = 250;

    using Clock = std::function<qint64()>;

    explicit PracticeSession(QObject *parent = nullptr);
    ~PracticeSession() override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);

    /// Test hook: time stands still until advanceClock().
    Q_INVOKABLE void useManualClock();
    /// Test hook: moves the manual clock on by \a ms and lets the run see it at once.
    Q_INVOKABLE void advanceClock(int ms);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isActive() const
    {
        return m_state == State::Running || m_state == State::Paused;
    }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    [[nodiscard]] bool isFinished() const { return m_state == State::Finished; }
    [[nodiscard]] QString questionId() const { return m_timer.question(); }
    [[nodiscard]] QString questionTitle() const;
    [[nodiscard]] QString prompt() const;
    [[nodiscard]] QStringList clarifyingQuestions() const;
    [[nodiscard]] QStringList followUps() const;
    [[nodiscard]] int durationS() const { return m_state == State::Idle ? 0 : m_timer.durationS(); }
    [[nodiscard]] PracticePhaseModel *phases() { return &m_phases; }
    [[nodiscard]] int currentPhase() const { return m_timer.currentPhase(); }
    [[nodiscard]] int phaseCount() const { return int(m_timer.phases().size()); }
    [[nodiscard]] QString phaseTitle() const;
    [[nodiscard]] QString phaseHelp() const;
    [[nodiscard]] QVariantList phaseSections() const;
    [[nodiscard]] bool isLastPhase() const { return m_timer.currentPhase() + 1 >= phaseCount(); }
    [[nodiscard]] int elapsedS() const { return m_timer.elapsedS(); }
    [[nodiscard]] int remainingS() const { return m_timer.remainingS(); }
    [[nodiscard]] int phaseSpentS() const { return m_timer.spentS(m_timer.currentPhase()); }
    [[nodiscard]] int phaseRemainingS() const { return m_timer.phaseRemainingS(); }
    [[nodiscard]] bool warning() const { return m_timer.warning(); }
    [[nodiscard]] bool checkRevealed() const { return m_checkRevealed; }
    void setCheckRevealed(bool revealed);
    [[nodiscard]] bool checkHidden() const { return isActive() && !m_checkRevealed; }

    [[nodiscard]] bool hasResult() const { return m_result.has_value(); }
    [[nodiscard]] QString resultTemplateId() const
    {
        return m_result ? m_result->templateId : QString();
    }
    [[nodiscard]] int resultRequired() const { return m_result ? m_result->required : 0; }
    [[nodiscard]] int resultPresent() const { return m_result ? m_result->present : 0; }
    [[nodiscard]] int resultErrors() const { return m_result ? m_result->errors : 0; }
    [[nodiscard]] int resultWarnings() const { return m_result ? m_result->warnings : 0; }
    [[nodiscard]] int resultInfos() const { return m_result ? m_result->infos : 0; }
    [[nodiscard]] QVariantList resultFindings() const;

    /*!
     * Starts a run on question \a questionId (a bank id) of \a durationS seconds. With
     * \a freshDesign the session gets a new design titled after the question, checked against
     * its template, with the prompt as the task (ask about unsaved changes first); otherwise the
     * run is on the current design (given the question's template if it has none). False for an
     * unknown question or without a session.
     */
    Q_INVOKABLE bool start(const QString &questionId, int durationS, bool freshDesign);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    /// Pauses a running run, resumes a paused one.
    Q_INVOKABLE void togglePause();
    /// Moves on to the next phase now (the time saved goes to the last phase).
    Q_INVOKABLE void nextPhase();
    /// Ends the run now and records the check of the design.
    Q_INVOKABLE void finish();
    /// Writes the record as of now (before closing the window).
    Q_INVOKABLE void syncRecord();

    /// "m:ss" (or "h:mm:ss") for \a seconds.
    Q_INVOKABLE [[nodiscard]] static QString formatDuration(int seconds);

signals:
    void sessionChanged();
    void stateChanged();
    void questionChanged();
    void phaseChanged();
    void clockChanged();
    void checkHiddenChanged();
    void resultChanged();
    /// The clock handed over from phase \a from to the next (its time was up).
    void phaseTimeUp(const QString &from, const QString &next);
    /// The run ended (finish() or its time was used): the summary is ready.
    void runFinished();

private:
    [[nodiscard]] qint64 now() const { return m_clock(); }
    void tick();
    /// After the timer moved: notices a finished run, a new phase, and writes the record when due.
    void afterUpdate(int phaseBefore, bool timeUp);
    void completeRun();
    void writeRecord();
    void loadFromDesign();
    void setState(State state);
    void refreshClock(bool force = false);
    [[nodiscard]] const mlsd::Finding *findingNow(const QString &rule) const;

    QPointer<Session> m_session;
    Connections m_connections;
    mlsd::PracticeTimer m_timer;
    PracticePhaseModel m_phases;
    State m_state = State::Idle;
    QTimer m_ticker;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    qint64 m_manualNow = 0;
    int m_recordedS = 0; ///< elapsed seconds when the record was last written
    bool m_checkRevealed = false;
    std::optional<mlsd::PracticeResult> m_result;
    mlsd::Report m_finalReport; ///< the check at the end of a run finished in this session
    // What the clock properties last showed (clockChanged only when one changes).
    int m_shownElapsed = -1;
    int m_shownPhaseRemaining = -1;
    bool m_shownWarning = false;
};

} // namespace mlsd::ui
