#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace mlsd::ui {

/// A design autosaved by a session that did not close cleanly.
struct RecoveryEntry
{
    QString id;           ///< the entry's name in the recovery folder
    QString designPath;   ///< the autosaved `.mlsd`
    QString originalPath; ///< the file the session was editing; empty for an unsaved design
    QString title;        ///< the design's title when it was autosaved
    QDateTime savedAt;    ///< when it was autosaved (UTC)
};

/*!
 * The recovery folder (`QStandardPaths::AppDataLocation/recovery`): per entry `<id>.mlsd` (the
 * design), `<id>.json` (where it came from) and `<id>.lock` (held by the session writing it). An
 * entry whose lock nobody holds was left by a session that crashed.
 */
class RecoveryStore
{
public:
    explicit RecoveryStore(QString directory = defaultDirectory());

    /// `AppDataLocation/recovery`.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString designPath(const QString &id) const;
    [[nodiscard]] QString metaPath(const QString &id) const;
    [[nodiscard]] QString lockPath(const QString &id) const;

    /// Entries whose writer is gone (its lock is free or stale), newest first.
    [[nodiscard]] QList<RecoveryEntry> orphans() const;
    /// Deletes the files of entry \a id (not while a live session holds its lock).
    bool remove(const QString &id) const;

private:
    QString m_directory;
};

} // namespace mlsd::ui
