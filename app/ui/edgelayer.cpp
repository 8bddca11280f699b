#include "edgelayer.h"

#include "selection.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace mlsd::ui {

namespace {

constexpr double lineWidth = 1.5;      ///< screen pixels (scene units from 100 % up)
constexpr double overlayWidth = 2.75;  ///< selected, hovered and preview lines
constexpr double dashLength = 6;       ///< feedback dashes, screen pixels
constexpr double gapLength = 4;

/// Segments to flatten \a path into for about 8 screen pixels each at \a scale.
int segmentsFor(const EdgePath &path, double scale)
{
    const double len = QLineF(path.start, path.c1).length() + QLineF(path.c1, path.c2).length()
                       + QLineF(path.c2, path.lineEnd).length();
    return std::clamp(int(std::ceil(len * scale / 8)), 3, 32);
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
{}

void EdgeLayer::setScene(CanvasScene *scene)
{
    if (m_scene == scene)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_scene = scene;
    if (scene) {
        m_connections << connect(scene, &CanvasScene::reset, this, &EdgeLayer::rebuildAll);
        m_connections << connect(scene, &CanvasScene::sessionChanged, this, &EdgeLayer::rebuildAll);
        m_connections << connect(scene, &CanvasScene::edgeAdded, this, [this](const ConnectionId &id) {
            if (const SceneEdge *e = m_scene->edge(id))
                placeItem(id, e->bounds);
        });
        m_connections << connect(scene, &CanvasScene::edgeRemoved, this, [this](const ConnectionId &id) {
            removeItem(id);
            if (m_selected.contains(id))
                markOverlayDirty();
        });
        m_connections << connect(scene, &CanvasScene::edgeChanged, this,
                                 [this](const ConnectionId &id, bool geometry) {
                                     const SceneEdge *e = m_scene->edge(id);
                                     if (!e)
                                         return;
                                     if (geometry)
                                         placeItem(id, e->bounds);
                                     else
                                         markItemDirty(id);
                                     if (m_selected.contains(id) || m_scene->hoveredConnection() == id)
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
    if (!m_scene)
        return;
    if (Selection *sel = m_scene->selection()) {
        m_selectionConnection = connect(sel, &Selection::changed, this, &EdgeLayer::onSelectionChanged);
        m_selected = sel->connectionIds();
    }
    const auto &edges = m_scene->edges();
    for (auto it = edges.cbegin(); it != edges.cend(); ++it)
        placeItem(it.key(), it->bounds);
}

void EdgeLayer::onSelectionChanged()
{
    const QStringList now = m_scene && m_scene->selection() ? m_scene->selection()->connectionIds()
                                                            : QStringList();
    if (now != m_selected) {
        m_selected = now;
        markOverlayDirty();
    }
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
    const double px = pixel();
    const double width = stroke.width * std::max(1.0, px);
    const QPolygonF line = stroke.path.flatten(segmentsFor(stroke.path, detailScale()));
    if (stroke.dashed)
        out->addDashedPolyline(line, width, px, dashLength * px, gapLength * px, stroke.color);
    else
        out->addPolyline(line, width, px, stroke.color);
    const double arrowScale = std::clamp(px, 1.0, 2.2);
    if (arrowLength * arrowScale * detailScale() >= 3) {
        // The line stops at the arrow's base; overlap it a little so no seam shows.
        out->addConvexPolygon(scaledArrow(stroke.path, arrowScale), px, stroke.color);
    }
}

void EdgeLayer::buildItems(const QList<QString> &ids, VertexBuffer *out) const
{
    if (!m_scene)
        return;
    for (const QString &id : ids) {
        if (const SceneEdge *e = m_scene->edge(id))
            addStroke({e->path, kindColor(e->kind), lineWidth, e->kind == ConnectionKind::Feedback}, out);
    }
}

QList<EdgeLayer::Stroke> EdgeLayer::overlayStrokes() const
{
    QList<Stroke> strokes;
    if (!m_scene)
        return strokes;
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
        const EdgePath path = target ? edgePath(from, to) : edgePath(from, QRectF(m_previewPoint, QSizeF(0, 0)));
        const bool valid = !target || m_previewValid;
        strokes.append({path, valid ? m_selectionColor : m_invalidColor, overlayWidth, !target || !valid});
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
                strokes.append({e->path, kindColor(e->kind), lineWidth, e->kind == ConnectionKind::Feedback});
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
