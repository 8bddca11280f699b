#include "canvas/componentmodel.h"

#include "canvas/canvasscene.h"
#include "canvas/selection.h"
#include "model/catalog.h"

#include <QColor>
#include <QFile>
#include <QUrl>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

QUrl iconUrl(const QString &type)
{
    const ComponentType *t = Catalog::builtin().type(type);
    if (!t || t->icon.isEmpty() || !QFile::exists(t->icon))
        return {};
    return QUrl(t->icon.startsWith(u':') ? u"qrc"_s + t->icon : t->icon);
}

} // namespace

void ComponentModel::connectScene(CanvasScene *scene)
{
    track(connect(scene, &CanvasScene::componentAdded, this,
                  [this](const ComponentId &id) { itemMoved(id); }));
    track(connect(scene, &CanvasScene::componentRemoved, this,
                  [this](const ComponentId &id) { removeItem(id); }));
    track(
        connect(scene, &CanvasScene::componentChanged, this, &ComponentModel::onComponentChanged));
    track(connect(scene, &CanvasScene::hoveredComponentChanged, this,
                  [this](const QString &previous) {
                      emitRoles(previous, {HoveredRole});
                      emitRoles(this->scene()->hoveredComponent(), {HoveredRole});
                  }));
}

QStringList ComponentModel::selectedIn(const Selection *selection) const
{
    return selection->componentIds();
}

QStringList ComponentModel::allItems() const
{
    QStringList out;
    if (const Document *doc = scene() ? scene()->document() : nullptr) {
        out.reserve(doc->design().components().size());
        for (const Component &c : doc->design().components())
            out << c.id;
    }
    return out;
}

QStringList ComponentModel::itemsIn(const QRectF &rect) const
{
    return scene() ? scene()->componentsIn(rect) : QStringList();
}

QRectF ComponentModel::itemRect(const QString &id) const
{
    return scene() ? scene()->componentRect(id) : QRectF();
}

void ComponentModel::onComponentChanged(const ComponentId &id, ComponentFields fields)
{
    if ((fields & ComponentField::Geometry) && itemMoved(id))
        return;
    QList<int> roles;
    if (fields & ComponentField::Geometry)
        roles << XRole << YRole << WidthRole << HeightRole;
    if (fields & ComponentField::Label)
        roles << LabelRole;
    if (fields & ComponentField::Type)
        roles << TypeRole << TypeNameRole << ColorRole << IconRole;
    if (fields & ComponentField::Zone)
        roles << ZoneRole;
    if (!roles.isEmpty())
        emitRoles(id, roles);
}

QVariant ComponentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !scene() || !scene()->document())
        return {};
    const QString &id = idOf(index);
    const Component *c = scene()->document()->design().component(id);
    if (!c)
        return {};
    switch (role) {
    case IdRole:
        return c->id;
    case TypeRole:
        return c->type;
    case Qt::DisplayRole:
    case LabelRole:
        return c->label;
    case TypeNameRole:
        return Catalog::builtin().displayName(c->type);
    case ColorRole:
        return Catalog::builtin().color(c->type);
    case IconRole:
        return iconUrl(c->type);
    case XRole:
        return c->x;
    case YRole:
        return c->y;
    case WidthRole:
        return c->width;
    case HeightRole:
        return c->height;
    case ZoneRole:
        return c->zone;
    case SelectedRole:
        return isSelected(id);
    case HoveredRole:
        return scene()->hoveredComponent() == id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ComponentModel::roleNames() const
{
    return {
        {IdRole, "componentId"},   {TypeRole, "type"},
        {LabelRole, "label"},      {TypeNameRole, "typeName"},
        {ColorRole, "badgeColor"}, {IconRole, "iconSource"},
        {XRole, "posX"},           {YRole, "posY"},
        {WidthRole, "itemWidth"},  {HeightRole, "itemHeight"},
        {ZoneRole, "zone"},        {SelectedRole, "selected"},
        {HoveredRole, "hovered"},
    };
}

} // namespace mlsd::ui
