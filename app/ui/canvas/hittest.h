#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVariantMap>

namespace mlsd::ui {

class CanvasScene;

/// What lies under a point of the canvas.
struct Hit
{
    enum Kind {
        None,
        Handle, ///< a connection handle of component `id` (`side`)
        Component,
        Connection,
        ZoneHandle, ///< a resize handle (`handle`, 0–7 clockwise from the top-left) of a selected
                    ///< zone
        ZoneTitle,  ///< a zone's title strip or border: it drags the zone
        Zone,       ///< a zone's body
    };
    Kind kind = None;
    QString id;
    QString side;    ///< "left", "right", "top" or "bottom" (Handle)
    int handle = -1; ///< ZoneHandle

    /// As QML sees it: `kind` (lower-camel-case name of the kind), `id`, `side`, `handle`.
    [[nodiscard]] QVariantMap toMap() const;
    /// The cursor shape (Qt::CursorShape) that says what a press here does.
    [[nodiscard]] int cursor() const;
};

/*!
 * Hit-testing of the canvas, through the scene's spatial indexes. At \a point (scene
 * coordinates), with tolerances in screen pixels at \a zoom, first matching: resize handles of
 * selected zones, connection handles (not below 30 % zoom, where they are not drawn), components,
 * connections, zones.
 */
[[nodiscard]] Hit hitTest(const CanvasScene &scene, QPointF point, double zoom);

/// Below this zoom connection handles are neither drawn nor hit.
inline constexpr double handleZoomFloor = 0.3;

/// Where the connection handle on \a side of \a rect is.
[[nodiscard]] QPointF handlePoint(const QRectF &rect, const QString &side);
/// Where resize handle \a handle (0–7 clockwise from the top-left corner) of \a rect is.
[[nodiscard]] QPointF zoneHandlePoint(const QRectF &rect, int handle);

} // namespace mlsd::ui
