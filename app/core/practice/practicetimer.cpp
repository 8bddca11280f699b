#include "practice/practicetimer.h"

#include "io/schema.h"

#include <algorithm>
#include <cmath>

namespace mlsd {

namespace {

// Suggested minutes of a 45-minute run per phase (guide: Presentation Framework).
constexpr int suggestedMinutes[] = {5, 5, 8, 15, 6, 6};

} // namespace

QList<PhasePlan> PracticeTimer::plan(int durationS)
{
    const auto &phases = schema::practicePhases();
    int total = 0;
    for (int m : suggestedMinutes)
        total += m;
    QList<PhasePlan> out;
    int assigned = 0;
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const bool last = i + 1 == phases.size();
        // Whole minutes where the run is long enough, else seconds; the last phase takes the rest.
        int s = int(std::lround(double(durationS) * suggestedMinutes[i] / total));
        if (durationS >= 10 * 60)
            s = int(std::lround(s / 60.0)) * 60;
        if (last)
            s = durationS - assigned;
        s = std::max(0, std::min(s, durationS - assigned));
        assigned += s;
        out.append({phases.at(i).id, phases.at(i).title, phases.at(i).help, s});
    }
    return out;
}

void PracticeTimer::start(const QString &question, int durationS, qint64 nowMs)
{
    m_question = question;
    m_durationS = std::max(60, durationS);
    m_phases = plan(m_durationS);
    m_spentMs = QList<qint64>(m_phases.size(), 0);
    m_current = 0;
    m_lastMs = nowMs;
    m_state = State::Running;
}

void PracticeTimer::restore(const Practice &record)
{
    m_question = record.question;
    m_durationS = std::max(60, record.durationS);
    m_phases = plan(m_durationS);
    m_spentMs = QList<qint64>(m_phases.size(), 0);
    m_current = 0;
    for (const PracticePhase &p : record.phases) {
        for (qsizetype i = 0; i < m_phases.size(); ++i) {
            if (m_phases.at(i).id == p.id) {
                m_phases[i].plannedS = p.plannedS;
                m_spentMs[i] = qint64(p.spentS) * 1000;
                if (p.spentS > 0)
                    m_current = int(i);
            }
        }
    }
    m_state = record.finished ? State::Finished : State::Paused;
}

void PracticeTimer::accrue(qint64 nowMs)
{
    if (m_state != State::Running)
        return;
    qint64 delta = std::max<qint64>(0, nowMs - m_lastMs);
    m_lastMs = nowMs;
    // Hand the time over phase by phase: a long gap can cross several phases.
    while (delta > 0) {
        const bool last = m_current + 1 >= m_phases.size();
        const qint64 room = last
                                ? delta
                                : std::max<qint64>(0, qint64(m_phases.at(m_current).plannedS) * 1000
                                                          - m_spentMs.at(m_current));
        const qint64 used = std::min(delta, room);
        m_spentMs[m_current] += used;
        delta -= used;
        if (delta > 0
            || (!last && m_spentMs.at(m_current) >= qint64(m_phases.at(m_current).plannedS) * 1000))
            ++m_current;
        if (m_current >= m_phases.size()) {
            m_current = int(m_phases.size()) - 1;
            m_spentMs[m_current] += delta;
            break;
        }
    }
    if (elapsedS() >= m_durationS)
        m_state = State::Finished;
}

void PracticeTimer::update(qint64 nowMs)
{
    accrue(nowMs);
}

void PracticeTimer::pause(qint64 nowMs)
{
    accrue(nowMs);
    if (m_state == State::Running)
        m_state = State::Paused;
}

void PracticeTimer::resume(qint64 nowMs)
{
    if (m_state != State::Paused)
        return;
    m_lastMs = nowMs;
    m_state = State::Running;
}

void PracticeTimer::nextPhase(qint64 nowMs)
{
    accrue(nowMs);
    if (m_state == State::Finished || m_current + 1 >= m_phases.size())
        return;
    // The phase ends now; the run still ends at the full duration, so the time saved here is
    // left to the last phase.
    ++m_current;
}

void PracticeTimer::finish(qint64 nowMs)
{
    accrue(nowMs);
    if (m_state != State::Idle)
        m_state = State::Finished;
}

int PracticeTimer::spentS(int index) const
{
    return index >= 0 && index < m_spentMs.size() ? int(m_spentMs.at(index) / 1000) : 0;
}

int PracticeTimer::elapsedS() const
{
    qint64 total = 0;
    for (qint64 ms : m_spentMs)
        total += ms;
    return int(total / 1000);
}

int PracticeTimer::phaseRemainingS() const
{
    if (m_phases.isEmpty())
        return 0;
    if (m_current + 1 >= m_phases.size())
        return remainingS();
    return std::max(0, m_phases.at(m_current).plannedS - spentS(m_current));
}

int PracticeTimer::warningWindowS(int index) const
{
    if (index < 0 || index >= m_phases.size())
        return 0;
    return std::min(warningS, std::max(1, m_phases.at(index).plannedS / 4));
}

bool PracticeTimer::warning() const
{
    return m_state == State::Running && !m_phases.isEmpty()
           && phaseRemainingS() <= warningWindowS(m_current);
}

Practice PracticeTimer::record() const
{
    Practice p;
    p.question = m_question;
    p.durationS = m_durationS;
    p.finished = m_state == State::Finished;
    for (qsizetype i = 0; i < m_phases.size(); ++i)
        p.phases.append({m_phases.at(i).id, m_phases.at(i).plannedS, spentS(int(i)), {}});
    return p;
}

} // namespace mlsd
