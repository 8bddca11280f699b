#pragma once

#include "canvas/scenelistmodel.h"
#include "model/document.h"

namespace mlsd::ui {

/*!
 * The components of a canvas scene for the component delegates (see SceneListModel for the
 * viewport filtering). Every change emits dataChanged with only the affected roles: a move the
 * position roles, a rename the label, a selection change `selected` of the rows whose state
 * flipped, a hover `hovered` of the two rows concerned.
 */
class ComponentModel : public mlsd::ui::SceneListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        LabelRole,
        TypeNameRole, ///< the catalog's display name of the type
        ColorRole,    ///< the catalog colour of the type
        IconRole,     ///< a `qrc:` URL of the type's icon, or an empty URL when it has none
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        ZoneRole,
        SelectedRole,
        HoveredRole,
    };
    Q_ENUM(Role)

    explicit ComponentModel(QObject *parent = nullptr)
        : SceneListModel(true, parent)
    {}

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    void connectScene(CanvasScene *scene) override;
    [[nodiscard]] QStringList selectedIn(const Selection *selection) const override;
    [[nodiscard]] int selectedRole() const override { return SelectedRole; }
    [[nodiscard]] QStringList allItems() const override;
    [[nodiscard]] QStringList itemsIn(const QRectF &rect) const override;
    [[nodiscard]] QRectF itemRect(const QString &id) const override;

private:
    void onComponentChanged(const ComponentId &id, ComponentFields fields);
};

} // namespace mlsd::ui
