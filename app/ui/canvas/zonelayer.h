#pragma once

#include "canvas/canvasscene.h"
#include "canvas/tiledlayer.h"
#include "session/connections.h"

#include <QColor>
#include <QPointer>
#include <QVariantMap>

namespace mlsd::ui {

/*!
 * Draws the frames of a canvas scene's zones: a rounded, tinted area with a border, coloured by
 * the zone's kind, the selection colour when selected. The tint is composed over `background`
 * and drawn opaque (the grid does not show through, and nothing is shaded twice). The titles are
 * QML text above it. Batched by tile like the other layers (see TiledLayer).
 */
class ZoneLayer : public mlsd::ui::TiledLayer
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::CanvasScene *scene READ scene WRITE setScene NOTIFY sceneChanged)
    /// Zone kind → fill colour; `fill` for other kinds.
    Q_PROPERTY(QVariantMap fills MEMBER m_fills WRITE setFills NOTIFY colorsChanged)
    /// Zone kind → border colour; `border` for other kinds.
    Q_PROPERTY(QVariantMap borders MEMBER m_borders WRITE setBorders NOTIFY colorsChanged)
    Q_PROPERTY(QColor fill MEMBER m_fill WRITE setFill NOTIFY colorsChanged)
    Q_PROPERTY(QColor border MEMBER m_border WRITE setBorder NOTIFY colorsChanged)
    Q_PROPERTY(
        QColor selectionColor MEMBER m_selectionColor WRITE setSelectionColor NOTIFY colorsChanged)
    /// The canvas colour the tints are composed over.
    Q_PROPERTY(QColor background MEMBER m_background WRITE setBackground NOTIFY colorsChanged)

public:
    explicit ZoneLayer(QQuickItem *parent = nullptr);

    [[nodiscard]] CanvasScene *scene() const { return m_scene; }
    void setScene(CanvasScene *scene);
    void setFills(const QVariantMap &fills);
    void setBorders(const QVariantMap &borders);
    void setFill(const QColor &c);
    void setBorder(const QColor &c);
    void setSelectionColor(const QColor &c);
    void setBackground(const QColor &c);

signals:
    void sceneChanged();
    void colorsChanged();

protected:
    void buildItems(const QList<QString> &ids, LayerGeometry *out) const override;
    [[nodiscard]] PainterNode::Paint softwarePaint(const QList<QString> &ids) const override;

private:
    struct Frame
    {
        QRectF rect;
        QColor fill; ///< the tint as it looks over the canvas (opaque)
        QColor tint; ///< the tint itself (translucent)
        QColor border;
        double borderWidth; ///< scene units
        bool overlaps;      ///< lies on another zone: drawn blended, in order, not opaque
    };

    [[nodiscard]] QList<Frame> frames(const QList<QString> &ids) const;
    void rebuildAll();
    void colorsUpdated();

    QPointer<CanvasScene> m_scene;
    Connections m_connections;
    QMetaObject::Connection m_selectionConnection;
    QStringList m_selected;
    QVariantMap m_fills;
    QVariantMap m_borders;
    QColor m_fill{0x1d, 0x23, 0x30, 0x0a};
    QColor m_border{0xcd, 0xd2, 0xdb};
    QColor m_selectionColor{0x4f, 0x5b, 0xd5};
    QColor m_background{0xfb, 0xfb, 0xfc};
};

} // namespace mlsd::ui
