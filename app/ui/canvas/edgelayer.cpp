#include "canvas/edgelayer.h"

#include "canvas/selection.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace mlsd::ui {

namespace {

constexpr double lineWidth = 1.5;     ///< screen pixels (scene units from 100 % up)
constexpr double overlayWidth = 2.75; ///< selected, hovered and preview lines
constexpr double dashLength = 6;      ///< feedback dashes, screen pixels
constexpr double gapLength = 4;
/// Below this zoom, where arrowheads are left out too, the connections in tiles are one-pixel
/// hairlines: thousands of them on screen at once, and llvmpipe rasterises a line for a fraction
/// of what the thin triangles of an anti-aliased one cost. Selected ones (the overlay) keep theirs.
constexpr double hairlineZoom = 0.25;
/// More live connections than this stay in their tiles (selecting everything should not put the
/// whole design in one node rebuilt on every change).
constexpr qsizetype maxLive = 3000;

/// Segments to flatten \a path into for about 12 screen pixels each at \a scale (a curve a few
/// pixels long, as in a zoomed-out view, is one or two).
int segmentsFor(const EdgePath &path, double scale)
{
    const double len = QLineF(path.start, path.c1).length() + QLineF(path.c1, path.c2).length()
                       + QLineF(path.c2, path.lineEnd).length();
    return std::clamp(int(std::lround(len * scale / 12)), 1, 24);
}

/// The arrowhead of \a path grown by \a factor around its tip.
QPolygonF scaledArrow(const EdgePath &path, double factor)
{
    QPolygonF arrow = path.arrow;
    for (QPointF &p : arrow)
        p = path.end + (p - path.end) * factor;
    return arrow;
}

} // namespace

EdgeLayer::EdgeLayer(QQuickItem *parent)
    : TiledLayer(1024, parent)
{
    connect(this, &TiledLayer::viewportChanged, this, [this] {
        if (!m_live.isEmpty())
            markOverlayDirty();
    });
}

void EdgeLayer::setScene(CanvasScene *scene)
{
    if (!m_connections.follow(m_scene, scene))
        return;
    if (scene) {
        m_connections << connect(scene, &CanvasScene::reset, this, &EdgeLayer::rebuildAll);
        m_connections << connect(scene, &CanvasScene::sessionChanged, this, &EdgeLayer::rebuildAll);
        m_connections << connect(
            scene, &CanvasScene::edgeAdded, this, [this](const ConnectionId &id) {
                const SceneEdge *e = m_scene->edge(id);
                const Selection *sel = m_scene->selection();
                if (e && sel && m_live.size() < maxLive
                    && (sel->hasComponent(e->from) || sel->hasComponent(e->to)))
                    m_live.insert(id);
                placeEdge(id);
            });
        m_connections << connect(scene, &CanvasScene::edgeRemoved, this,
                                 [this](const ConnectionId &id) {
                                     removeItem(id);
                                     if (m_live.remove(id) || m_selected.contains(id))
                                         markOverlayDirty();
                                 });
        m_connections << connect(scene, &CanvasScene::edgeChanged, this,
                                 [this](const ConnectionId &id, bool geometry) {
                                     if (geometry)
                                         placeEdge(id);
                                     else if (!m_live.contains(id))
                                         markItemDirty(id);
                                     if (m_live.contains(id) || m_selected.contains(id)
                                         || m_scene->hoveredConnection() == id)
                                         markOverlayDirty();
                                 });
        m_connections << connect(scene, &CanvasScene::componentChanged, this,
                                 [this](const ComponentId &id, ComponentFields fields) {
                                     if ((fields & ComponentField::Geometry)
                                         && (id == m_previewFrom || id == m_previewTo))
                                         markOverlayDirty();
                                 });
        m_connections << connect(scene, &CanvasScene::hoveredConnectionChanged, this,
                                 &EdgeLayer::markOverlayDirty);
    }
    rebuildAll();
    emit sceneChanged();
}

