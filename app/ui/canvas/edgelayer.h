#pragma once

#include "canvas/canvasscene.h"
#include "canvas/tiledlayer.h"
#include "session/connections.h"

#include <QColor>
#include <QPointer>
#include <QSet>

namespace mlsd::ui {

/*!
 * Draws every connection of a canvas scene: the curve of edgePath() and its arrowhead, batched by
 * tile (see TiledLayer), dashed for feedback connections, coloured by kind. The overlay shows the
 * selected and hovered connections, the preview of a connection being drawn, and the connections
 * of the selected components ("live" ones): those are the ones a drag moves, so while they move
 * only the overlay is rebuilt, never the tiles.
 *
 * Lines are about 1.5 screen pixels wide when zoomed out and scale with the view from 100 % up;
 * arrowheads too small to see (below about 25 %) are left out.
 */
class EdgeLayer : public mlsd::ui::TiledLayer
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::CanvasScene *scene READ scene WRITE setScene NOTIFY sceneChanged)
    Q_PROPERTY(QColor color MEMBER m_color WRITE setColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor requestColor MEMBER m_requestColor WRITE setRequestColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor modelColor MEMBER m_modelColor WRITE setModelColor NOTIFY colorsChanged)
    Q_PROPERTY(
        QColor feedbackColor MEMBER m_feedbackColor WRITE setFeedbackColor NOTIFY colorsChanged)
    Q_PROPERTY(
        QColor selectionColor MEMBER m_selectionColor WRITE setSelectionColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor invalidColor MEMBER m_invalidColor WRITE setInvalidColor NOTIFY colorsChanged)
    /// The component a connection is being drawn from ("" when none).
    Q_PROPERTY(QString previewFrom READ previewFrom WRITE setPreviewFrom NOTIFY previewChanged)
    /// Where the pointer is while drawing (scene coordinates).
    Q_PROPERTY(QPointF previewPoint READ previewPoint WRITE setPreviewPoint NOTIFY previewChanged)
    /// The component under the pointer while drawing ("" when none).
    Q_PROPERTY(QString previewTo READ previewTo WRITE setPreviewTo NOTIFY previewChanged)
    /// False when the connection to previewTo would be refused (self-loop, duplicate).
    Q_PROPERTY(bool previewValid READ previewValid WRITE setPreviewValid NOTIFY previewChanged)

public:
    explicit EdgeLayer(QQuickItem *parent = nullptr);

    [[nodiscard]] CanvasScene *scene() const { return m_scene; }
    void setScene(CanvasScene *scene);
    void setColor(const QColor &c) { setColorMember(&m_color, c); }
    void setRequestColor(const QColor &c) { setColorMember(&m_requestColor, c); }
    void setModelColor(const QColor &c) { setColorMember(&m_modelColor, c); }
    void setFeedbackColor(const QColor &c) { setColorMember(&m_feedbackColor, c); }
    void setSelectionColor(const QColor &c) { setColorMember(&m_selectionColor, c); }
    void setInvalidColor(const QColor &c) { setColorMember(&m_invalidColor, c); }

    [[nodiscard]] QString previewFrom() const { return m_previewFrom; }
    void setPreviewFrom(const QString &id);
    [[nodiscard]] QPointF previewPoint() const { return m_previewPoint; }
    void setPreviewPoint(QPointF point);
    [[nodiscard]] QString previewTo() const { return m_previewTo; }
    void setPreviewTo(const QString &id);
    [[nodiscard]] bool previewValid() const { return m_previewValid; }
    void setPreviewValid(bool valid);

signals:
    void sceneChanged();
    void colorsChanged();
    void previewChanged();

protected:
    void buildItems(const QList<QString> &ids, LayerGeometry *out) const override;
    void buildOverlay(VertexBuffer *out) const override;
    [[nodiscard]] PainterNode::Paint softwarePaint(const QList<QString> &ids) const override;

private:
    /// How one edge is drawn.
    struct Stroke
    {
        EdgePath path;
        QColor color;
        double width; ///< screen pixels at zoom 1
        bool dashed;
    };

    void setColorMember(QColor *member, const QColor &c);
    void rebuildAll();
    [[nodiscard]] QColor kindColor(ConnectionKind kind) const;
    [[nodiscard]] QList<Stroke> overlayStrokes() const;
    void addStroke(const Stroke &stroke, VertexBuffer *out) const;
    void onSelectionChanged();
    /// Puts \a id in its tile, or in the overlay when it is live.
    void placeEdge(const ConnectionId &id);

    QPointer<CanvasScene> m_scene;
    Connections m_connections;
    QMetaObject::Connection m_selectionConnection;
    QStringList m_selected;
    QSet<QString> m_live; ///< connections of the selected components, drawn in the overlay
    QColor m_color{0x6b, 0x73, 0x85};
    QColor m_requestColor{0x2f, 0x6f, 0xb0};
    QColor m_modelColor{0x1f, 0x8a, 0x5b};
    QColor m_feedbackColor{0x8e, 0x44, 0xad};
    QColor m_selectionColor{0x4f, 0x5b, 0xd5};
    QColor m_invalidColor{0xc6, 0x28, 0x28};
    QString m_previewFrom;
    QPointF m_previewPoint;
    QString m_previewTo;
    bool m_previewValid = true;
};

} // namespace mlsd::ui
