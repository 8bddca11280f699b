#include "session/recentfiles.h"

#include "session/uiutil.h"

#include <QFileInfo>
#include <QSettings>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {
const QString settingsKey = u"recentFiles"_s;
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::stored() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::store(const QStringList &paths)
{
    if (paths == stored())
        return;
    QSettings().setValue(settingsKey, paths);
    emit pathsChanged();
}

QStringList RecentFiles::paths() const
{
    QStringList out;
    for (const QString &p : stored()) {
        if (QFileInfo::exists(p))
            out << p;
    }
    return out;
}

void RecentFiles::add(const QString &path)
{
    const QString file = QFileInfo(localPath(path)).absoluteFilePath();
    if (file.isEmpty())
        return;
    QStringList list = stored();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > maxEntries)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = stored();
    list.removeAll(QFileInfo(localPath(path)).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

QString RecentFiles::displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace mlsd::ui
