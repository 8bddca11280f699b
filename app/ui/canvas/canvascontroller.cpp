#include "canvas/canvascontroller.h"

#include "canvas/hittest.h"
#include "canvas/selection.h"
#include "canvas/snapping.h"

#include <QLineF>

#include <cmath>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr double dragThreshold = 4; ///< screen pixels before a press becomes a drag
constexpr double snapThreshold = 6; ///< screen pixels within which boxes align
constexpr QSizeF minZoneSize{120, 80};
constexpr QSizeF defaultZoneSize{480, 280};
constexpr int maxAlignmentCandidates = 800;

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QRectF spanned(QPointF a, QPointF b)
{
    return QRectF(a, b).normalized();
}

} // namespace

CanvasController::CanvasController(QObject *parent)
    : QObject(parent)
{}

void CanvasController::setScene(CanvasScene *scene)
{
    if (m_scene == scene)
        return;
    cancel();
    m_connections.follow(m_scene, scene);
    if (scene) {
        auto rectsChanged = [this] {
            emit handleRectsChanged();
        };
        m_connections << connect(scene, &CanvasScene::hoveredComponentChanged, this, rectsChanged);
        m_connections << connect(scene, &CanvasScene::reset, this, [this] {
            cancel();
            emit handleRectsChanged();
        });
        m_connections << connect(scene, &CanvasScene::componentChanged, this,
                                 [this](const ComponentId &id, ComponentFields fields) {
                                     if (!(fields & ComponentField::Geometry))
                                         return;
                                     const Selection *sel = m_scene->selection();
                                     if (id == m_scene->hoveredComponent()
                                         || (sel && id == sel->currentComponent()))
                                         emit handleRectsChanged();
                                 });
        m_connections << connect(
            scene, &CanvasScene::componentRemoved, this, [this](const ComponentId &id) {
                if (id == m_pressId || m_movingComponents.contains(id) || id == m_connectFrom)
                    cancel();
            });
        auto followSelection = [this, rectsChanged] {
            if (Selection *sel = m_scene->selection())
                m_connections << connect(sel, &Selection::changed, this, rectsChanged);
        };
        m_connections << connect(scene, &CanvasScene::sessionChanged, this, followSelection);
        followSelection();
    }
    emit sceneChanged();
    emit handleRectsChanged();
}

void CanvasController::setZoom(qreal zoom)
{
    if (qFuzzyCompare(m_zoom, zoom) || !(zoom > 0))
        return;
    m_zoom = zoom;
    emit zoomChanged();
}

QString CanvasController::gesture() const
{
    switch (m_gesture) {
    case Gesture::Move:
        return u"move"_s;
    case Gesture::Connect:
        return u"connect"_s;
    case Gesture::Band:
        return u"band"_s;
    case Gesture::ZoneDraw:
        return u"zoneDraw"_s;
    case Gesture::ZoneResize:
        return u"zoneResize"_s;
    case Gesture::None:
    case Gesture::PendingMove:
    case Gesture::PendingBand:
        break;
    }
    return {};
}

QVariantList CanvasController::guides() const
{
    QVariantList out;
    for (const QLineF &l : m_guides)
        out << QRectF(l.p1(), l.p2()).normalized();
    return out;
}

QRectF CanvasController::hoverRect() const
{
    if (!m_scene || m_zoom < handleZoomFloor)
        return {};
    return m_scene->componentRect(m_scene->hoveredComponent());
}

QRectF CanvasController::focusRect() const
{
    const Selection *sel = m_scene ? m_scene->selection() : nullptr;
    if (!sel || m_zoom < handleZoomFloor)
        return {};
    return m_scene->componentRect(sel->currentComponent());
}

QVariantMap CanvasController::hitTest(QPointF point) const
{
    return m_scene ? ui::hitTest(*m_scene, point, m_zoom).toMap() : Hit().toMap();
}

int CanvasController::cursorFor(const Hit &hit) const
{
    return m_tool == u"zone" ? int(Qt::CrossCursor) : hit.cursor();
}

void CanvasController::setCursor(int shape)
{
    if (m_cursor == shape)
        return;
    m_cursor = shape;
    emit cursorShapeChanged();
}

void CanvasController::hover(QPointF point)
{
    if (!m_scene || m_gesture != Gesture::None)
        return;
    const Hit hit = ui::hitTest(*m_scene, point, m_zoom);
    const bool onComponent = hit.kind == Hit::Component || hit.kind == Hit::Handle;
    m_scene->setHoveredComponent(onComponent ? hit.id : QString());
    m_scene->setHoveredConnection(hit.kind == Hit::Connection ? hit.id : QString());
    setCursor(cursorFor(hit));
}

void CanvasController::leave()
{
    if (!m_scene || m_gesture != Gesture::None)
        return;
    m_scene->setHoveredComponent({});
    m_scene->setHoveredConnection({});
}