void EdgeLayer::rebuildAll()
{
    clearItems();
    disconnect(m_selectionConnection);
    m_selected.clear();
    m_live.clear();
    if (!m_scene)
        return;
    if (Selection *sel = m_scene->selection())
        m_selectionConnection
            = connect(sel, &Selection::changed, this, &EdgeLayer::onSelectionChanged);
    const auto &edges = m_scene->edges();
    for (auto it = edges.cbegin(); it != edges.cend(); ++it)
        placeItem(it.key(), it->bounds);
    onSelectionChanged();
}

void EdgeLayer::placeEdge(const ConnectionId &id)
{
    if (m_live.contains(id)) {
        removeItem(id);
        markOverlayDirty();
    } else if (const SceneEdge *e = m_scene->edge(id)) {
        placeItem(id, e->bounds);
    }
}

void EdgeLayer::onSelectionChanged()
{
    const Selection *sel = m_scene ? m_scene->selection() : nullptr;
    const QStringList now = sel ? sel->connectionIds() : QStringList();
    QSet<QString> live;
    if (sel) {
        for (const QString &c : sel->componentIds()) {
            for (const QString &e : m_scene->edgesOf(c))
                live.insert(e);
        }
    }
    if (live.size() > maxLive)
        live.clear();
    const QSet<QString> before = std::exchange(m_live, live);
    bool changed = now != m_selected || before != m_live;
    m_selected = now;
    for (const QString &id : before) {
        if (!m_live.contains(id))
            placeEdge(id); // back into its tile
    }
    for (const QString &id : std::as_const(m_live)) {
        if (!before.contains(id))
            removeItem(id); // into the overlay
    }
    if (changed)
        markOverlayDirty();
}

void EdgeLayer::setColorMember(QColor *member, const QColor &c)
{
    if (*member == c)
        return;
    *member = c;
    markAllDirty();
    emit colorsChanged();
}

void EdgeLayer::setPreviewFrom(const QString &id)
{
    if (m_previewFrom == id)
        return;
    m_previewFrom = id;
    markOverlayDirty();
    emit previewChanged();
}

void EdgeLayer::setPreviewPoint(QPointF point)
{
    if (m_previewPoint == point)
        return;
    m_previewPoint = point;
    if (!m_previewFrom.isEmpty())
        markOverlayDirty();
    emit previewChanged();
}

void EdgeLayer::setPreviewTo(const QString &id)
{
    if (m_previewTo == id)
        return;
    m_previewTo = id;
    markOverlayDirty();
    emit previewChanged();
}

void EdgeLayer::setPreviewValid(bool valid)
{
    if (m_previewValid == valid)
        return;
    m_previewValid = valid;
    markOverlayDirty();
    emit previewChanged();
}

QColor EdgeLayer::kindColor(ConnectionKind kind) const
{
    switch (kind) {
    case ConnectionKind::Request:
        return m_requestColor;
    case ConnectionKind::Model:
        return m_modelColor;
    case ConnectionKind::Feedback:
        return m_feedbackColor;
    case ConnectionKind::Data:
        break;
    }
    return m_color;
}

void EdgeLayer::addStroke(const Stroke &stroke, VertexBuffer *out) const
{
    const double px = pixel(), aa = fringe();
    const double width = stroke.width * std::max(1.0, px);
    const QPolygonF line = stroke.path.flatten(segmentsFor(stroke.path, detailScale()));
    if (stroke.dashed)
        out->addDashedPolyline(line, width, aa, dashLength * px, gapLength * px, stroke.color);
    else
        out->addPolyline(line, width, aa, stroke.color);
    const double arrowScale = std::clamp(px, 1.0, 2.2);
    if (arrowLength * arrowScale * detailScale() >= 3)
        out->addConvexPolygon(scaledArrow(stroke.path, arrowScale), aa, stroke.color);
}

