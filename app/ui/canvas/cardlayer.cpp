#include "canvas/cardlayer.h"

#include "canvas/selection.h"
#include "model/catalog.h"

#include <QPainter>

#include <cmath>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

const QString pillPrefix = u"pill:"_s; // ids cannot contain ':', so no component is mistaken
constexpr double cardRadius = 8;
constexpr double badgeSize = 36;
constexpr double pillHeight = 20;
/// More selected components than this stay in their tiles (see EdgeLayer's live connections).
constexpr qsizetype maxLifted = 3000;
/// Below this zoom a card is one box of its type's colour.
constexpr double overviewZoom = 0.1;
/// Below detailZoom the type's colour is a strip this many screen pixels wide on the card's left.
constexpr double stripPixels = 3;

QColor faded(QColor c)
{
    c.setAlphaF(0.7f);
    return c;
}

} // namespace

CardLayer::CardLayer(QQuickItem *parent)
    : TiledLayer(2048, parent)
{
    connect(this, &TiledLayer::viewportChanged, this, [this] {
        if (!m_lifted.isEmpty())
            markOverlayDirty();
    });
    connect(this, &TiledLayer::zoomChanged, this, [this] {
        const int level = detailed()               ? 3
                          : zoom() >= m_labelZoom  ? 2
                          : zoom() >= overviewZoom ? 1
                                                   : 0;
        if (level != m_level) {
            m_level = level;
            markAllDirty();
        }
    });
}

