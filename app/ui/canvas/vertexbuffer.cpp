#include "canvas/vertexbuffer.h"

#include <QLineF>

#include <cmath>

namespace mlsd::ui {

namespace {

/// \a c with premultiplied alpha (what QSGVertexColorMaterial expects).
QColor premultiplied(const QColor &c)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a), float(c.greenF() * a), float(c.blueF() * a),
                            float(a));
}

QPointF unitNormal(QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    return len > 0 ? QPointF(-d.y() / len, d.x() / len) : QPointF(0, 0);
}

/// \a points without consecutive duplicates.
QPolygonF cleaned(const QPolygonF &points)
{
    QPolygonF out;
    out.reserve(points.size());
    for (const QPointF &p : points) {
        if (out.isEmpty() || QLineF(out.back(), p).length() > 1e-6)
            out << p;
    }
    return out;
}

} // namespace

void VertexBuffer::clear()
{
    m_vertices.clear();
    m_indices.clear();
}

quint32 VertexBuffer::addVertex(QPointF p, const QColor &c)
{
    m_vertices.append({float(p.x()), float(p.y()), uchar(c.red()), uchar(c.green()),
                       uchar(c.blue()), uchar(c.alpha())});
    return quint32(m_vertices.size() - 1);
}

void VertexBuffer::addPolyline(const QPolygonF &input, double width, double fringe,
                               const QColor &color, bool closed)
{
    QPolygonF pts = cleaned(input);
    if (closed && pts.size() > 2 && QLineF(pts.front(), pts.back()).length() <= 1e-6)
        pts.removeLast();
    if (pts.size() < 2 || width <= 0)
        return;
    closed = closed && pts.size() > 2;
    // Across the line: a solid core with a fringe fading out on each side (four vertices). A line
    // under two fringes wide is a tent instead (three vertices: two strips, not three, for the
    // many thin lines of a zoomed-out view), as wide as the line on each side so that it covers
    // as much as the line would; one thinner than the fringe fades instead of growing.
    const bool tent = width < 2 * fringe;
    const double core = tent ? 0.0 : (width - fringe) / 2;
    const double half = tent ? std::max(width, fringe) : core + fringe;
    const double alphaScale = tent ? width / half : 1.0;
    QColor solid = color;
    solid.setAlphaF(float(color.alphaF() * alphaScale));
    const QColor inner = premultiplied(solid);
    const QColor outer(0, 0, 0, 0);
    const double wide[4] = {-half, -core, core, half};
    const double narrow[3] = {-half, 0, half};
    const QColor *wideColors[4] = {&outer, &inner, &inner, &outer};
    const QColor *narrowColors[3] = {&outer, &inner, &outer};
    const int across = tent ? 3 : 4;
    const double *offsets = tent ? narrow : wide;
    const QColor *const *colors = tent ? narrowColors : wideColors;

    const qsizetype n = pts.size();
    const quint32 first = quint32(m_vertices.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool hasPrev = closed || i > 0, hasNext = closed || i < n - 1;
        const QPointF a = hasPrev ? unitNormal(pts.at((i + n - 1) % n), pts.at(i)) : QPointF();
        const QPointF b = hasNext ? unitNormal(pts.at(i), pts.at((i + 1) % n)) : QPointF();
        QPointF normal = !hasPrev ? b : (!hasNext ? a : a + b);
        double scale = 1;
        if (hasPrev && hasNext) {
            const double len = std::hypot(normal.x(), normal.y());
            normal = len > 1e-9 ? normal / len : a;
            const double cosHalf = QPointF::dotProduct(normal, a);
            scale = cosHalf > 0.25 ? 1 / cosHalf : 4; // miter limit
        }
        for (int k = 0; k < across; ++k)
            addVertex(pts.at(i) + normal * (offsets[k] * scale), *colors[k]);
    }
    const qsizetype segments = closed ? n : n - 1;
    for (qsizetype i = 0; i < segments; ++i) {
        const quint32 row = first + quint32(i * across),
                      next = first + quint32(((i + 1) % n) * across);
        for (quint32 k = 0; k + 1 < quint32(across); ++k) {
            m_indices << row + k << next + k << row + k + 1;
            m_indices << row + k + 1 << next + k << next + k + 1;
        }
    }
}

QList<QPolygonF> VertexBuffer::dashes(const QPolygonF &input, double dash, double gap)
{
    const QPolygonF pts = cleaned(input);
    if (pts.size() < 2 || dash <= 0)
        return pts.size() < 2 ? QList<QPolygonF>{} : QList<QPolygonF>{pts};
    gap = std::max(gap, 0.0);
    QList<QPolygonF> out;
    QPolygonF current;
    bool on = true;
    double left = dash; // length left in the current dash or gap
    for (qsizetype i = 0; i + 1 < pts.size(); ++i) {
        QPointF a = pts.at(i);
        const QPointF b = pts.at(i + 1);
        double segment = QLineF(a, b).length();
        if (on && current.isEmpty())
            current << a;
        while (segment > left) {
            const QPointF cut = a + (b - a) * (left / segment);
            current << cut;
            if (on)
                out << current;
            current.clear();
            segment -= left;
            a = cut;
            on = !on;
            left = on ? dash : gap;
            if (on)
                current << a;
        }
        left -= segment;
        if (on)
            current << b;
    }
    if (on && current.size() >= 2)
        out << current;
    return out;
}

void VertexBuffer::addDashedPolyline(const QPolygonF &input, double width, double fringe,
                                     double dash, double gap, const QColor &color)
{
    for (const QPolygonF &piece : dashes(input, dash, gap))
        addPolyline(piece, width, fringe, color);
}

