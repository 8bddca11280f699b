#include "cardlayer.h"

#include "catalog.h"
#include "selection.h"

#include <QPainter>

namespace mlsd::ui {

CardLayer::CardLayer(QQuickItem *parent)
    : TiledLayer(2048, parent)
{}

void CardLayer::setScene(CanvasScene *scene)
{
    if (m_scene == scene)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_scene = scene;
    if (scene) {
        m_connections << connect(scene, &CanvasScene::reset, this, &CardLayer::rebuildAll);
        m_connections << connect(scene, &CanvasScene::sessionChanged, this, &CardLayer::rebuildAll);
        m_connections << connect(scene, &CanvasScene::componentAdded, this, [this](const ComponentId &id) {
            placeItem(id, m_scene->componentRect(id));
        });
        m_connections << connect(scene, &CanvasScene::componentRemoved, this,
                                 [this](const ComponentId &id) { removeItem(id); });
        m_connections << connect(scene, &CanvasScene::componentChanged, this,
                                 [this](const ComponentId &id, ComponentFields fields) {
                                     if (fields & ComponentField::Geometry)
                                         placeItem(id, m_scene->componentRect(id));
                                     else if (fields & (ComponentField::Type | ComponentField::Label))
                                         markItemDirty(id);
                                 });
    }
    rebuildAll();
    emit sceneChanged();
}

void CardLayer::setSimple(bool simple)
{
    if (m_simple == simple)
        return;
    m_simple = simple;
    markAllDirty();
    emit simpleChanged();
}

void CardLayer::setColorMember(QColor *member, const QColor &c)
{
    if (*member == c)
        return;
    *member = c;
    markAllDirty();
    emit colorsChanged();
}

void CardLayer::rebuildAll()
{
    clearItems();
    disconnect(m_selectionConnection);
    m_selected.clear();
    if (!m_scene || !m_scene->document())
        return;
    if (Selection *sel = m_scene->selection()) {
        m_selectionConnection = connect(sel, &Selection::changed, this, &CardLayer::onSelectionChanged);
        const QStringList ids = sel->componentIds();
        m_selected = QSet<QString>(ids.cbegin(), ids.cend());
    }
    for (const Component &c : m_scene->document()->design().components())
        placeItem(c.id, c.rect());
}

void CardLayer::onSelectionChanged()
{
    if (m_simple || !m_scene || !m_scene->selection())
        return;
    const QStringList ids = m_scene->selection()->componentIds();
    QSet<QString> now(ids.cbegin(), ids.cend());
    const QSet<QString> before = std::exchange(m_selected, now);
    for (const QString &id : before) {
        if (!now.contains(id))
            markItemDirty(id);
    }
    for (const QString &id : std::as_const(now)) {
        if (!before.contains(id))
            markItemDirty(id);
    }
}

CardLayer::Card CardLayer::card(const Component &c) const
{
    Card out;
    const QRectF r = c.rect();
    const QColor typeColor = Catalog::builtin().color(c.type);
    if (m_simple) {
        out.rects.append({r, typeColor});
        return out;
    }
    // The border stays visible when zoomed out: at least one screen pixel.
    const bool selected = m_selected.contains(c.id);
    const double border = (selected ? 2.5 : 1.0) * std::max(1.0, pixel());
    out.rects.append({r, selected ? m_selectionColor : m_borderColor});
    out.rects.append({r.adjusted(border, border, -border, -border), m_cardColor});
    // The badge and the greeked label, where the delegate would draw them.
    const double badge = std::min({36.0, r.height() - 8, r.width() / 3});
    const QRectF badgeRect(r.left() + 12, r.center().y() - badge / 2, badge, badge);
    out.rects.append({badgeRect, typeColor});
    const double textLeft = badgeRect.right() + 10;
    const double textRoom = r.right() - 12 - textLeft;
    if (textRoom > 8) {
        QColor strong = m_textColor;
        strong.setAlphaF(0.55f);
        QColor faint = m_textColor;
        faint.setAlphaF(0.3f);
        const double labelWidth = std::min(textRoom, 14.0 + 6.5 * double(c.label.size()));
        out.rects.append({QRectF(textLeft, r.center().y() - 9, labelWidth, 7), strong});
        out.rects.append({QRectF(textLeft, r.center().y() + 4, textRoom * 0.6, 5), faint});
    }
    return out;
}

void CardLayer::buildItems(const QList<QString> &ids, VertexBuffer *out) const
{
    if (!m_scene || !m_scene->document())
        return;
    const Design &d = m_scene->document()->design();
    for (const QString &id : ids) {
        if (const Component *c = d.component(id)) {
            for (const auto &[rect, color] : card(*c).rects)
                out->addRect(rect, color);
        }
    }
}

PainterNode::Paint CardLayer::softwarePaint(const QList<QString> &ids) const
{
    QList<std::pair<QRectF, QColor>> rects;
    if (m_scene && m_scene->document()) {
        const Design &d = m_scene->document()->design();
        rects.reserve(ids.size() * 5);
        for (const QString &id : ids) {
            if (const Component *c = d.component(id))
                rects += card(*c).rects;
        }
    }
    return [rects = std::move(rects)](QPainter *p) {
        p->setRenderHint(QPainter::Antialiasing, false);
        for (const auto &[rect, color] : rects)
            p->fillRect(rect, color);
    };
}

} // namespace mlsd::ui
