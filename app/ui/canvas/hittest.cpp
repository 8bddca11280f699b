#include "canvas/hittest.h"

#include "canvas/canvasscene.h"
#include "canvas/selection.h"

#include <cmath>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr double handleRadius = 8;     ///< screen pixels around a handle that grab it
constexpr double maxHandleGrab = 18;   ///< scene units: handles never swallow a small card
constexpr double edgeTolerance = 6;    ///< screen pixels around a connection that select it
constexpr double zoneTitleHeight = 32; ///< scene units: the strip of a zone that drags it
constexpr double zoneBorderGrab = 5;   ///< screen pixels around a zone's border that drag it

const QString sides[] = {u"left"_s, u"right"_s, u"top"_s, u"bottom"_s};

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

QPointF handlePoint(const QRectF &r, const QString &side)
{
    if (side == u"left")
        return {r.left(), r.center().y()};
    if (side == u"right")
        return {r.right(), r.center().y()};
    if (side == u"top")
        return {r.center().x(), r.top()};
    return {r.center().x(), r.bottom()};
}

QPointF zoneHandlePoint(const QRectF &r, int h)
{
    switch (h) {
    case 0:
        return r.topLeft();
    case 1:
        return {r.center().x(), r.top()};
    case 2:
        return r.topRight();
    case 3:
        return {r.right(), r.center().y()};
    case 4:
        return r.bottomRight();
    case 5:
        return {r.center().x(), r.bottom()};
    case 6:
        return r.bottomLeft();
    default:
        return {r.left(), r.center().y()};
    }
}

Hit hitTest(const CanvasScene &scene, QPointF point, double zoom)
{
    const double pixel = 1 / zoom;
    if (const Selection *sel = scene.selection()) {
        // Resize handles of selected zones come first: the user picked that zone on purpose.
        for (const QString &z : sel->zoneIds()) {
            const QRectF r = scene.zoneRect(z);
            for (int h = 0; h < 8; ++h) {
                if (distance(point, zoneHandlePoint(r, h)) <= handleRadius * pixel)
                    return {Hit::ZoneHandle, z, {}, h};
            }
        }
    }
    if (zoom >= handleZoomFloor) {
        const double grab = std::min(handleRadius * pixel, maxHandleGrab);
        Hit best{Hit::None, {}, {}, -1};
        double bestDistance = grab;
        for (const QString &id : scene.componentIndex().queryPoint(point, grab)) {
            const QRectF r = scene.componentRect(id);
            for (const QString &side : sides) {
                const double d = distance(point, handlePoint(r, side));
                if (d <= bestDistance) {
                    best = {Hit::Handle, id, side, -1};
                    bestDistance = d;
                }
            }
        }
        if (best.kind != Hit::None)
            return best;
    }
    if (const QString c = scene.componentAt(point); !c.isEmpty())
        return {Hit::Component, c, {}, -1};
    if (const QString c = scene.connectionAt(point, edgeTolerance * pixel); !c.isEmpty())
        return {Hit::Connection, c, {}, -1};
    if (const QString z = scene.zoneAt(point); !z.isEmpty()) {
        const QRectF r = scene.zoneRect(z);
        const double grab = zoneBorderGrab * pixel;
        const bool onTitle = point.y() - r.top() <= std::max(zoneTitleHeight, grab);
        const bool onBorder = point.x() - r.left() <= grab || r.right() - point.x() <= grab
                              || r.bottom() - point.y() <= grab;
        return {onTitle || onBorder ? Hit::ZoneTitle : Hit::Zone, z, {}, -1};
    }
    return {};
}

QVariantMap Hit::toMap() const
{
    static const QString names[]
        = {u"none"_s,       u"handle"_s,    u"component"_s, u"connection"_s,
           u"zoneHandle"_s, u"zoneTitle"_s, u"zone"_s};
    QVariantMap map{{u"kind"_s, names[kind]}, {u"id"_s, id}};
    if (kind == Handle)
        map.insert(u"side"_s, side);
    if (kind == ZoneHandle)
        map.insert(u"handle"_s, handle);
    return map;
}

int Hit::cursor() const
{
    switch (kind) {
    case Handle:
        return Qt::CrossCursor;
    case Connection:
        return Qt::PointingHandCursor;
    case ZoneTitle:
        return Qt::SizeAllCursor;
    case ZoneHandle: {
        static const int shapes[8]
            = {Qt::SizeFDiagCursor, Qt::SizeVerCursor, Qt::SizeBDiagCursor, Qt::SizeHorCursor,
               Qt::SizeFDiagCursor, Qt::SizeVerCursor, Qt::SizeBDiagCursor, Qt::SizeHorCursor};
        return shapes[handle & 7];
    }
    case None:
    case Component:
    case Zone:
        break;
    }
    return Qt::ArrowCursor;
}

} // namespace mlsd::ui
