#pragma once

#include "canvas/scenelistmodel.h"
#include "model/document.h"

namespace mlsd::ui {

/*!
 * The labelled connections of a canvas scene, for the label text drawn on each connection's pill
 * (the lines are drawn by the EdgeLayer, the pills by the CardLayer). Connections without a label
 * have no row. Filtered to the viewport like the component model (see SceneListModel); changes emit
 * only the affected roles.
 */
class ConnectionModel : public mlsd::ui::SceneListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        KindRole, ///< the kind id: data, request, model, feedback
        MidXRole, ///< the centre of the label (see SceneEdge::labelRect)
        MidYRole,
        SelectedRole,
        HoveredRole,
    };
    Q_ENUM(Role)

    explicit ConnectionModel(QObject *parent = nullptr)
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
    void onEdgeChanged(const ConnectionId &id, bool geometry);
};

} // namespace mlsd::ui