void EdgeLayer::buildItems(const QList<QString> &ids, LayerGeometry *out) const
{
    if (!m_scene)
        return;
    const bool hairlines = detailScale() < hairlineZoom;
    const double px = pixel();
    for (const QString &id : ids) {
        const SceneEdge *e = m_scene->edge(id);
        if (!e)
            continue;
        const bool dashed = e->kind == ConnectionKind::Feedback;
        if (!hairlines) {
            addStroke({e->path, kindColor(e->kind), lineWidth, dashed}, &out->blended);
            continue;
        }
        const QPolygonF line = e->path.flatten(segmentsFor(e->path, detailScale()));
        if (dashed)
            out->hairlines.addDashedHairline(line, dashLength * px, gapLength * px,
                                             kindColor(e->kind));
        else
            out->hairlines.addHairline(line, kindColor(e->kind));
    }
}

QList<EdgeLayer::Stroke> EdgeLayer::overlayStrokes() const
{
    QList<Stroke> strokes;
    if (!m_scene)
        return strokes;
    // Live connections outside the view are left out; panning rebuilds the overlay.
    const QRectF view = viewport();
    const QRectF near = view.isNull() ? QRectF()
                                      : view.adjusted(-view.width() / 4, -view.height() / 4,
                                                      view.width() / 4, view.height() / 4);
    for (const QString &id : m_live) {
        const SceneEdge *e = m_scene->edge(id);
        if (e && (near.isNull() || near.intersects(e->bounds)))
            strokes.append(
                {e->path, kindColor(e->kind), lineWidth, e->kind == ConnectionKind::Feedback});
    }
    const QString hovered = m_scene->hoveredConnection();
    if (!hovered.isEmpty() && !m_selected.contains(hovered)) {
        if (const SceneEdge *e = m_scene->edge(hovered)) {
            QColor c = m_selectionColor;
            c.setAlphaF(0.55f);
            strokes.append({e->path, c, overlayWidth, false});
        }
    }
    for (const QString &id : m_selected) {
        if (const SceneEdge *e = m_scene->edge(id))
            strokes.append({e->path, m_selectionColor, overlayWidth, false});
    }
    const QRectF from = m_scene->componentRect(m_previewFrom);
    if (!m_previewFrom.isEmpty() && !from.isNull()) {
        const QRectF to = m_scene->componentRect(m_previewTo);
        const bool target = !m_previewTo.isEmpty() && !to.isNull() && m_previewTo != m_previewFrom;
        const EdgePath path
            = target ? edgePath(from, to) : edgePath(from, QRectF(m_previewPoint, QSizeF(0, 0)));
        const bool valid = !target || m_previewValid;
        strokes.append(
            {path, valid ? m_selectionColor : m_invalidColor, overlayWidth, !target || !valid});
    }
    return strokes;
}

void EdgeLayer::buildOverlay(VertexBuffer *out) const
{
    for (const Stroke &s : overlayStrokes())
        addStroke(s, out);
}

PainterNode::Paint EdgeLayer::softwarePaint(const QList<QString> &ids) const
{
    QList<Stroke> strokes;
    strokes.reserve(ids.size());
    if (m_scene) {
        for (const QString &id : ids) {
            if (const SceneEdge *e = m_scene->edge(id))
                strokes.append(
                    {e->path, kindColor(e->kind), lineWidth, e->kind == ConnectionKind::Feedback});
        }
    }
    strokes += overlayStrokes();
    const double zoom = this->zoom();
    return [strokes = std::move(strokes), zoom](QPainter *p) {
        const double arrowScale = std::clamp(1 / zoom, 1.0, 2.2);
        const bool arrows = arrowLength * arrowScale * zoom >= 3;
        for (const Stroke &s : strokes) {
            QPen pen(s.color, s.width * std::max(1.0, zoom));
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::FlatCap);
            if (s.dashed)
                pen.setDashPattern({dashLength / s.width, gapLength / s.width});
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            QPainterPath path(s.path.start);
            path.cubicTo(s.path.c1, s.path.c2, s.path.lineEnd);
            p->drawPath(path);
            if (arrows) {
                p->setPen(Qt::NoPen);
                p->setBrush(s.color);
                p->drawPolygon(scaledArrow(s.path, arrowScale));
            }
        }
    };
}

} // namespace mlsd::ui
