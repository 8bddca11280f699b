#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace mlsd::ui {

/// Where a dragged box ends up and the alignment guides to show.
struct SnapResult
{
    QPointF delta;        ///< the delta to apply instead of the raw one
    QList<QLineF> guides; ///< alignment lines (scene coordinates) that the box snapped to
};

/*!
 * Snaps a box being dragged. \a moving is the box at its start position, \a rawDelta how far the
 * pointer moved it. Its left, centre and right edges (and top, middle, bottom) snap to the same
 * lines of any box in \a others closer than \a threshold (scene units), and each such alignment
 * yields a guide spanning the boxes aligned; on an axis without an alignment, the box's top-left
 * corner snaps to the grid of \a grid units (0: no grid).
 */
[[nodiscard]] SnapResult snapMove(const QRectF &moving, QPointF rawDelta,
                                  const QList<QRectF> &others, double threshold, double grid);

/// \a value rounded to the nearest multiple of \a grid (\a value itself when \a grid is 0).
[[nodiscard]] double snapToGrid(double value, double grid);

} // namespace mlsd::ui
