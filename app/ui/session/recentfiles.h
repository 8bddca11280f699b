#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The most recently opened or saved designs, newest first, kept in QSettings (key `recentFiles`)
 * so every window and the next start see them. Files that no longer exist are left out.
 */
class RecentFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList paths READ paths NOTIFY pathsChanged)

public:
    static constexpr int maxEntries = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    [[nodiscard]] QStringList paths() const;

    /// Puts \a path (a path or a file URL) first; the list keeps at most maxEntries.
    Q_INVOKABLE void add(const QString &path);
    Q_INVOKABLE void remove(const QString &path);
    Q_INVOKABLE void clear();
    /// The file name of \a path for a menu entry.
    Q_INVOKABLE [[nodiscard]] static QString displayName(const QString &path);

signals:
    void pathsChanged();

private:
    [[nodiscard]] QStringList stored() const;
    void store(const QStringList &paths);
};

} // namespace mlsd::ui
