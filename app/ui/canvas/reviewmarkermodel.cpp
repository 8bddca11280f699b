#include "canvas/reviewmarkermodel.h"

#include "canvas/canvasscene.h"
#include "canvas/selection.h"

namespace mlsd::ui {

QHash<QString, int> ReviewMarkerModel::countsNow() const
{
    QHash<QString, int> counts;
    const Document *doc = scene() ? scene()->document() : nullptr;
    if (!doc)
        return counts;
    for (const ReviewComment &c : doc->design().review.comments) {
        if (!c.target.isEmpty() && doc->design().component(c.target))
            ++counts[c.target];
    }
    return counts;
}

void ReviewMarkerModel::connectScene(CanvasScene *scene)
{
    auto follow = [this] {
        disconnect(m_reviewConnection);
        if (Document *doc = this->scene() ? this->scene()->document() : nullptr)
            m_reviewConnection
                = connect(doc, &Document::reviewChanged, this, &ReviewMarkerModel::onReviewChanged);
        m_counts = countsNow();
    };
    track(connect(scene, &CanvasScene::sessionChanged, this, follow));
    // A reset rebuilds the rows (SceneListModel); the counts follow the new design.
    track(connect(scene, &CanvasScene::reset, this, [this] { m_counts = countsNow(); }));
    track(connect(scene, &CanvasScene::componentAdded, this, [this](const ComponentId &id) {
        m_counts = countsNow();
        if (m_counts.contains(id))
            itemMoved(id); // undoing a removal brings back its comments' marker
    }));
    track(connect(scene, &CanvasScene::componentRemoved, this, [this](const ComponentId &id) {
        m_counts.remove(id);
        removeItem(id);
    }));
    track(connect(scene, &CanvasScene::componentChanged, this,
                  [this](const ComponentId &id, ComponentFields fields) {
                      if (!(fields & ComponentField::Geometry) || !m_counts.contains(id))
                          return;
                      if (!itemMoved(id))
                          emitRoles(id, {XRole, YRole, WidthRole, HeightRole});
                  }));
    follow();
}

void ReviewMarkerModel::onReviewChanged()
{
    const QHash<QString, int> now = countsNow();
    const QHash<QString, int> before = std::exchange(m_counts, now);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key()))
            removeItem(it.key());
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!before.contains(it.key()))
            itemMoved(it.key());
        else if (before.value(it.key()) != it.value())
            emitRoles(it.key(), {CountRole});
    }
}

QStringList ReviewMarkerModel::selectedIn(const Selection *selection) const
{
    return selection->componentIds();
}

QStringList ReviewMarkerModel::allItems() const
{
    QStringList out;
    const QHash<QString, int> counts = countsNow();
    if (const Document *doc = scene() ? scene()->document() : nullptr) {
        for (const Component &c : doc->design().components()) {
            if (counts.contains(c.id))
                out << c.id;
        }
    }
    return out;
}

QStringList ReviewMarkerModel::itemsIn(const QRectF &rect) const
{
    QStringList out;
    if (!scene())
        return out;
    const QHash<QString, int> counts = countsNow();
    if (counts.isEmpty())
        return out;
    for (const QString &id : scene()->componentsIn(rect)) {
        if (counts.contains(id))
            out << id;
    }
    return out;
}

QRectF ReviewMarkerModel::itemRect(const QString &id) const
{
    return scene() ? scene()->componentRect(id) : QRectF();
}

QVariant ReviewMarkerModel::data(const QModelIndex &index, int role) const
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
    case XRole:
        return c->x;
    case YRole:
        return c->y;
    case WidthRole:
        return c->width;
    case HeightRole:
        return c->height;
    case CountRole: {
        // Counted here rather than from m_counts: a reset asks before the counts follow it.
        int n = 0;
        for (const ReviewComment &comment : scene()->document()->design().review.comments)
            n += comment.target == id ? 1 : 0;
        return n;
    }
    case SelectedRole:
        return isSelected(id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewMarkerModel::roleNames() const
{
    return {{IdRole, "componentId"},
            {XRole, "posX"},
            {YRole, "posY"},
            {WidthRole, "itemWidth"},
            {HeightRole, "itemHeight"},
            {CountRole, "count"},
            {SelectedRole, "selected"}};
}

} // namespace mlsd::ui