void CardLayer::setScene(CanvasScene *scene)
{
    if (!m_connections.follow(m_scene, scene))
        return;
    if (scene) {
        auto on = [this, scene](auto signal, auto slot) {
            m_connections << connect(scene, signal, this, slot);
        };
        on(&CanvasScene::reset, [this] { rebuildAll(); });
        on(&CanvasScene::sessionChanged, [this] { rebuildAll(); });
        on(&CanvasScene::componentAdded, [this](const ComponentId &id) { placeComponent(id); });
        on(&CanvasScene::componentRemoved, [this](const ComponentId &id) {
            removeItem(id);
            if (m_lifted.remove(id))
                markOverlayDirty();
        });
        on(&CanvasScene::componentChanged, [this](const ComponentId &id, ComponentFields fields) {
            if (m_lifted.contains(id))
                markOverlayDirty();
            else if (fields & ComponentField::Geometry)
                placeComponent(id);
            else if (fields & (ComponentField::Type | ComponentField::Label))
                markItemDirty(id);
        });
        on(&CanvasScene::edgeAdded, [this](const ConnectionId &id) {
            const SceneEdge *e = m_scene->edge(id);
            if (e && (m_lifted.contains(e->from) || m_lifted.contains(e->to)))
                m_liftedPills.insert(id);
            placeEdge(id);
        });
        on(&CanvasScene::edgeRemoved, [this](const ConnectionId &id) {
            removeItem(pillPrefix + id);
            if (m_liftedPills.remove(id))
                markOverlayDirty();
        });
        on(&CanvasScene::edgeChanged, [this](const ConnectionId &id) { placeEdge(id); });
        on(&CanvasScene::hoveredConnectionChanged, [this](const QString &previous) {
            markItemDirty(pillPrefix + previous);
            markItemDirty(pillPrefix + m_scene->hoveredConnection());
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
    rebuildAll();
    emit simpleChanged();
}

void CardLayer::setDetailZoom(qreal zoom)
{
    if (qFuzzyCompare(m_detailZoom, zoom))
        return;
    m_detailZoom = zoom;
    m_level = -1;
    markAllDirty();
    emit detailZoomChanged();
}

void CardLayer::setLabelZoom(qreal zoom)
{
    if (qFuzzyCompare(m_labelZoom, zoom))
        return;
    m_labelZoom = zoom;
    m_level = -1;
    markAllDirty();
    emit labelZoomChanged();
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
        m_selectionConnection
            = connect(sel, &Selection::changed, this, &CardLayer::onSelectionChanged);
        const QStringList ids = sel->componentIds() + sel->connectionIds();
        m_selected = QSet<QString>(ids.cbegin(), ids.cend());
    }
    m_lifted.clear();
    m_liftedPills.clear();
    if (!m_simple && m_selected.size() <= maxLifted) {
        for (const QString &id : std::as_const(m_selected)) {
            if (m_scene->document()->design().component(id)) {
                m_lifted.insert(id);
                for (const QString &e : m_scene->edgesOf(id))
                    m_liftedPills.insert(e);
            }
        }
    }
    for (const Component &c : m_scene->document()->design().components())
        placeComponent(c.id);
    for (const Connection &c : m_scene->document()->design().connections())
        placeEdge(c.id);
    markOverlayDirty();
}

void CardLayer::placeComponent(const ComponentId &id)
{
    if (m_lifted.contains(id))
        removeItem(id);
    else
        placeItem(id, m_scene->componentRect(id));
}

void CardLayer::placeEdge(const ConnectionId &id)
{
    const QRectF pill = m_scene->labelRect(id);
    if (pill.isNull() || m_simple) {
        removeItem(pillPrefix + id);
    } else if (m_liftedPills.contains(id)) {
        removeItem(pillPrefix + id);
        markOverlayDirty();
    } else {
        placeItem(pillPrefix + id, pill);
    }
}

void CardLayer::onSelectionChanged()
{
    if (m_simple || !m_scene || !m_scene->selection())
        return;
    const QStringList ids
        = m_scene->selection()->componentIds() + m_scene->selection()->connectionIds();
    QSet<QString> now(ids.cbegin(), ids.cend());
    const QSet<QString> before = std::exchange(m_selected, now);
    // Selected components move to the overlay (a drag then leaves the tiles alone).
    QSet<QString> lifted;
    if (m_scene->selection()->componentIds().size() <= maxLifted) {
        for (const QString &id : m_scene->selection()->componentIds())
            lifted.insert(id);
    }
    const QSet<QString> wasLifted = std::exchange(m_lifted, lifted);
    for (const QString &id : wasLifted) {
        if (!m_lifted.contains(id) && m_scene->document()->design().component(id))
            placeComponent(id);
    }
    for (const QString &id : std::as_const(m_lifted)) {
        if (!wasLifted.contains(id))
            removeItem(id);
    }
    // So do the label pills of their connections.
    QSet<QString> pills;
    for (const QString &c : std::as_const(m_lifted)) {
        for (const QString &e : m_scene->edgesOf(c))
            pills.insert(e);
    }
    const QSet<QString> wasPills = std::exchange(m_liftedPills, pills);
    for (const QString &id : wasPills) {
        if (!m_liftedPills.contains(id))
            placeEdge(id);
    }
    for (const QString &id : std::as_const(m_liftedPills)) {
        if (!wasPills.contains(id))
            removeItem(pillPrefix + id);
    }
    auto dirty = [this](const QString &id) {
        markItemDirty(id);
        markItemDirty(pillPrefix + id);
    };
    for (const QString &id : before) {
        if (!now.contains(id))
            dirty(id);
    }
    for (const QString &id : std::as_const(now)) {
        if (!before.contains(id))
            dirty(id);
    }
    if (!m_lifted.isEmpty() || !wasLifted.isEmpty())
        markOverlayDirty();
}

void CardLayer::cardShapes(const Component &c, QList<Shape> *out) const
{
    const QRectF r = c.rect();
    const QColor typeColor = Catalog::builtin().color(c.type);
    if (m_simple) {
        out->append({Shape::Fill, r, 0, typeColor});
        return;
    }
    const bool selected = m_selected.contains(c.id);
    if (zoom() < overviewZoom) {
        // So far out that a badge and text bars would be specks: a box of the type's colour.
        out->append(
            {Shape::Fill, r, 0,
             selected ? m_selectionColor : VertexBuffer::over(faded(typeColor), m_cardColor)});
        return;
    }
    if (!detailed()) {
        // Far out: plain opaque boxes, a border of at least a pixel, the type's colour as a strip
        // on the left; the label is QML text (see ComponentDelegate), or greeked text when even
        // the smallest readable label would not fit.
        const double border = (selected ? 2.5 : 1.0) * std::max(1.0, pixel());
        const QColor edge = selected ? m_selectionColor : m_borderColor;
        const QRectF inner = r.adjusted(border, border, -border, -border);
        out->append({Shape::Fill, inner, 0, m_cardColor});
        out->append({Shape::Flat, QRectF(r.left(), r.top(), r.width(), border), 0, edge});
        out->append({Shape::Flat, QRectF(r.left(), inner.bottom(), r.width(), border), 0, edge});
        out->append({Shape::Flat, QRectF(r.left(), inner.top(), border, inner.height()), 0, edge});
        out->append(
            {Shape::Flat, QRectF(inner.right(), inner.top(), border, inner.height()), 0, edge});
        const QRectF strip(inner.left(), inner.top(),
                           std::min(stripPixels * pixel(), inner.width() / 4), inner.height());
        out->append({Shape::Flat, strip, 0, typeColor});
        if (zoom() >= m_labelZoom)
            return;
        const double textLeft = strip.right() + 3 * pixel();
        const double textRoom = r.right() - 3 * pixel() - textLeft;
        if (textRoom > 8) {
            QColor strong = m_textColor, faint = m_textColor;
            strong.setAlphaF(0.55f);
            faint.setAlphaF(0.3f);
            const double labelWidth = std::min(textRoom, 14.0 + 6.5 * double(c.label.size()));
            out->append(
                {Shape::Flat, QRectF(textLeft, r.center().y() - 9, labelWidth, 7), 0, strong});
            out->append(
                {Shape::Flat, QRectF(textLeft, r.center().y() + 4, textRoom * 0.6, 5), 0, faint});
        }
        return;
    }
    const double badge = std::min({badgeSize, r.height() - 8, r.width() / 3});
    const QRectF badgeRect(r.left() + 12, r.center().y() - badge / 2, badge, badge);
    const double border = selected ? 2 : 1;
    out->append({Shape::Shadow, r.adjusted(0.5, 1.5, -0.5, 0.75), cardRadius, m_shadowColor, 1.5});
    out->append({Shape::Fill, r.adjusted(border, border, -border, -border), cardRadius - border,
                 m_cardColor});
    out->append({Shape::Outline, r.adjusted(border / 2, border / 2, -border / 2, -border / 2),
                 cardRadius - border / 2, selected ? m_selectionColor : m_borderColor, border});
    out->append({Shape::Soft, badgeRect, 8, typeColor, 1});
}

void CardLayer::pillShapes(const SceneEdge &e, QList<Shape> *out) const
{
    if (!detailed())
        return;
    const QRectF r = e.labelRect;
    if (r.isNull())
        return;
    const bool marked
        = m_selected.contains(e.id) || (m_scene && m_scene->hoveredConnection() == e.id);
    const double border = m_selected.contains(e.id) ? 1.5 : 1;
    // Blended, not opaque: a pill may lie on a card.
    out->append({Shape::Soft, r.adjusted(border, border, -border, -border), pillHeight / 2 - border,
                 m_cardColor, 0});
    out->append({Shape::Outline, r.adjusted(border / 2, border / 2, -border / 2, -border / 2),
                 pillHeight / 2 - border / 2, marked ? m_selectionColor : m_borderColor, border});
}

QList<CardLayer::Shape> CardLayer::shapes(const QString &item) const
{
    QList<Shape> out;
    if (!m_scene || !m_scene->document())
        return out;
    if (item.startsWith(pillPrefix)) {
        if (const SceneEdge *e = m_scene->edge(item.mid(pillPrefix.size())))
            pillShapes(*e, &out);
    } else if (const Component *c = m_scene->document()->design().component(item)) {
        cardShapes(*c, &out);
    }
    return out;
}

void CardLayer::buildItems(const QList<QString> &ids, LayerGeometry *out) const
{
    // Cards first, then pills (above cards and edges).
    QList<QString> ordered;
    ordered.reserve(ids.size());
    for (const QString &id : ids) {
        if (!id.startsWith(pillPrefix))
            ordered << id;
    }
    for (const QString &id : ids) {
        if (id.startsWith(pillPrefix))
            ordered << id;
    }
    for (const QString &id : std::as_const(ordered))
        addShapes(shapes(id), &out->opaque, &out->blended);
}

void CardLayer::addShapes(const QList<Shape> &list, VertexBuffer *opaque,
                          VertexBuffer *blended) const
{
    const double px = fringe();
    for (const Shape &s : list) {
        // About one segment per three screen pixels of corner.
        const double screenRadius = s.radius * detailScale();
        const int segments
            = screenRadius < 1.5 ? 0 : std::clamp(int(std::ceil(screenRadius / 3)), 1, 4);
        switch (s.kind) {
        case Shape::Fill:
            if (segments == 0)
                opaque->addRect(s.rect, s.color);
            else
                opaque->addRoundedRect(s.rect, s.radius, segments, 0, s.color);
            break;
        case Shape::Flat:
            blended->addRect(s.rect, s.color);
            break;
        case Shape::Outline:
            blended->addPolyline(VertexBuffer::roundedRect(s.rect, s.radius, segments),
                                 std::max(s.width, px), px, s.color, true);
            break;
        case Shape::Soft:
            blended->addRoundedRect(s.rect, s.radius, segments, s.width * px, s.color);
            break;
        case Shape::Shadow: {
            // The outline from the bottom-right corner round to the bottom-left one.
            const QPolygonF outline
                = VertexBuffer::roundedRect(s.rect, s.radius, std::max(segments, 1));
            const qsizetype corner = outline.size() / 4;
            blended->addPolyline(outline.mid(2 * corner, 2 * corner), std::max(s.width, px), px,
                                 s.color);
            break;
        }
        }
    }
}

QList<QString> CardLayer::liftedInView() const
{
    QList<QString> out;
    const QRectF view = viewport();
    const QRectF near = view.isNull() ? QRectF()
                                      : view.adjusted(-view.width() / 4, -view.height() / 4,
                                                      view.width() / 4, view.height() / 4);
    for (const QString &id : m_lifted) {
        if (near.isNull() || near.intersects(m_scene->componentRect(id)))
            out << id;
    }
    for (const QString &id : m_liftedPills) {
        const QRectF pill = m_scene->labelRect(id);
        if (!pill.isNull() && (near.isNull() || near.intersects(pill)))
            out << pillPrefix + id;
    }
    return out;
}

void CardLayer::buildOverlay(VertexBuffer *out) const
{
    // Lifted cards are all blended: the overlay has one node, and they are few.
    for (const QString &id : liftedInView())
        addShapes(shapes(id), out, out);
}

PainterNode::Paint CardLayer::softwarePaint(const QList<QString> &ids) const
{
    QList<Shape> all;
    all.reserve(ids.size() * 4);
    for (const QString &id : ids) {
        if (!id.startsWith(pillPrefix))
            all += shapes(id);
    }
    for (const QString &id : liftedInView())
        all += shapes(id);
    for (const QString &id : ids) {
        if (id.startsWith(pillPrefix))
            all += shapes(id);
    }
    return [all = std::move(all)](QPainter *p) {
        for (const Shape &s : all) {
            p->setRenderHint(QPainter::Antialiasing, s.radius > 0);
            if (s.kind == Shape::Shadow) {
                p->setPen(Qt::NoPen);
                p->setBrush(s.color);
                p->drawRoundedRect(s.rect.adjusted(0, s.width, 0, 0), s.radius, s.radius);
                continue;
            }
            if (s.kind == Shape::Outline) {
                p->setPen(QPen(s.color, s.width));
                p->setBrush(Qt::NoBrush);
            } else {
                p->setPen(Qt::NoPen);
                p->setBrush(s.color);
            }
            if (s.radius > 0)
                p->drawRoundedRect(s.rect, s.radius, s.radius);
            else
                p->drawRect(s.rect);
        }
    };
}

} // namespace mlsd::ui
