#include "session/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory))
{}

QString RecoveryStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"recovery"_s);
}

QString RecoveryStore::designPath(const QString &id) const
{
    return QDir(m_directory).filePath(id + u".mlsd"_s);
}

QString RecoveryStore::metaPath(const QString &id) const
{
    return QDir(m_directory).filePath(id + u".json"_s);
}

QString RecoveryStore::lockPath(const QString &id) const
{
    return QDir(m_directory).filePath(id + u".lock"_s);
}

QList<RecoveryEntry> RecoveryStore::orphans() const
{
    QList<RecoveryEntry> out;
    const QDir dir(m_directory);
    const QStringList metas = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &meta : metas) {
        const QString id = meta.chopped(5);
        if (!QFile::exists(designPath(id)))
            continue;
        // A live session holds the lock; a crashed one left it stale (its process is gone).
        QLockFile lock(lockPath(id));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(metaPath(id));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        RecoveryEntry e;
        e.id = id;
        e.designPath = designPath(id);
        e.originalPath = o.value(u"original"_s).toString();
        e.title = o.value(u"title"_s).toString();
        e.savedAt = QDateTime::fromString(o.value(u"saved"_s).toString(), Qt::ISODateWithMs);
        if (!e.savedAt.isValid())
            e.savedAt = QFileInfo(e.designPath).lastModified().toUTC();
        out << e;
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return out;
}

bool RecoveryStore::remove(const QString &id) const
{
    QLockFile lock(lockPath(id));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    QFile::remove(designPath(id));
    QFile::remove(metaPath(id));
    lock.unlock(); // removes the lock file
    return true;
}

} // namespace mlsd::ui
