#pragma once

#include "canvas/scenelistmodel.h"
#include "model/document.h"

namespace mlsd::ui {

/*!
 * The zones of a canvas scene for the zone delegates (see SceneListModel). Changes emit only the
 * affected roles.
 */
class ZoneModel : public mlsd::ui::SceneListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        KindRole,
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        SelectedRole,
    };
    Q_ENUM(Role)

    explicit ZoneModel(QObject *parent = nullptr)
        : SceneListModel(false, parent)
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
};

} // namespace mlsd::ui
