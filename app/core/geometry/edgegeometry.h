#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

namespace mlsd {

/*!
 * The drawn shape of a connection between two component rectangles: a cubic Bézier from the side
 * of the source that faces the target to the facing side of the target, with an arrowhead at the
 * end and a label anchor at the middle. The canvas and the image renderer both draw this shape, so
 * an exported diagram looks like the canvas.
 */
struct EdgePath
{
    QPointF start;
    QPointF c1;
    QPointF c2;
    QPointF end;     ///< the tip of the arrowhead, on the target's border
    QPointF lineEnd; ///< where the line stops (the base of the arrowhead)
    QPointF mid;     ///< the point halfway along the curve (label anchor)
    QPolygonF arrow; ///< the arrowhead triangle (tip, left, right)

    /// The point of the curve at parameter \a t in [0, 1].
    [[nodiscard]] QPointF at(double t) const;
    /// The curve as \a segments + 1 points (start … lineEnd).
    [[nodiscard]] QPolygonF flatten(int segments = 16) const;
    /// A rectangle containing the whole edge (curve, arrow).
    [[nodiscard]] QRectF bounds() const;
};

inline constexpr double arrowLength = 10.0;
inline constexpr double arrowHalfWidth = 5.0;

/// The path of an edge from rectangle \a from to rectangle \a to.
[[nodiscard]] EdgePath edgePath(const QRectF &from, const QRectF &to);

/// Distance from \a p to the polyline \a line.
[[nodiscard]] double distanceToPolyline(const QPointF &p, const QPolygonF &line);

} // namespace mlsd
