#include "geometry/edgegeometry.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlsd {

namespace {

enum class Side { Left, Right, Top, Bottom };

QPointF anchor(const QRectF &r, Side side)
{
    switch (side) {
    case Side::Left:
        return {r.left(), r.center().y()};
    case Side::Right:
        return {r.right(), r.center().y()};
    case Side::Top:
        return {r.center().x(), r.top()};
    case Side::Bottom:
        return {r.center().x(), r.bottom()};
    }
    return r.center();
}

QPointF normal(Side side)
{
    switch (side) {
    case Side::Left:
        return {-1, 0};
    case Side::Right:
        return {1, 0};
    case Side::Top:
        return {0, -1};
    case Side::Bottom:
        return {0, 1};
    }
    return {1, 0};
}

QPointF bezier(const QPointF &p0, const QPointF &p1, const QPointF &p2, const QPointF &p3, double t)
{
    const double u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

} // namespace

QPointF EdgePath::at(double t) const
{
    return bezier(start, c1, c2, lineEnd, t);
}

QPolygonF EdgePath::flatten(int segments) const
{
    QPolygonF out;
    out.reserve(segments + 1);
    for (int i = 0; i <= segments; ++i)
        out << at(double(i) / segments);
    return out;
}

QRectF EdgePath::bounds() const
{
    // The control polygon contains the curve.
    QPolygonF hull{start, c1, c2, lineEnd, end};
    hull += arrow;
    return hull.boundingRect();
}

EdgePath edgePath(const QRectF &from, const QRectF &to)
{
    const QPointF d = to.center() - from.center();
    // Horizontal flow unless the target is clearly above or below and overlapping horizontally.
    const double gapX = std::max(to.left() - from.right(), from.left() - to.right());
    const double gapY = std::max(to.top() - from.bottom(), from.top() - to.bottom());
    const bool horizontal
        = gapX >= 0 ? (gapX * 1.5 >= gapY) : (gapY < 0 && std::abs(d.x()) >= std::abs(d.y()));
    Side out, in;
    if (horizontal) {
        out = d.x() >= 0 ? Side::Right : Side::Left;
        in = d.x() >= 0 ? Side::Left : Side::Right;
    } else {
        out = d.y() >= 0 ? Side::Bottom : Side::Top;
        in = d.y() >= 0 ? Side::Top : Side::Bottom;
    }

    EdgePath p;
    p.start = anchor(from, out);
    p.end = anchor(to, in);
    const QPointF nIn = normal(in);
    p.lineEnd = p.end + nIn * arrowLength;
    const double dist = QLineF(p.start, p.lineEnd).length();
    const double reach = std::clamp(dist * 0.45, 24.0, 160.0);
    p.c1 = p.start + normal(out) * reach;
    p.c2 = p.lineEnd + nIn * reach;
    p.mid = p.at(0.5);

    // The arrowhead points along the curve's final direction.
    QPointF dir = p.end - p.c2;
    const double len = std::hypot(dir.x(), dir.y());
    dir = len > 0 ? dir / len : -nIn;
    const QPointF base = p.end - dir * arrowLength;
    const QPointF side(-dir.y(), dir.x());
    p.arrow = QPolygonF{p.end, base + side * arrowHalfWidth, base - side * arrowHalfWidth};
    p.lineEnd = base;
    return p;
}

double distanceToPolyline(const QPointF &p, const QPolygonF &line)
{
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line.at(i - 1), b = line.at(i);
        const QPointF ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        const double t
            = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
        const QPointF q = a + t * ab;
        best = std::min(best, std::hypot(p.x() - q.x(), p.y() - q.y()));
    }
    return best;
}

} // namespace mlsd
