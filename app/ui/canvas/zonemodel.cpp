#include "canvas/zonemodel.h"

#include "canvas/canvasscene.h"
#include "canvas/selection.h"

namespace mlsd::ui {

void ZoneModel::connectScene(CanvasScene *scene)
{
    track(
        connect(scene, &CanvasScene::zoneAdded, this, [this](const ZoneId &id) { itemMoved(id); }));
    track(connect(scene, &CanvasScene::zoneRemoved, this,
                  [this](const ZoneId &id) { removeItem(id); }));
    track(connect(scene, &CanvasScene::zoneChanged, this,
                  [this](const ZoneId &id, ZoneFields fields) {
                      if ((fields & ZoneField::Geometry) && itemMoved(id))
                          return;
                      QList<int> roles;
                      if (fields & ZoneField::Geometry)
                          roles << XRole << YRole << WidthRole << HeightRole;
                      if (fields & ZoneField::Label)
                          roles << LabelRole;
                      if (fields & ZoneField::Kind)
                          roles << KindRole;
                      emitRoles(id, roles);
                  }));
}

QStringList ZoneModel::selectedIn(const Selection *selection) const
{
    return selection->zoneIds();
}

QStringList ZoneModel::allItems() const
{
    QStringList out;
    if (const Document *doc = scene() ? scene()->document() : nullptr) {
        for (const Zone &z : doc->design().zones())
            out << z.id;
    }
    return out;
}

QStringList ZoneModel::itemsIn(const QRectF &rect) const
{
    QStringList out;
    for (const QString &id : allItems()) {
        if (scene()->zoneRect(id).intersects(rect))
            out << id;
    }
    return out;
}

QRectF ZoneModel::itemRect(const QString &id) const
{
    return scene() ? scene()->zoneRect(id) : QRectF();
}

QVariant ZoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !scene() || !scene()->document())
        return {};
    const QString &id = idOf(index);
    const Zone *z = scene()->document()->design().zone(id);
    if (!z)
        return {};
    switch (role) {
    case IdRole:
        return z->id;
    case Qt::DisplayRole:
    case LabelRole:
        return z->label;
    case KindRole:
        return z->kind;
    case XRole:
        return z->x;
    case YRole:
        return z->y;
    case WidthRole:
        return z->width;
    case HeightRole:
        return z->height;
    case SelectedRole:
        return isSelected(id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ZoneModel::roleNames() const
{
    return {
        {IdRole, "zoneId"},
        {LabelRole, "label"},
        {KindRole, "kind"},
        {XRole, "posX"},
        {YRole, "posY"},
        {WidthRole, "itemWidth"},
        {HeightRole, "itemHeight"},
        {SelectedRole, "selected"},
    };
}

} // namespace mlsd::ui
