#pragma once

#include "session/templatesupport.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The installed framework templates for the pickers (toolbar, check panel, "New from template"):
 * id, name, description and guide reference.
 */
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount CONSTANT)

public:
    enum Role { TemplateIdRole = Qt::UserRole + 1, NameRole, DescriptionRole, GuideRole };
    Q_ENUM(Role)

    explicit TemplateListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The row of template \a id, or -1.
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &id) const;
    Q_INVOKABLE [[nodiscard]] QString idAt(int row) const;
    Q_INVOKABLE [[nodiscard]] QString nameOf(const QString &id) const;

private:
    QList<TemplateInfo> m_templates;
};

} // namespace mlsd::ui