void CanvasController::setGesture(Gesture g)
{
    const QString before = gesture();
    m_gesture = g;
    if (gesture() != before)
        emit gestureChanged();
}

void CanvasController::press(QPointF point, int modifiers)
{
    if (!m_scene || !document())
        return;
    if (m_gesture != Gesture::None)
        cancel();
    const bool additive = modifiers & Qt::ShiftModifier;
    m_anchor = point;
    m_pressKind = Hit::None;
    m_pressId.clear();
    m_collapseOnClick = false;
    m_gestureEdited = false;
    if (m_tool == u"zone") {
        m_zoneDraft = spanned(point, point);
        setGesture(Gesture::ZoneDraw);
        emit zoneDraftChanged();
        return;
    }
    const Hit hit = ui::hitTest(*m_scene, point, m_zoom);
    m_pressKind = hit.kind;
    m_pressId = hit.id;
    Selection *sel = m_scene->selection();
    if (hit.kind == Hit::Handle) {
        setGesture(Gesture::Connect);
        m_scene->setHoveredConnection({});
        setConnect(hit.id, {}, point, true);
    } else if (hit.kind == Hit::Component || hit.kind == Hit::ZoneTitle) {
        pressComponentOrZone(hit.kind == Hit::ZoneTitle, hit.id, additive);
    } else if (hit.kind == Hit::Connection) {
        sel->selectConnection(hit.id, additive);
    } else if (hit.kind == Hit::ZoneHandle) {
        m_zoneHandle = hit.handle;
        m_zoneStart = m_scene->zoneRect(hit.id);
        setGesture(Gesture::ZoneResize);
    } else {
        // Empty canvas or a zone's body: a click selects (the zone) or clears, a drag bands.
        m_bandBase = additive ? sel->componentIds() : QStringList();
        setGesture(Gesture::PendingBand);
    }
    setCursor(cursorFor(hit));
}

void CanvasController::pressComponentOrZone(bool isZone, const QString &id, bool additive)
{
    Selection *sel = m_scene->selection();
    const bool selected = isZone ? sel->hasZone(id) : sel->hasComponent(id);
    if (additive) {
        if (isZone)
            sel->selectZone(id, true);
        else
            sel->selectComponent(id, true);
        if (selected) // toggled off: nothing to drag
            return;
    } else if (!selected) {
        if (isZone)
            sel->selectZone(id);
        else
            sel->selectComponent(id);
    } else {
        m_collapseOnClick = sel->count() > 1;
    }
    setGesture(Gesture::PendingMove);
}

void CanvasController::move(QPointF point, int modifiers)
{
    const bool snap = !(modifiers & Qt::AltModifier);
    const bool dragged = distance(point, m_anchor) >= pixels(dragThreshold);
    switch (m_gesture) {
    case Gesture::None:
        hover(point);
        return;
    case Gesture::PendingMove:
        if (!dragged)
            return;
        startMove();
        [[fallthrough]];
    case Gesture::Move:
        updateMove(point, snap);
        return;
    case Gesture::PendingBand:
        if (!dragged)
            return;
        setGesture(Gesture::Band);
        [[fallthrough]];
    case Gesture::Band:
        updateBand(point);
        return;
    case Gesture::Connect:
        updateConnect(point);
        return;
    case Gesture::ZoneDraw: {
        const QPointF a(snapToGrid(m_anchor.x(), snap ? m_grid : 0),
                        snapToGrid(m_anchor.y(), snap ? m_grid : 0));
        const QPointF b(snapToGrid(point.x(), snap ? m_grid : 0),
                        snapToGrid(point.y(), snap ? m_grid : 0));
        m_zoneDraft = spanned(a, b);
        emit zoneDraftChanged();
        return;
    }
    case Gesture::ZoneResize:
        updateZoneResize(point, snap);
        return;
    }
}

void CanvasController::release(QPointF point, int modifiers)
{
    Selection *sel = m_scene ? m_scene->selection() : nullptr;
    if (!sel)
        return;
    const Gesture g = m_gesture;
    setGesture(Gesture::None);
    switch (g) {
    case Gesture::None:
        break;
    case Gesture::PendingMove:
        if (m_collapseOnClick) {
            if (m_pressKind == Hit::Component)
                sel->selectComponent(m_pressId);
            else
                sel->selectZone(m_pressId);
        }
        break;
    case Gesture::Move:
        finishMove();
        break;
    case Gesture::PendingBand:
        if (m_pressKind == Hit::Zone)
            sel->selectZone(m_pressId, modifiers & Qt::ShiftModifier);
        else if (!(modifiers & Qt::ShiftModifier))
            sel->clear();
        break;
    case Gesture::Band:
        m_band = QRectF();
        emit rubberBandChanged();
        break;
    case Gesture::Connect:
        updateConnect(point);
        finishConnect();
        break;
    case Gesture::ZoneDraw:
        finishZoneDraw(point);
        break;
    case Gesture::ZoneResize:
        document()->sealMerge();
        break;
    }
    m_gestureEdited = false;
    hover(point);
}

