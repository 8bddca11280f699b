#pragma once

#include <QColor>
#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace mlsd::ui {

/*!
 * Triangles with per-vertex colours, built on the CPU for a scene-graph geometry node
 * (QSGGeometry::defaultAttributes_ColoredPoint2D() + QSGVertexColorMaterial). Lines and polygons
 * get a one-"fringe"-wide border whose alpha falls to zero, which anti-aliases them without a
 * custom shader: with the fringe set to one screen pixel (in scene units) the edges look smooth
 * at any zoom.
 */
class VertexBuffer
{
public:
    /// One vertex; the same layout as QSGGeometry::ColoredPoint2D (premultiplied colour).
    struct Vertex
    {
        float x, y;
        unsigned char r, g, b, a;
    };
    static_assert(sizeof(Vertex) == 12);

    void clear();
    [[nodiscard]] bool isEmpty() const { return m_indices.isEmpty(); }
    [[nodiscard]] const QList<Vertex> &vertices() const { return m_vertices; }
    [[nodiscard]] const QList<quint32> &indices() const { return m_indices; }

    /*!
     * A line through \a points, \a width wide (fringe included), anti-aliased over \a fringe;
     * with \a closed the last point joins the first (an outline).
     */
    void addPolyline(const QPolygonF &points, double width, double fringe, const QColor &color,
                     bool closed = false);
    /// The same line cut into dashes of \a dash with gaps of \a gap (lengths along the line).
    void addDashedPolyline(const QPolygonF &points, double width, double fringe, double dash,
                           double gap, const QColor &color);
    /*!
     * A one-pixel line through \a points, for a geometry drawn as lines (QSGGeometry::DrawLines):
     * two indices per segment, no anti-aliasing. Far cheaper to rasterise in software than the
     * triangles of addPolyline(), for the thousands of connections of a zoomed-out view.
     */
    void addHairline(const QPolygonF &points, const QColor &color);
    /// The same hairline cut into dashes of \a dash with gaps of \a gap.
    void addDashedHairline(const QPolygonF &points, double dash, double gap, const QColor &color);
    /// A filled convex polygon (e.g. an arrowhead), its border anti-aliased over \a fringe.
    void addConvexPolygon(const QPolygonF &polygon, double fringe, const QColor &color);
    /// A filled axis-aligned rectangle, no anti-aliasing.
    void addRect(const QRectF &rect, const QColor &color);
    /*!
     * A filled rectangle with corners rounded by \a radius (each corner \a cornerSegments
     * segments; 0 for square corners), anti-aliased over \a fringe.
     */
    void addRoundedRect(const QRectF &rect, double radius, int cornerSegments, double fringe,
                        const QColor &color);

    /// The outline of \a rect with corners rounded by \a radius, clockwise from the top-left
    /// corner (each corner \a cornerSegments segments; 0 for square corners).
    [[nodiscard]] static QPolygonF roundedRect(const QRectF &rect, double radius,
                                               int cornerSegments);
    /// \a color composed over the opaque \a background (to draw a tint as an opaque colour).
    [[nodiscard]] static QColor over(const QColor &color, const QColor &background);

    /// \a points cut into dashes of \a dash with gaps of \a gap (lengths along the line).
    [[nodiscard]] static QList<QPolygonF> dashes(const QPolygonF &points, double dash, double gap);

private:
    quint32 addVertex(QPointF p, const QColor &premultiplied);

    QList<Vertex> m_vertices;
    QList<quint32> m_indices;
};

} // namespace mlsd::ui
