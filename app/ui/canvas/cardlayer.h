#pragma once

#include "canvas/canvasscene.h"
#include "canvas/tiledlayer.h"
#include "session/connections.h"

#include <QColor>
#include <QPointer>
#include <QSet>

namespace mlsd::ui {

/*!
 * Draws the backgrounds of a canvas scene's boxes, batched by tile (see TiledLayer): every
 * component's card (border, fill, the badge in its type's colour) and the pill behind every
 * connection label. Selected components (and the pills of their connections) are drawn in the
 * overlay, above the others and without rebuilding any tile while they are dragged. The QML
 * delegates above then hold only icons and text, which the scene graph can batch across delegates
 * (text above a translucent rectangle of its own cannot be).
 *
 * Below `detailZoom` a card is a plain box with a strip of its type's colour on the left; the
 * canvas's delegates draw only its label there, in a font that stays readable. Below `labelZoom`,
 * where even that label would not fit, two grey bars stand for the label and the type (no text
 * layout at all); below 10 %, a card is one box of the type's colour. With `simple` set
 * (the minimap) a card is one rectangle of its type's colour and there are no pills.
 */
class CardLayer : public mlsd::ui::TiledLayer
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::CanvasScene *scene READ scene WRITE setScene NOTIFY sceneChanged)
    Q_PROPERTY(bool simple READ isSimple WRITE setSimple NOTIFY simpleChanged)
    Q_PROPERTY(qreal detailZoom READ detailZoom WRITE setDetailZoom NOTIFY detailZoomChanged)
    Q_PROPERTY(qreal labelZoom READ labelZoom WRITE setLabelZoom NOTIFY labelZoomChanged)
    Q_PROPERTY(QColor cardColor MEMBER m_cardColor WRITE setCardColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor borderColor MEMBER m_borderColor WRITE setBorderColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor textColor MEMBER m_textColor WRITE setTextColor NOTIFY colorsChanged)
    /// The card's shadow, a thin strip under its bottom edge (as the image exporter draws it).
    Q_PROPERTY(QColor shadowColor MEMBER m_shadowColor WRITE setShadowColor NOTIFY colorsChanged)
    Q_PROPERTY(
        QColor selectionColor MEMBER m_selectionColor WRITE setSelectionColor NOTIFY colorsChanged)

public:
    explicit CardLayer(QQuickItem *parent = nullptr);

    [[nodiscard]] CanvasScene *scene() const { return m_scene; }
    void setScene(CanvasScene *scene);
    [[nodiscard]] bool isSimple() const { return m_simple; }
    void setSimple(bool simple);
    [[nodiscard]] qreal detailZoom() const { return m_detailZoom; }
    void setDetailZoom(qreal zoom);
    [[nodiscard]] qreal labelZoom() const { return m_labelZoom; }
    void setLabelZoom(qreal zoom);
    void setCardColor(const QColor &c) { setColorMember(&m_cardColor, c); }
    void setBorderColor(const QColor &c) { setColorMember(&m_borderColor, c); }
    void setTextColor(const QColor &c) { setColorMember(&m_textColor, c); }
    void setShadowColor(const QColor &c) { setColorMember(&m_shadowColor, c); }
    void setSelectionColor(const QColor &c) { setColorMember(&m_selectionColor, c); }

signals:
    void sceneChanged();
    void simpleChanged();
    void detailZoomChanged();
    void labelZoomChanged();
    void colorsChanged();

protected:
    void buildItems(const QList<QString> &ids, LayerGeometry *out) const override;
    void buildOverlay(VertexBuffer *out) const override;
    [[nodiscard]] PainterNode::Paint softwarePaint(const QList<QString> &ids) const override;

private:
    /// One rounded rectangle to draw.
    struct Shape
    {
        enum Kind {
            /// Opaque, no anti-aliasing (an outline hides its edge). Opaque shapes of one tile
            /// share one depth in the renderer's opaque pass, so they must never overlap.
            Fill,
            Flat,    ///< blended, no anti-aliasing: drawn in order above the opaque shapes
            Outline, ///< the outline, `width` wide (scene units), anti-aliased
            Shadow,  ///< the lower half of the outline, `width` wide: a shadow under the card
            Soft,    ///< blended, its edge blurred over `width` screen pixels
        };
        Kind kind;
        QRectF rect;
        double radius;
        QColor color;
        double width = 0;
    };

    [[nodiscard]] bool detailed() const { return zoom() >= m_detailZoom; }
    [[nodiscard]] QList<Shape> shapes(const QString &item) const;
    void cardShapes(const Component &c, QList<Shape> *out) const;
    void pillShapes(const SceneEdge &e, QList<Shape> *out) const;
    void setColorMember(QColor *member, const QColor &c);
    void rebuildAll();
    void placeEdge(const ConnectionId &id);
    void placeComponent(const ComponentId &id);
    void addShapes(const QList<Shape> &list, VertexBuffer *opaque, VertexBuffer *blended) const;
    /// Lifted components and pills near the view (the overlay's content).
    [[nodiscard]] QList<QString> liftedInView() const;
    void onSelectionChanged();

    QPointer<CanvasScene> m_scene;
    Connections m_connections;
    QMetaObject::Connection m_selectionConnection;
    QSet<QString> m_selected;    ///< selected components and connections
    QSet<QString> m_lifted;      ///< selected components, drawn in the overlay
    QSet<QString> m_liftedPills; ///< connections of lifted components: their pills too
    bool m_simple = false;
    int m_level = -1; ///< the level of detail the tiles were built for
    qreal m_detailZoom = 0.5;
    qreal m_labelZoom = 0.18;
    QColor m_cardColor{Qt::white};
    QColor m_borderColor{0xd3, 0xd7, 0xdf};
    QColor m_textColor{0x5d, 0x66, 0x77};
    QColor m_shadowColor{0x1d, 0x23, 0x30, 0x12};
    QColor m_selectionColor{0x4f, 0x5b, 0xd5};
};

} // namespace mlsd::ui
