#pragma once

#include "model/design.h"

#include <QList>

#include <QString>
#include <algorithm>

namespace mlsd {

/// One phase of a practice run: a section of the guide's presentation framework.
struct PhasePlan
{
    QString id; ///< schema::practicePhases() id
    QString title;
    QString help; ///< what to cover
    int plannedS = 0;
};

/*!
 * The clock of a timed practice run, as pure logic over a caller-supplied time in milliseconds (the
 * app passes a monotonic clock, tests a fake one). Phases follow the presentation framework with
 * suggested minutes scaled to the chosen duration; time is attributed to the current phase; a phase
 * hands over to the next when its time is used up (or earlier, when the candidate moves on); a
 * warning shows shortly before a phase ends; the run finishes when the whole duration is used or
 * the candidate finishes. record() gives the `practice` record of the file at any moment, and a run
 * can resume from a saved record, so a crash loses no time.
 */
class PracticeTimer
{
public:
    enum class State { Idle, Running, Paused, Finished };

    /// Default length of a run: a 45-minute interview.
    static constexpr int defaultDurationS = 45 * 60;
    /// How long before the end of a phase the warning shows.
    static constexpr int warningS = 60;

    /// The phases with their suggested time for a run of \a durationS seconds (sums to it).
    [[nodiscard]] static QList<PhasePlan> plan(int durationS);

    void start(const QString &question, int durationS, qint64 nowMs);
    /// Continues a run saved in \a record (paused; call resume()).
    void restore(const Practice &record);
    void pause(qint64 nowMs);
    void resume(qint64 nowMs);
    /// Moves on to the next phase now.
    void nextPhase(qint64 nowMs);
    /// Lets time pass: attributes it to phases and hands over / finishes when due.
    void update(qint64 nowMs);
    void finish(qint64 nowMs);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString question() const { return m_question; }
    [[nodiscard]] int durationS() const { return m_durationS; }
    [[nodiscard]] const QList<PhasePlan> &phases() const { return m_phases; }
    [[nodiscard]] int currentPhase() const { return m_current; }
    /// Seconds spent in phase \a index so far.
    [[nodiscard]] int spentS(int index) const;
    [[nodiscard]] int elapsedS() const;
    [[nodiscard]] int remainingS() const { return std::max(0, m_durationS - elapsedS()); }
    /// Seconds left in the current phase (0 in the last phase's overtime).
    [[nodiscard]] int phaseRemainingS() const;
    /// True shortly before the current phase ends: in its last warningS seconds, or in the last
    /// quarter of a phase shorter than four times that (a short run warns in proportion).
    [[nodiscard]] bool warning() const;
    /// How long before its end the warning of phase \a index shows.
    [[nodiscard]] int warningWindowS(int index) const;

    /// The file's `practice` record for the run so far.
    [[nodiscard]] Practice record() const;

private:
    void accrue(qint64 nowMs);

    State m_state = State::Idle;
    QString m_question;
    int m_durationS = defaultDurationS;
    QList<PhasePlan> m_phases;
    QList<qint64> m_spentMs;
    int m_current = 0;
    qint64 m_lastMs = 0;
};

} // namespace mlsd
