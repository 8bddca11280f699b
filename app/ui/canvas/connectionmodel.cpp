#include "canvas/connectionmodel.h"

#include "canvas/canvasscene.h"
#include "canvas/selection.h"

namespace mlsd::ui {

namespace {

bool hasLabel(const SceneEdge *e)
{
    return e && !e->label.trimmed().isEmpty();
}

} // namespace

void ConnectionModel::connectScene(CanvasScene *scene)
{
    track(connect(scene, &CanvasScene::edgeAdded, this, [this](const ConnectionId &id) {
        if (hasLabel(this->scene()->edge(id)))
            itemMoved(id);
    }));
    track(connect(scene, &CanvasScene::edgeRemoved, this,
                  [this](const ConnectionId &id) { removeItem(id); }));
    track(connect(scene, &CanvasScene::edgeChanged, this, &ConnectionModel::onEdgeChanged));
    track(connect(scene, &CanvasScene::hoveredConnectionChanged, this,
                  [this](const QString &previous) {
                      emitRoles(previous, {HoveredRole});
                      emitRoles(this->scene()->hoveredConnection(), {HoveredRole});
                  }));
}

void ConnectionModel::onEdgeChanged(const ConnectionId &id, bool geometry)
{
    if (!hasLabel(scene()->edge(id))) {
        removeItem(id);
        return;
    }
    if (itemMoved(id))
        return;
    if (geometry)
        emitRoles(id, {MidXRole, MidYRole});
    else // a longer or shorter label may sit elsewhere on the curve
        emitRoles(id, {LabelRole, KindRole, MidXRole, MidYRole});
}

QStringList ConnectionModel::selectedIn(const Selection *selection) const
{
    return selection->connectionIds();
}

QStringList ConnectionModel::allItems() const
{
    QStringList out;
    if (const Document *doc = scene() ? scene()->document() : nullptr) {
        for (const Connection &c : doc->design().connections()) {
            if (hasLabel(scene()->edge(c.id)))
                out << c.id;
        }
    }
    return out;
}

QStringList ConnectionModel::itemsIn(const QRectF &rect) const
{
    QStringList out;
    scene()->edgeIndex().forEachIn(rect, [&](const QString &id, const QRectF &) {
        const SceneEdge *e = scene()->edge(id);
        if (hasLabel(e) && rect.contains(e->labelRect.center()))
            out << id;
    });
    return out;
}

QRectF ConnectionModel::itemRect(const QString &id) const
{
    const SceneEdge *e = scene() ? scene()->edge(id) : nullptr;
    return e ? QRectF(e->labelRect.center(), QSizeF(0, 0)) : QRectF();
}

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !scene())
        return {};
    const QString &id = idOf(index);
    const SceneEdge *e = scene()->edge(id);
    if (!e)
        return {};
    switch (role) {
    case IdRole:
        return e->id;
    case Qt::DisplayRole:
    case LabelRole:
        return e->label;
    case KindRole:
        return schema::connectionKindId(e->kind);
    case MidXRole:
        return e->labelRect.center().x();
    case MidYRole:
        return e->labelRect.center().y();
    case SelectedRole:
        return isSelected(id);
    case HoveredRole:
        return scene()->hoveredConnection() == id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionModel::roleNames() const
{
    return {
        {IdRole, "connectionId"}, {LabelRole, "label"}, {KindRole, "kind"},
        {MidXRole, "midX"},       {MidYRole, "midY"},   {SelectedRole, "selected"},
        {HoveredRole, "hovered"},
    };
}

} // namespace mlsd::ui
