#include "panels/findingsmodel.h"

#include "model/catalog.h"

#include <algorithm>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

/// Identity of a finding across reports: the same rule about the same things.
QString keyOf(const Finding &f)
{
    return f.rule + u'|' + f.stage + u'|' + f.components.join(u',');
}

int groupOf(const Finding &f)
{
    return f.suppressed ? 3 : int(f.severity);
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_rows.at(index.row());
    switch (role) {
    case RuleRole:
        return f.rule;
    case KindRole:
        return f.kind;
    case SeverityRole:
        return severityId(f.severity);
    case SectionRole:
        switch (groupOf(f)) {
        case 0:
            return tr("Errors");
        case 1:
            return tr("Warnings");
        case 2:
            return tr("Info");
        default:
            return tr("Suppressed");
        }
    case StageRole:
        return f.stage;
    case StageNameRole:
        return f.stage.isEmpty() ? QString() : Catalog::builtin().displayName(f.stage);
    case ComponentsRole:
        return f.components;
    case Qt::DisplayRole:
    case MessageRole:
        return f.message;
    case HintRole:
        return f.hint;
    case GuideRole:
        return f.guide;
    case SuppressedRole:
        return f.suppressed;
    case SuppressionReasonRole:
        return f.suppressionReason;
    case HasFixRole:
        return f.fix.has_value(); // the checker attaches only fixes it can apply
    case FixDescriptionRole:
        return f.fix ? f.fix->description : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    return {{RuleRole, "rule"},
            {KindRole, "kind"},
            {SeverityRole, "severity"},
            {SectionRole, "section"},
            {StageRole, "stage"},
            {StageNameRole, "stageName"},
            {ComponentsRole, "components"},
            {MessageRole, "message"},
            {HintRole, "hint"},
            {GuideRole, "guide"},
            {SuppressedRole, "suppressed"},
            {SuppressionReasonRole, "suppressionReason"},
            {HasFixRole, "hasFix"},
            {FixDescriptionRole, "fixDescription"}};
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    QList<Finding> next = findings;
    std::stable_sort(next.begin(), next.end(),
                     [](const Finding &a, const Finding &b) { return groupOf(a) < groupOf(b); });
    const qsizetype before = m_rows.size();
    qsizetype i = 0;
    for (const Finding &f : std::as_const(next)) {
        const QString key = keyOf(f);
        qsizetype found = -1;
        for (qsizetype k = i; k < m_rows.size(); ++k) {
            if (keyOf(m_rows.at(k)) == key) {
                found = k;
                break;
            }
        }
        if (found < 0) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, f);
            endInsertRows();
        } else {
            if (found > i) {
                beginRemoveRows({}, int(i), int(found - 1));
                m_rows.remove(i, found - i);
                endRemoveRows();
            }
            if (!(m_rows.at(i) == f)) {
                m_rows[i] = f;
                emit dataChanged(index(int(i)), index(int(i)));
            }
        }
        ++i;
    }
    if (i < m_rows.size()) {
        beginRemoveRows({}, int(i), int(m_rows.size() - 1));
        m_rows.remove(i, m_rows.size() - i);
        endRemoveRows();
    }
    if (before != m_rows.size())
        emit countChanged();
}

} // namespace mlsd::ui
