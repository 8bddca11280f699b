#pragma once

#include "session/recoverystore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The designs a crashed session left in the recovery folder, for the restore dialog shown at
 * start. Restoring goes through Session::restoreRecovery(); discarding deletes the entry.
 */
class RecoveryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// The recovery folder (default: RecoveryStore::defaultDirectory()). Setting it reloads.
    Q_PROPERTY(QString directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,        ///< the design's title, or the file name, or "Untitled design"
        DesignPathRole,   ///< the autosaved file
        OriginalPathRole, ///< the file that was being edited ("" when never saved)
        SavedAtRole,      ///< when it was autosaved, as local date and time text
    };
    Q_ENUM(Role)

    explicit RecoveryModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString directory() const { return m_store.directory(); }
    void setDirectory(const QString &directory);

    /// Reads the recovery folder again.
    Q_INVOKABLE void refresh();
    /// Deletes entry \a row and its files.
    Q_INVOKABLE void discard(int row);
    Q_INVOKABLE [[nodiscard]] QString designPath(int row) const;
    Q_INVOKABLE [[nodiscard]] QString originalPath(int row) const;

signals:
    void directoryChanged();
    void countChanged();

private:
    RecoveryStore m_store;
    QList<RecoveryEntry> m_entries;
};

} // namespace mlsd::ui
