#include "panels/practicephasemodel.h"

namespace mlsd::ui {

using namespace Qt::StringLiterals;

PracticePhaseModel::PracticePhaseModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int PracticePhaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PracticePhaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case PhaseIdRole:
        return r.plan.id;
    case Qt::DisplayRole:
    case TitleRole:
        return r.plan.title;
    case HelpRole:
        return r.plan.help;
    case SectionsRole:
        return briefSections(r.plan.id);
    case PlannedRole:
        return r.plan.plannedS;
    case SpentRole:
        return r.spentS;
    case CurrentRole:
        return r.current;
    case DoneRole:
        return r.done;
    default:
        return {};
    }
}

QHash<int, QByteArray> PracticePhaseModel::roleNames() const
{
    return {{PhaseIdRole, "phaseId"},   {TitleRole, "title"},      {HelpRole, "help"},
            {SectionsRole, "sections"}, {PlannedRole, "plannedS"}, {SpentRole, "spentS"},
            {CurrentRole, "current"},   {DoneRole, "done"}};
}

void PracticePhaseModel::update(const PracticeTimer &timer)
{
    const QList<PhasePlan> &phases = timer.phases();
    const bool over = timer.state() == PracticeTimer::State::Finished;
    bool samePlan = phases.size() == m_rows.size();
    for (qsizetype i = 0; samePlan && i < phases.size(); ++i)
        samePlan = phases.at(i).id == m_rows.at(i).plan.id
                   && phases.at(i).plannedS == m_rows.at(i).plan.plannedS;
    if (!samePlan) {
        const bool countChange = phases.size() != m_rows.size();
        beginResetModel();
        m_rows.clear();
        for (qsizetype i = 0; i < phases.size(); ++i) {
            const int row = int(i);
            m_rows.append({phases.at(i), timer.spentS(row), !over && row == timer.currentPhase(),
                           over || row < timer.currentPhase()});
        }
        endResetModel();
        if (countChange)
            emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const int row = int(i);
        Row &r = m_rows[i];
        QList<int> roles;
        const int spent = timer.spentS(row);
        const bool current = !over && row == timer.currentPhase();
        const bool done = over || row < timer.currentPhase();
        if (spent != r.spentS)
            roles << SpentRole;
        if (current != r.current)
            roles << CurrentRole;
        if (done != r.done)
            roles << DoneRole;
        r.spentS = spent;
        r.current = current;
        r.done = done;
        if (!roles.isEmpty())
            emit dataChanged(index(row), index(row), roles);
    }
}

QStringList PracticePhaseModel::briefSections(const QString &phase)
{
    if (phase == u"task"_s)
        return {u"task"_s,       u"business_objective"_s, u"nonfunctional_reqs"_s,
                u"ml_framing"_s, u"scale_estimate"_s,     u"good_enough"_s};
    if (phase == u"metrics"_s)
        return {u"metrics"_s};
    if (phase == u"approaches"_s)
        return {u"approaches"_s};
    if (phase == u"observability"_s)
        return {u"observability"_s};
    if (phase == u"roadmap"_s)
        return {u"iteration"_s, u"roadmap"_s};
    return {};
}

} // namespace mlsd::ui
