#include "canvas/zonelayer.h"

#include "canvas/selection.h"

#include <QPainter>

#include <algorithm>

#include <cmath>

namespace mlsd::ui {

namespace {

constexpr double zoneRadius = 12;

} // namespace

ZoneLayer::ZoneLayer(QQuickItem *parent)
    : TiledLayer(4096, parent)
{}

void ZoneLayer::setScene(CanvasScene *scene)
{
    if (!m_connections.follow(m_scene, scene))
        return;
    if (scene) {
        auto on = [this, scene](auto signal, auto slot) {
            m_connections << connect(scene, signal, this, slot);
        };
        on(&CanvasScene::reset, [this] { rebuildAll(); });
        on(&CanvasScene::sessionChanged, [this] { rebuildAll(); });
        on(&CanvasScene::zoneAdded,
           [this](const ZoneId &id) { placeItem(id, m_scene->zoneRect(id)); });
        on(&CanvasScene::zoneRemoved, [this](const ZoneId &id) { removeItem(id); });
        on(&CanvasScene::zoneChanged, [this](const ZoneId &id, ZoneFields fields) {
            if (fields & ZoneField::Geometry)
                placeItem(id, m_scene->zoneRect(id));
            else if (fields & ZoneField::Kind)
                markItemDirty(id);
        });
    }
    rebuildAll();
    emit sceneChanged();
}

void ZoneLayer::rebuildAll()
{
    clearItems();
    disconnect(m_selectionConnection);
    m_selected.clear();
    if (!m_scene || !m_scene->document())
        return;
    if (Selection *sel = m_scene->selection()) {
        m_selectionConnection = connect(sel, &Selection::changed, this, [this] {
            const QStringList now = m_scene->selection()->zoneIds();
            for (const QString &id : std::as_const(m_selected)) {
                if (!now.contains(id))
                    markItemDirty(id);
            }
            for (const QString &id : now) {
                if (!m_selected.contains(id))
                    markItemDirty(id);
            }
            m_selected = now;
        });
        m_selected = sel->zoneIds();
    }
    for (const Zone &z : m_scene->document()->design().zones())
        placeItem(z.id, z.rect());
}

void ZoneLayer::colorsUpdated()
{
    markAllDirty();
    emit colorsChanged();
}

void ZoneLayer::setFills(const QVariantMap &fills)
{
    if (m_fills != fills) {
        m_fills = fills;
        colorsUpdated();
    }
}

void ZoneLayer::setBorders(const QVariantMap &borders)
{
    if (m_borders != borders) {
        m_borders = borders;
        colorsUpdated();
    }
}

void ZoneLayer::setFill(const QColor &c)
{
    if (m_fill != c) {
        m_fill = c;
        colorsUpdated();
    }
}

void ZoneLayer::setBorder(const QColor &c)
{
    if (m_border != c) {
        m_border = c;
        colorsUpdated();
    }
}

void ZoneLayer::setBackground(const QColor &c)
{
    if (m_background != c) {
        m_background = c;
        colorsUpdated();
    }
}

void ZoneLayer::setSelectionColor(const QColor &c)
{
    if (m_selectionColor != c) {
        m_selectionColor = c;
        colorsUpdated();
    }
}

QList<ZoneLayer::Frame> ZoneLayer::frames(const QList<QString> &ids) const
{
    QList<Frame> out;
    if (!m_scene || !m_scene->document())
        return out;
    const Design &d = m_scene->document()->design();
    // Larger zones first, so nested ones show on top.
    QList<const Zone *> zones;
    for (const QString &id : ids) {
        if (const Zone *z = d.zone(id))
            zones << z;
    }
    std::sort(zones.begin(), zones.end(), [](const Zone *a, const Zone *b) {
        return a->width * a->height > b->width * b->height;
    });
    for (const Zone *z : std::as_const(zones)) {
        const bool selected = m_selected.contains(z->id);
        const QVariant fill = m_fills.value(z->kind), border = m_borders.value(z->kind);
        const QColor tint = fill.isValid() ? fill.value<QColor>() : m_fill;
        const bool overlaps
            = std::any_of(d.zones().cbegin(), d.zones().cend(), [z](const Zone &other) {
                  return other.id != z->id && other.rect().intersects(z->rect());
              });
        out.append(
            {z->rect(), VertexBuffer::over(tint, m_background), tint,
             selected ? m_selectionColor : (border.isValid() ? border.value<QColor>() : m_border),
             (selected ? 2.0 : 1.0) * std::max(1.0, pixel()), overlaps});
    }
    return out;
}

void ZoneLayer::buildItems(const QList<QString> &ids, LayerGeometry *out) const
{
    const double px = fringe();
    const int segments = std::clamp(int(std::ceil(zoneRadius * detailScale() / 2)), 1, 8);
    for (const Frame &f : frames(ids)) {
        const double b = f.borderWidth;
        // Opaque shapes of a tile share one depth: overlapping zones are drawn blended, in order.
        if (f.overlaps)
            out->blended.addRoundedRect(f.rect.adjusted(b, b, -b, -b), zoneRadius - b, segments, 0,
                                        f.tint);
        else
            out->opaque.addRoundedRect(f.rect.adjusted(b, b, -b, -b), zoneRadius - b, segments, 0,
                                       f.fill);
        out->blended.addPolyline(
            VertexBuffer::roundedRect(f.rect.adjusted(b / 2, b / 2, -b / 2, -b / 2),
                                      zoneRadius - b / 2, segments),
            b, px, f.border, true);
    }
}

PainterNode::Paint ZoneLayer::softwarePaint(const QList<QString> &ids) const
{
    return [frames = frames(ids)](QPainter *p) {
        for (const Frame &f : frames) {
            const double b = f.borderWidth;
            p->setPen(QPen(f.border, b));
            p->setBrush(f.overlaps ? f.tint : f.fill);
            p->drawRoundedRect(f.rect.adjusted(b / 2, b / 2, -b / 2, -b / 2), zoneRadius,
                               zoneRadius);
        }
    };
}

} // namespace mlsd::ui
