#pragma once

#include "check/checkreport.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The findings of the last check, for the check panel: unsuppressed findings by severity (errors,
 * warnings, info), then suppressed ones; `section` names the group. A new report updates the rows
 * in place (rows that stay keep their delegates, so the list does not jump after every edit).
 */
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FindingsModel belongs to a CheckRunner")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RuleRole = Qt::UserRole + 1, ///< "<template>/<name>"
        KindRole,                    ///< stage, order, reach, not_reach, loop, annotation, brief
        SeverityRole,                ///< "error", "warning", "info"
        SectionRole,                 ///< "Errors", "Warnings", "Info", "Suppressed"
        StageRole,                   ///< catalog id the finding is about
        StageNameRole,
        ComponentsRole, ///< component ids, most relevant first
        MessageRole,
        HintRole,
        GuideRole,
        SuppressedRole,
        SuppressionReasonRole,
        HasFixRole, ///< the app can apply a fix
        FixDescriptionRole,
    };
    Q_ENUM(Role)

    explicit FindingsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows \a findings (in report order), updating only the rows that differ.
    void setFindings(const QList<mlsd::Finding> &findings);
    [[nodiscard]] const QList<mlsd::Finding> &findings() const { return m_rows; }
    /// The finding in \a row, or nullptr.
    [[nodiscard]] const mlsd::Finding *findingAt(int row) const;

signals:
    void countChanged();

private:
    QList<mlsd::Finding> m_rows;
};

} // namespace mlsd::ui