void CanvasController::cancel()
{
    const Gesture g = m_gesture;
    setGesture(Gesture::None);
    Document *doc = document();
    if (m_macroOpen && doc) {
        doc->endMacro();
        m_macroOpen = false;
    }
    if (m_gestureEdited && doc && (g == Gesture::Move || g == Gesture::ZoneResize)) {
        doc->sealMerge();
        doc->undoStack()->undo();
    }
    m_gestureEdited = false;
    m_movingComponents.clear();
    m_movingZones.clear();
    if (!m_band.isNull()) {
        m_band = QRectF();
        emit rubberBandChanged();
    }
    if (!m_zoneDraft.isNull()) {
        m_zoneDraft = QRectF();
        emit zoneDraftChanged();
    }
    setGuides({});
    setConnect({}, {}, {}, true);
}

// ---- Moving ----

void CanvasController::startMove()
{
    const Document *doc = document();
    const Selection *sel = m_scene->selection();
    m_movingComponents.clear();
    m_movingZones.clear();
    m_movingBox = QRectF();
    for (const QString &z : sel->zoneIds()) {
        if (const Zone *zone = doc->design().zone(z)) {
            m_movingZones.insert(z, zone->rect());
            m_movingBox = m_movingBox.isNull() ? zone->rect() : m_movingBox.united(zone->rect());
        }
    }
    for (const QString &id : sel->componentIds()) {
        const Component *c = doc->design().component(id);
        if (!c || m_movingZones.contains(c->zone)) // carried by its zone
            continue;
        m_movingComponents.insert(id, c->rect());
        m_movingBox = m_movingBox.isNull() ? c->rect() : m_movingBox.united(c->rect());
    }
    m_applied = QPointF();
    setGesture(Gesture::Move);
    setCursor(Qt::SizeAllCursor);
}

void CanvasController::updateMove(QPointF point, bool snap)
{
    Document *doc = document();
    if (m_movingComponents.isEmpty() && m_movingZones.isEmpty())
        return;
    QList<QRectF> others;
    if (snap && !m_viewport.isNull()) {
        const QList<QString> near = m_scene->componentIndex().query(m_viewport);
        if (near.size() <= maxAlignmentCandidates) {
            for (const QString &id : near) {
                const Component *c = doc->design().component(id);
                if (c && !m_movingComponents.contains(id) && !m_movingZones.contains(c->zone))
                    others << c->rect();
            }
        }
    }
    const SnapResult snapped
        = snapMove(m_movingBox, point - m_anchor, others, pixels(snapThreshold), snap ? m_grid : 0);
    setGuides(snapped.guides);
    const QPointF step = snapped.delta - m_applied;
    if (step.isNull())
        return;
    if (!m_macroOpen) {
        doc->sealMerge();
        doc->beginMacro(m_movingComponents.size() + m_movingZones.size() == 1
                                && !m_movingZones.isEmpty()
                            ? tr("Move zone")
                            : tr("Move %n item(s)", nullptr,
                                 int(m_movingComponents.size() + m_movingZones.size())));
        m_macroOpen = true;
    }
    m_gestureEdited = true;
    if (!m_movingComponents.isEmpty())
        doc->moveComponents(m_movingComponents.keys(), step);
    for (auto it = m_movingZones.cbegin(); it != m_movingZones.cend(); ++it)
        doc->moveZone(it.key(), step);
    m_applied = snapped.delta;
}

void CanvasController::finishMove()
{
    Document *doc = document();
    setGuides({});
    if (m_macroOpen) {
        // Components dropped into a zone join it; dragged out of one they leave it.
        QHash<QString, QStringList> byZone;
        for (auto it = m_movingComponents.cbegin(); it != m_movingComponents.cend(); ++it) {
            const Component *c = doc->design().component(it.key());
            if (!c)
                continue;
            const QString zone = m_scene->innermostZoneAt(c->center());
            if (zone != c->zone)
                byZone[zone] << c->id;
        }
        for (auto it = byZone.cbegin(); it != byZone.cend(); ++it)
            doc->setComponentsZone(it.value(), it.key());
        doc->endMacro();
        m_macroOpen = false;
    }
    doc->sealMerge();
    m_movingComponents.clear();
    m_movingZones.clear();
}

void CanvasController::setGuides(const QList<QLineF> &guides)
{
    if (m_guides == guides)
        return;
    m_guides = guides;
    emit guidesChanged();
}

