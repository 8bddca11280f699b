#pragma once

#include "canvas/painternode.h"
#include "canvas/vertexbuffer.h"

#include <QHash>
#include <QQuickItem>
#include <QRectF>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class QSGGeometryNode;

namespace mlsd::ui {

/*!
 * The triangles of one tile: opaque ones (drawn without blending, so the renderer's opaque pass
 * can hide what they cover instead of shading it twice) and blended ones (anti-aliased edges,
 * lines, translucent shapes) drawn above them; and one-pixel hairlines (VertexBuffer::addHairline,
 * drawn as lines) above those.
 */
struct LayerGeometry
{
    VertexBuffer opaque;
    VertexBuffer blended;
    VertexBuffer hairlines;

    void clear()
    {
        opaque.clear();
        blended.clear();
        hairlines.clear();
    }
};

/*!
 * A scene-graph item that draws many small things (connections, component cards) batched by
 * square tiles of the scene: per tile one opaque and one blended geometry node holding the
 * triangles of every item whose bounds are centred in it. Only tiles that intersect the viewport
 * are built (culling), and a tile is rebuilt only when one of its items changed (dirty tracking) or
 * the level of detail changed. An overlay node on top is rebuilt on demand (selection, hover,
 * previews).
 *
 * Under the software scene graph, which does not draw custom geometry, the layer paints the
 * visible items with QPainter through a PainterNode instead.
 *
 * The item lives in scene coordinates (inside the canvas's transformed content item); `zoom` is
 * the view's scale, used to keep lines about one screen pixel wide, quantised to steps of √2 so
 * that zooming rebuilds geometry only now and then.
 */
class TiledLayer : public QQuickItem
{
    Q_OBJECT
    QML_ANONYMOUS
    /// The visible part of the scene; a null rectangle draws everything (no culling).
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged)
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY zoomChanged)

public:
    explicit TiledLayer(double tileSize, QQuickItem *parent = nullptr);

    [[nodiscard]] QRectF viewport() const { return m_viewport; }
    void setViewport(const QRectF &viewport);
    [[nodiscard]] qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);

    /*!
     * Counters for tests and benchmarks: `items`, `tiles` (non-empty tiles), `nodes` (tiles built
     * and attached, i.e. not culled), `vertices` (in attached tile nodes), `tileBuilds` (tile
     * geometries built since the layer was created), `software` (painting with QPainter),
     * `painted` (items painted in the last software paint).
     */
    Q_INVOKABLE [[nodiscard]] QVariantMap stats() const;
    /*!
     * The geometry the GPU path would build now, without a scene graph (for tests): `tiles`
     * (non-empty tiles), `visibleTiles` (not culled), `items` (in visible tiles), `opaqueVertices`,
     * `blendedVertices`, `overlayVertices`.
     */
    Q_INVOKABLE [[nodiscard]] QVariantMap geometryStats();

signals:
    void viewportChanged();
    void zoomChanged();

protected:
    /// The zoom the geometry is built for (zoom rounded to a power of √2).
    [[nodiscard]] double detailScale() const { return m_detailScale; }
    /// Scene units per screen pixel (logical) at detailScale().
    [[nodiscard]] double pixel() const { return 1.0 / m_detailScale; }
    /// Scene units per device pixel: the width of anti-aliased edges (sharper on HiDPI screens).
    [[nodiscard]] double fringe() const { return pixel() / m_devicePixelRatio; }

    /// Adds item \a id or moves it to \a bounds (marking the tiles concerned dirty).
    void placeItem(const QString &id, const QRectF &bounds);
    void removeItem(const QString &id);
    /// Item \a id looks different (colour, label…): rebuild its tile.
    void markItemDirty(const QString &id);
    void markAllDirty();
    void clearItems();
    void markOverlayDirty();

    /// Triangles of \a ids (one tile) for the GPU path.
    virtual void buildItems(const QList<QString> &ids, LayerGeometry *out) const = 0;
    /// Triangles of the overlay (drawn above every tile).
    virtual void buildOverlay(VertexBuffer *out) const { Q_UNUSED(out); }
    /// A paint function drawing \a ids and the overlay with QPainter (software path).
    [[nodiscard]] virtual PainterNode::Paint softwarePaint(const QList<QString> &ids) const = 0;

    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    struct Tile
    {
        QSet<QString> items;
        QRectF bounds;
        bool dirty = true;
        bool boundsDirty = true;
    };

    [[nodiscard]] quint64 tileKey(const QRectF &bounds) const;
    [[nodiscard]] QRectF cullRect() const;
    /// False when \a tile is culled (outside the viewport's neighbourhood).
    [[nodiscard]] bool isVisible(Tile &tile) const;
    [[nodiscard]] const QRectF &tileBounds(Tile &tile) const;
    void dropNodes();
    QSGNode *updateSoftware(QSGNode *root);
    void updateGeometryNode(QSGGeometryNode *node, const VertexBuffer &buffer) const;
    void dropTileNodes(quint64 key);
    struct TileNodes;
    [[nodiscard]] static int vertexCount(const TileNodes &nodes);

    double m_tileSize;
    QRectF m_viewport;
    qreal m_zoom = 1;
    double m_detailScale = 1;
    double m_devicePixelRatio = 1;
    QHash<quint64, Tile> m_tiles;
    QHash<QString, quint64> m_tileOf;
    QHash<QString, QRectF> m_bounds;
    bool m_overlayDirty = true;
    bool m_softwareDirty = true;
    bool m_softwareKnown = false;
    bool m_software = false;

    // Render-side state, touched only in updatePaintNode() (the GUI thread is blocked then).
    struct TileNodes
    {
        QSGGeometryNode *opaque = nullptr;
        QSGGeometryNode *blended = nullptr;
        QSGGeometryNode *hairlines = nullptr; ///< made the first time the tile has any
    };
    QSGNode *m_opaqueRoot = nullptr;
    QSGNode *m_blendedRoot = nullptr;
    QSGNode *m_hairlineRoot = nullptr;
    QSGGeometryNode *m_overlay = nullptr;
    PainterNode *m_painter = nullptr;
    QHash<quint64, TileNodes> m_nodes;
    double m_builtScale = 0;
    int m_tileBuilds = 0;
    int m_vertexCount = 0;
    int m_painted = 0;
};

} // namespace mlsd::ui
