#pragma once

#include <QColor>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The canvas grid, drawn in screen space under the transformed content: thin lines every
 * `spacing` scene units and stronger ones every `majorEvery` lines. Levels too dense to see (lines
 * closer than 8 screen pixels) are skipped, so the grid stays calm at any zoom. One geometry node
 * of lines under OpenGL; QPainter under the software scene graph.
 */
class GridLayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY changed)
    /// Where the scene origin is, in this item's coordinates.
    Q_PROPERTY(QPointF origin READ origin WRITE setOrigin NOTIFY changed)
    Q_PROPERTY(qreal spacing READ spacing WRITE setSpacing NOTIFY changed)
    Q_PROPERTY(int majorEvery READ majorEvery WRITE setMajorEvery NOTIFY changed)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY changed)
    Q_PROPERTY(QColor majorColor READ majorColor WRITE setMajorColor NOTIFY changed)

public:
    explicit GridLayer(QQuickItem *parent = nullptr);

    [[nodiscard]] qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom) { set(&m_zoom, zoom); }
    [[nodiscard]] QPointF origin() const { return m_origin; }
    void setOrigin(QPointF origin);
    [[nodiscard]] qreal spacing() const { return m_spacing; }
    void setSpacing(qreal spacing) { set(&m_spacing, spacing); }
    [[nodiscard]] int majorEvery() const { return m_majorEvery; }
    void setMajorEvery(int every);
    [[nodiscard]] QColor color() const { return m_color; }
    void setColor(const QColor &color);
    [[nodiscard]] QColor majorColor() const { return m_majorColor; }
    void setMajorColor(const QColor &color);

signals:
    void changed();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Line
    {
        QPointF a, b;
        bool major;
    };
    void set(qreal *member, qreal value);
    [[nodiscard]] QList<Line> lines() const;

    qreal m_zoom = 1;
    QPointF m_origin;
    qreal m_spacing = 20;
    int m_majorEvery = 5;
    QColor m_color{0xe9, 0xeb, 0xf0};
    QColor m_majorColor{0xdd, 0xe0, 0xe7};
};

} // namespace mlsd::ui
