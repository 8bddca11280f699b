#include "panels/recoverymodel.h"

#include <QFileInfo>
#include <QLocale>

namespace mlsd::ui {

RecoveryModel::RecoveryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    refresh();
}

int RecoveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecoveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecoveryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        if (!e.title.isEmpty())
            return e.title;
        if (!e.originalPath.isEmpty())
            return QFileInfo(e.originalPath).fileName();
        return tr("Untitled design");
    case IdRole:
        return e.id;
    case DesignPathRole:
        return e.designPath;
    case OriginalPathRole:
        return e.originalPath;
    case SavedAtRole:
        return QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> RecoveryModel::roleNames() const
{
    return {{IdRole, "entryId"},
            {TitleRole, "title"},
            {DesignPathRole, "designPath"},
            {OriginalPathRole, "originalPath"},
            {SavedAtRole, "savedAt"}};
}

void RecoveryModel::setDirectory(const QString &directory)
{
    if (m_store.directory() == directory)
        return;
    m_store = RecoveryStore(directory);
    refresh();
    emit directoryChanged();
}

void RecoveryModel::refresh()
{
    const qsizetype before = m_entries.size();
    beginResetModel();
    m_entries = m_store.orphans();
    endResetModel();
    if (before != m_entries.size())
        emit countChanged();
}

void RecoveryModel::discard(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_store.remove(m_entries.at(row).id);
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

QString RecoveryModel::designPath(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).designPath : QString();
}

QString RecoveryModel::originalPath(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).originalPath : QString();
}

} // namespace mlsd::ui