void VertexBuffer::addHairline(const QPolygonF &input, const QColor &color)
{
    const QPolygonF pts = cleaned(input);
    if (pts.size() < 2)
        return;
    const QColor c = premultiplied(color);
    const quint32 first = quint32(m_vertices.size());
    for (const QPointF &p : pts)
        addVertex(p, c);
    for (quint32 i = 0; i + 1 < quint32(pts.size()); ++i)
        m_indices << first + i << first + i + 1;
}

void VertexBuffer::addDashedHairline(const QPolygonF &input, double dash, double gap,
                                     const QColor &color)
{
    for (const QPolygonF &piece : dashes(input, dash, gap))
        addHairline(piece, color);
}

void VertexBuffer::addConvexPolygon(const QPolygonF &input, double fringe, const QColor &color)
{
    QPolygonF poly = cleaned(input);
    if (poly.size() > 2 && poly.front() == poly.back())
        poly.removeLast();
    const qsizetype n = poly.size();
    if (n < 3)
        return;
    // Orientation, so that "outward" is known.
    double area = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &p = poly.at(i), &q = poly.at((i + 1) % n);
        area += p.x() * q.y() - q.x() * p.y();
    }
    const double outward = area > 0 ? -1 : 1;
    const QColor inner = premultiplied(color);
    const QColor outer(0, 0, 0, 0);
    const quint32 first = quint32(m_vertices.size());
    if (fringe <= 0) {
        for (const QPointF &p : std::as_const(poly))
            addVertex(p, inner);
        for (qsizetype i = 1; i + 1 < n; ++i)
            m_indices << first << first + quint32(i) << first + quint32(i + 1);
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = unitNormal(poly.at((i + n - 1) % n), poly.at(i));
        const QPointF b = unitNormal(poly.at(i), poly.at((i + 1) % n));
        QPointF m = a + b;
        const double len = std::hypot(m.x(), m.y());
        m = len > 1e-9 ? m / len : a;
        const double cosHalf = std::max(QPointF::dotProduct(m, a), 0.25);
        const QPointF shift = m * (outward * fringe / 2 / cosHalf);
        addVertex(poly.at(i) - shift, inner);
        addVertex(poly.at(i) + shift, outer);
    }
    for (qsizetype i = 1; i + 1 < n; ++i)
        m_indices << first << first + quint32(2 * i) << first + quint32(2 * (i + 1));
    for (qsizetype i = 0; i < n; ++i) {
        const quint32 a = first + quint32(2 * i), b = first + quint32(2 * ((i + 1) % n));
        m_indices << a << a + 1 << b;
        m_indices << b << a + 1 << b + 1;
    }
}

void VertexBuffer::addRect(const QRectF &rect, const QColor &color)
{
    if (rect.isEmpty())
        return;
    const QColor c = premultiplied(color);
    const quint32 i = addVertex(rect.topLeft(), c);
    addVertex(rect.topRight(), c);
    addVertex(rect.bottomRight(), c);
    addVertex(rect.bottomLeft(), c);
    m_indices << i << i + 1 << i + 2 << i << i + 2 << i + 3;
}

namespace {

/// cos/sin of the \a segments + 1 angles of a quarter turn, computed once per segment count.
const QList<QPointF> &quarterArc(int segments)
{
    static QList<QPointF> tables[17];
    QList<QPointF> &table = tables[std::clamp(segments, 1, 16)];
    if (table.isEmpty()) {
        const int n = std::clamp(segments, 1, 16);
        for (int k = 0; k <= n; ++k) {
            const double a = (M_PI / 2) * k / n;
            table << QPointF(std::cos(a), std::sin(a));
        }
    }
    return table;
}

} // namespace

QPolygonF VertexBuffer::roundedRect(const QRectF &rect, double radius, int cornerSegments)
{
    radius = std::clamp(radius, 0.0, std::min(rect.width(), rect.height()) / 2);
    QPolygonF outline;
    if (radius <= 0 || cornerSegments <= 0) {
        outline << rect.topLeft() << rect.topRight() << rect.bottomRight() << rect.bottomLeft();
        return outline;
    }
    // Corner centres clockwise from the top-left; each corner turns a quarter from the direction
    // (x, y) → (-y, x) of the previous one, starting from pointing left.
    const QPointF centres[4]
        = {rect.topLeft() + QPointF(radius, radius), rect.topRight() + QPointF(-radius, radius),
           rect.bottomRight() + QPointF(-radius, -radius),
           rect.bottomLeft() + QPointF(radius, -radius)};
    const QList<QPointF> &arc = quarterArc(cornerSegments);
    outline.reserve(4 * arc.size());
    for (int corner = 0; corner < 4; ++corner) {
        for (const QPointF &cs : arc) {
            // Rotate (-1, 0) by the corner's quarter turns plus the arc angle.
            QPointF d(-cs.x(), -cs.y());
            for (int q = 0; q < corner; ++q)
                d = QPointF(-d.y(), d.x());
            outline << centres[corner] + d * radius;
        }
    }
    return outline;
}

void VertexBuffer::addRoundedRect(const QRectF &rect, double radius, int cornerSegments,
                                  double fringe, const QColor &color)
{
    if (!rect.isEmpty())
        addConvexPolygon(roundedRect(rect, radius, cornerSegments), fringe, color);
}

QColor VertexBuffer::over(const QColor &color, const QColor &background)
{
    const double a = color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + background.redF() * (1 - a)),
                            float(color.greenF() * a + background.greenF() * (1 - a)),
                            float(color.blueF() * a + background.blueF() * (1 - a)));
}

} // namespace mlsd::ui