// ---- Rubber band ----

void CanvasController::updateBand(QPointF point)
{
    m_band = spanned(m_anchor, point);
    emit rubberBandChanged();
    QStringList ids = m_bandBase;
    for (const QString &id : m_scene->componentsIn(m_band)) {
        if (!ids.contains(id))
            ids << id;
    }
    Selection *sel = m_scene->selection();
    if (ids != sel->componentIds() || !sel->connectionIds().isEmpty() || !sel->zoneIds().isEmpty())
        sel->setComponents(ids);
}

// ---- Connecting ----

void CanvasController::setConnect(const QString &from, const QString &to, QPointF point, bool valid)
{
    if (m_connectFrom == from && m_connectTo == to && m_connectPoint == point
        && m_connectValid == valid)
        return;
    m_connectFrom = from;
    m_connectTo = to;
    m_connectPoint = point;
    m_connectValid = valid;
    emit connectChanged();
}

void CanvasController::updateConnect(QPointF point)
{
    QString target = m_scene->componentAt(point);
    if (target == m_connectFrom && !m_connectFrom.isEmpty()) {
        // Over its own source: no target yet, unless it is a deliberate self-loop attempt.
        target = m_scene->componentRect(m_connectFrom).contains(point)
                         && distance(point, m_anchor) > pixels(24)
                     ? target
                     : QString();
    }
    const bool valid = target.isEmpty() || document()->canConnect(m_connectFrom, target);
    m_scene->setHoveredComponent(target);
    setConnect(m_connectFrom, target, point, valid);
}

void CanvasController::finishConnect()
{
    const QString from = m_connectFrom, to = m_connectTo;
    setConnect({}, {}, {}, true);
    if (to.isEmpty())
        return;
    Document *doc = document();
    if (to == from) {
        emit refused(tr("A component cannot connect to itself."));
        return;
    }
    if (!doc->canConnect(from, to)) {
        emit refused(tr("These components are already connected."));
        return;
    }
    const QString id = doc->connectComponents(from, to);
    doc->sealMerge();
    if (!id.isEmpty())
        emit connectionCreated(id);
}

// ---- Zones ----

void CanvasController::finishZoneDraw(QPointF point)
{
    Document *doc = document();
    QRectF r = m_zoneDraft;
    m_zoneDraft = QRectF();
    emit zoneDraftChanged();
    if (distance(point, m_anchor) < pixels(dragThreshold) || r.width() < minZoneSize.width() / 4
        || r.height() < minZoneSize.height() / 4) {
        // A click: a zone of the default size there.
        r = QRectF(QPointF(snapToGrid(m_anchor.x(), m_grid), snapToGrid(m_anchor.y(), m_grid)),
                   defaultZoneSize);
    }
    r.setSize(r.size().expandedTo(minZoneSize));
    Zone zone;
    zone.label = tr("New zone");
    zone.x = r.x();
    zone.y = r.y();
    zone.width = r.width();
    zone.height = r.height();
    // Components inside the new frame join it (one undo step with the zone).
    QStringList inside;
    for (const QString &id : m_scene->componentsIn(r)) {
        if (r.contains(m_scene->componentRect(id)))
            inside << id;
    }
    doc->sealMerge();
    doc->beginMacro(tr("Add zone"));
    const QString id = doc->addZone(zone);
    if (!inside.isEmpty())
        doc->setComponentsZone(inside, id);
    doc->endMacro();
    doc->sealMerge();
    m_scene->selection()->selectZone(id);
    emit zoneCreated(id);
}

void CanvasController::updateZoneResize(QPointF point, bool snap)
{
    const QPointF d = point - m_anchor;
    const double g = snap ? m_grid : 0;
    double left = m_zoneStart.left(), right = m_zoneStart.right();
    double top = m_zoneStart.top(), bottom = m_zoneStart.bottom();
    const int h = m_zoneHandle;
    if (h == 0 || h == 6 || h == 7)
        left = std::min(snapToGrid(left + d.x(), g), right - minZoneSize.width());
    if (h == 2 || h == 3 || h == 4)
        right = std::max(snapToGrid(right + d.x(), g), left + minZoneSize.width());
    if (h == 0 || h == 1 || h == 2)
        top = std::min(snapToGrid(top + d.y(), g), bottom - minZoneSize.height());
    if (h == 4 || h == 5 || h == 6)
        bottom = std::max(snapToGrid(bottom + d.y(), g), top + minZoneSize.height());
    const QRectF r(QPointF(left, top), QPointF(right, bottom));
    if (r == m_scene->zoneRect(m_pressId))
        return;
    if (!m_gestureEdited)
        document()->sealMerge();
    m_gestureEdited = true;
    document()->setZoneGeometry(m_pressId, r);
}

} // namespace mlsd::ui
