#include "canvas/gridlayer.h"

#include "canvas/painternode.h"

#include <QPainter>
#include <QSGGeometryNode>
#include <QSGVertexColorMaterial>

#include <cmath>

namespace mlsd::ui {

namespace {

constexpr double minScreenSpacing = 8;
constexpr int maxLines = 2000;

} // namespace

GridLayer::GridLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

void GridLayer::set(qreal *member, qreal value)
{
    if (qFuzzyCompare(*member, value) || !(value > 0))
        return;
    *member = value;
    update();
    emit changed();
}

void GridLayer::setOrigin(QPointF origin)
{
    if (m_origin == origin)
        return;
    m_origin = origin;
    update();
    emit changed();
}

void GridLayer::setMajorEvery(int every)
{
    if (m_majorEvery == every || every < 2)
        return;
    m_majorEvery = every;
    update();
    emit changed();
}

void GridLayer::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    update();
    emit changed();
}

void GridLayer::setMajorColor(const QColor &color)
{
    if (m_majorColor == color)
        return;
    m_majorColor = color;
    update();
    emit changed();
}

void GridLayer::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    update();
}

QList<GridLayer::Line> GridLayer::lines() const
{
    QList<Line> out;
    double step = m_spacing * m_zoom;
    long long unit = 1; // grid lines per drawn line
    while (step < minScreenSpacing && step > 0) {
        step *= m_majorEvery;
        unit *= m_majorEvery;
    }
    if (!(step > 0) || width() <= 0 || height() <= 0)
        return out;
    auto axis = [&](double originCoord, double extent, bool vertical) {
        const long long first = (long long)std::ceil(-originCoord / step);
        for (long long i = first; originCoord + double(i) * step <= extent; ++i) {
            if (out.size() > maxLines)
                return;
            // Pixel centres, for crisp one-pixel lines.
            const double at = std::floor(originCoord + double(i) * step) + 0.5;
            const bool major = ((i * unit) % m_majorEvery) == 0;
            if (vertical)
                out.append({{at, 0}, {at, height()}, major});
            else
                out.append({{0, at}, {width(), at}, major});
        }
    };
    axis(m_origin.x(), width(), true);
    axis(m_origin.y(), height(), false);
    return out;
}

QSGNode *GridLayer::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    const QList<Line> grid = lines();
    if (isSoftwareRendered(window())) {
        auto *node = static_cast<PainterNode *>(oldNode);
        if (!node)
            node = new PainterNode(window());
        node->setPaint(
            [grid, minor = m_color, major = m_majorColor](QPainter *p) {
                p->setRenderHint(QPainter::Antialiasing, false);
                for (const Line &l : grid) {
                    p->setPen(QPen(l.major ? major : minor, 0));
                    p->drawLine(l.a, l.b);
                }
            },
            boundingRect());
        return node;
    }
    auto *node = static_cast<QSGGeometryNode *>(oldNode);
    if (!node) {
        node = new QSGGeometryNode;
        auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
        g->setDrawingMode(QSGGeometry::DrawLines);
        g->setLineWidth(1);
        node->setGeometry(g);
        node->setFlag(QSGNode::OwnsGeometry);
        node->setMaterial(new QSGVertexColorMaterial);
        node->setFlag(QSGNode::OwnsMaterial);
    }
    QSGGeometry *g = node->geometry();
    g->allocate(int(grid.size() * 2));
    auto *v = g->vertexDataAsColoredPoint2D();
    for (const Line &l : grid) {
        const QColor c = l.major ? m_majorColor : m_color; // opaque theme colours
        v++->set(float(l.a.x()), float(l.a.y()), uchar(c.red()), uchar(c.green()), uchar(c.blue()),
                 255);
        v++->set(float(l.b.x()), float(l.b.y()), uchar(c.red()), uchar(c.green()), uchar(c.blue()),
                 255);
    }
    node->markDirty(QSGNode::DirtyGeometry);
    return node;
}

} // namespace mlsd::ui
