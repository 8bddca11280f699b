#include "canvas/snapping.h"

#include <array>
#include <cmath>
#include <limits>

namespace mlsd::ui {

namespace {

/// The three lines of \a r along one axis: start, centre, end.
std::array<double, 3> linesOf(const QRectF &r, bool vertical)
{
    return vertical ? std::array<double, 3>{r.left(), r.center().x(), r.right()}
                    : std::array<double, 3>{r.top(), r.center().y(), r.bottom()};
}

struct AxisSnap
{
    double shift = 0;
    double line = 0; ///< the coordinate aligned to
    bool found = false;
};

AxisSnap snapAxis(const QRectF &box, const QList<QRectF> &others, double threshold, bool vertical)
{
    AxisSnap best;
    double bestDistance = std::numeric_limits<double>::max();
    const auto mine = linesOf(box, vertical);
    for (const QRectF &o : others) {
        for (double theirs : linesOf(o, vertical)) {
            for (double m : mine) {
                const double d = std::abs(theirs - m);
                if (d <= threshold && d < bestDistance) {
                    bestDistance = d;
                    best = {theirs - m, theirs, true};
                }
            }
        }
    }
    return best;
}

/// The guide along \a line spanning \a box and every other box with a line on it.
QLineF guide(double line, const QRectF &box, const QList<QRectF> &others, bool vertical)
{
    double lo = vertical ? box.top() : box.left();
    double hi = vertical ? box.bottom() : box.right();
    for (const QRectF &o : others) {
        for (double l : linesOf(o, vertical)) {
            if (std::abs(l - line) < 0.5) {
                lo = std::min(lo, vertical ? o.top() : o.left());
                hi = std::max(hi, vertical ? o.bottom() : o.right());
                break;
            }
        }
    }
    return vertical ? QLineF(line, lo, line, hi) : QLineF(lo, line, hi, line);
}

} // namespace

double snapToGrid(double value, double grid)
{
    return grid > 0 ? std::round(value / grid) * grid : value;
}

SnapResult snapMove(const QRectF &moving, QPointF rawDelta, const QList<QRectF> &others,
                    double threshold, double grid)
{
    SnapResult result;
    QRectF box = moving.translated(rawDelta);
    const AxisSnap x = snapAxis(box, others, threshold, true);
    const AxisSnap y = snapAxis(box, others, threshold, false);
    QPointF delta = rawDelta;
    delta.rx() += x.found ? x.shift : snapToGrid(box.left(), grid) - box.left();
    delta.ry() += y.found ? y.shift : snapToGrid(box.top(), grid) - box.top();
    result.delta = delta;
    box = moving.translated(delta);
    if (x.found)
        result.guides << guide(x.line, box, others, true);
    if (y.found)
        result.guides << guide(y.line, box, others, false);
    return result;
}

} // namespace mlsd::ui
