#include "canvas/tiledlayer.h"

#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGVertexColorMaterial>

#include <cmath>
#include <cstring>

namespace mlsd::ui {

namespace {

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
           && b.top() <= a.bottom();
}

QSGGeometryNode *newGeometryNode(bool opaque = false, bool lines = false)
{
    auto *node = new QSGGeometryNode;
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0,
                                     QSGGeometry::UnsignedIntType);
    geometry->setDrawingMode(lines ? QSGGeometry::DrawLines : QSGGeometry::DrawTriangles);
    if (lines)
        geometry->setLineWidth(1);
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    auto *material = new QSGVertexColorMaterial;
    if (opaque) // the opaque pass draws front to back with depth testing: no overdraw
        material->setFlag(QSGMaterial::Blending, false);
    node->setMaterial(material);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

} // namespace

TiledLayer::TiledLayer(double tileSize, QQuickItem *parent)
    : QQuickItem(parent)
    , m_tileSize(tileSize)
{
    setFlag(ItemHasContents);
}

void TiledLayer::setViewport(const QRectF &viewport)
{
    if (m_viewport == viewport)
        return;
    m_viewport = viewport;
    m_softwareDirty = true;
    update();
    emit viewportChanged();
}

void TiledLayer::setZoom(qreal zoom)
{
    if (qFuzzyCompare(m_zoom, zoom) || !(zoom > 0))
        return;
    m_zoom = zoom;
    // Powers of √2: line widths stay within ±19 % of their target between rebuilds.
    const double step = std::log(std::sqrt(2.0));
    m_detailScale = std::exp(std::round(std::log(zoom) / step) * step);
    m_softwareDirty = true;
    update();
    emit zoomChanged();
}

quint64 TiledLayer::tileKey(const QRectF &bounds) const
{
    const QPointF c = bounds.center();
    const auto tx = qint32(std::clamp(std::floor(c.x() / m_tileSize), -1e9, 1e9));
    const auto ty = qint32(std::clamp(std::floor(c.y() / m_tileSize), -1e9, 1e9));
    return (quint64(quint32(tx)) << 32) | quint32(ty);
}

const QRectF &TiledLayer::tileBounds(Tile &tile) const
{
    if (tile.boundsDirty) {
        QRectF r;
        for (const QString &id : std::as_const(tile.items))
            r = r.isNull() ? m_bounds.value(id) : r.united(m_bounds.value(id));
        tile.bounds = r;
        tile.boundsDirty = false;
    }
    return tile.bounds;
}

QRectF TiledLayer::cullRect() const
{
    if (m_viewport.isNull())
        return {};
    const double dx = m_viewport.width() * 0.1, dy = m_viewport.height() * 0.1;
    return m_viewport.adjusted(-dx, -dy, dx, dy);
}

bool TiledLayer::isVisible(Tile &tile) const
{
    const QRectF cull = cullRect();
    return cull.isNull() || overlaps(tileBounds(tile), cull);
}

QVariantMap TiledLayer::geometryStats()
{
    int visible = 0, items = 0;
    qsizetype opaque = 0, blended = 0, hairlines = 0;
    LayerGeometry geometry;
    for (Tile &tile : m_tiles) {
        if (!isVisible(tile))
            continue;
        ++visible;
        items += int(tile.items.size());
        geometry.clear();
        buildItems(tile.items.values(), &geometry);
        opaque += geometry.opaque.vertices().size();
        blended += geometry.blended.vertices().size();
        hairlines += geometry.hairlines.vertices().size();
    }
    geometry.clear();
    buildOverlay(&geometry.blended);
    return {
        {QStringLiteral("tiles"), int(m_tiles.size())},
        {QStringLiteral("visibleTiles"), visible},
        {QStringLiteral("items"), items},
        {QStringLiteral("opaqueVertices"), int(opaque)},
        {QStringLiteral("blendedVertices"), int(blended)},
        {QStringLiteral("hairlineVertices"), int(hairlines)},
        {QStringLiteral("overlayVertices"), int(geometry.blended.vertices().size())},
    };
}

void TiledLayer::placeItem(const QString &id, const QRectF &bounds)
{
    const quint64 key = tileKey(bounds);
    const auto old = m_tileOf.constFind(id);
    if (old != m_tileOf.cend() && *old != key) {
        const auto tile = m_tiles.find(*old);
        if (tile != m_tiles.end()) {
            tile->items.remove(id);
            if (tile->items.isEmpty())
                m_tiles.erase(tile);
            else
                tile->dirty = tile->boundsDirty = true;
        }
    }
    m_tileOf.insert(id, key);
    m_bounds.insert(id, bounds);
    Tile &tile = m_tiles[key];
    tile.items.insert(id);
    tile.dirty = tile.boundsDirty = true;
    m_softwareDirty = true;
    update();
}

void TiledLayer::removeItem(const QString &id)
{
    const auto old = m_tileOf.constFind(id);
    if (old == m_tileOf.cend())
        return;
    const auto tile = m_tiles.find(*old);
    if (tile != m_tiles.end()) {
        tile->items.remove(id);
        if (tile->items.isEmpty())
            m_tiles.erase(tile);
        else
            tile->dirty = tile->boundsDirty = true;
    }
    m_tileOf.erase(old);
    m_bounds.remove(id);
    m_softwareDirty = true;
    update();
}

void TiledLayer::markItemDirty(const QString &id)
{
    const auto key = m_tileOf.constFind(id);
    if (key == m_tileOf.cend())
        return;
    const auto tile = m_tiles.find(*key);
    if (tile != m_tiles.end())
        tile->dirty = true;
    m_softwareDirty = true;
    update();
}

void TiledLayer::markAllDirty()
{
    for (Tile &tile : m_tiles)
        tile.dirty = true;
    m_softwareDirty = m_overlayDirty = true;
    update();
}

void TiledLayer::clearItems()
{
    m_tiles.clear();
    m_tileOf.clear();
    m_bounds.clear();
    m_softwareDirty = m_overlayDirty = true;
    update();
}

void TiledLayer::markOverlayDirty()
{
    m_overlayDirty = true;
    update();
}

QVariantMap TiledLayer::stats() const
{
    return {
        {QStringLiteral("items"), int(m_tileOf.size())},
        {QStringLiteral("tiles"), int(m_tiles.size())},
        {QStringLiteral("nodes"), int(m_nodes.size())},
        {QStringLiteral("vertices"), m_vertexCount},
        {QStringLiteral("tileBuilds"), m_tileBuilds},
        {QStringLiteral("software"), m_software},
        {QStringLiteral("painted"), m_painted},
    };
}

void TiledLayer::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemSceneChange)
        markAllDirty();
    QQuickItem::itemChange(change, value);
}

void TiledLayer::updateGeometryNode(QSGGeometryNode *node, const VertexBuffer &buffer) const
{
    QSGGeometry *g = node->geometry();
    g->allocate(int(buffer.vertices().size()), int(buffer.indices().size()));
    if (!buffer.vertices().isEmpty())
        std::memcpy(g->vertexData(), buffer.vertices().constData(),
                    size_t(buffer.vertices().size()) * sizeof(VertexBuffer::Vertex));
    if (!buffer.indices().isEmpty())
        std::memcpy(g->indexData(), buffer.indices().constData(),
                    size_t(buffer.indices().size()) * sizeof(quint32));
    node->markDirty(QSGNode::DirtyGeometry);
}

int TiledLayer::vertexCount(const TileNodes &nodes)
{
    return nodes.opaque->geometry()->vertexCount() + nodes.blended->geometry()->vertexCount()
           + (nodes.hairlines ? nodes.hairlines->geometry()->vertexCount() : 0);
}

void TiledLayer::dropTileNodes(quint64 key)
{
    const TileNodes nodes = m_nodes.take(key);
    m_vertexCount -= vertexCount(nodes);
    m_opaqueRoot->removeChildNode(nodes.opaque);
    m_blendedRoot->removeChildNode(nodes.blended);
    delete nodes.opaque;
    delete nodes.blended;
    if (nodes.hairlines) {
        m_hairlineRoot->removeChildNode(nodes.hairlines);
        delete nodes.hairlines;
    }
}

void TiledLayer::dropNodes()
{
    // Nodes are children of the root node: deleting the root's children deletes them.
    m_opaqueRoot = nullptr;
    m_blendedRoot = nullptr;
    m_hairlineRoot = nullptr;
    m_overlay = nullptr;
    m_painter = nullptr;
    m_nodes.clear();
    m_vertexCount = 0;
}

QSGNode *TiledLayer::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    QSGNode *root = oldNode;
    if (!root) {
        root = new QSGNode;
        dropNodes();
        m_builtScale = 0;
        m_overlayDirty = m_softwareDirty = true;
    }
    m_software = isSoftwareRendered(window());
    if (m_software)
        return updateSoftware(root);
    const double dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    if (dpr != m_devicePixelRatio) {
        m_devicePixelRatio = dpr;
        for (Tile &tile : m_tiles)
            tile.dirty = true;
        m_overlayDirty = true;
    }
    if (m_painter) {
        root->removeAllChildNodes();
        delete m_painter;
        dropNodes();
    }
    if (!m_opaqueRoot) {
        m_opaqueRoot = new QSGNode;
        m_blendedRoot = new QSGNode;
        m_hairlineRoot = new QSGNode;
        root->appendChildNode(m_opaqueRoot);
        root->appendChildNode(m_blendedRoot);
        root->appendChildNode(m_hairlineRoot);
    }
    const bool rescale = m_builtScale != m_detailScale;
    m_builtScale = m_detailScale;

    // Drop the nodes of tiles that emptied or left the view.
    QList<quint64> gone;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const auto tile = m_tiles.find(it.key());
        if (tile == m_tiles.end() || !isVisible(*tile))
            gone << it.key();
    }
    for (quint64 key : std::as_const(gone))
        dropTileNodes(key);
    LayerGeometry geometry;
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        Tile &tile = *it;
        if (!isVisible(tile))
            continue;
        TileNodes &nodes = m_nodes[it.key()];
        if (nodes.opaque && !tile.dirty && !rescale)
            continue;
        geometry.clear();
        buildItems(tile.items.values(), &geometry);
        if (!nodes.opaque) {
            nodes.opaque = newGeometryNode(true);
            nodes.blended = newGeometryNode();
            m_opaqueRoot->appendChildNode(nodes.opaque);
            m_blendedRoot->appendChildNode(nodes.blended);
        } else {
            m_vertexCount -= vertexCount(nodes);
        }
        if (!nodes.hairlines && !geometry.hairlines.isEmpty()) {
            nodes.hairlines = newGeometryNode(false, true);
            m_hairlineRoot->appendChildNode(nodes.hairlines);
        }
        updateGeometryNode(nodes.opaque, geometry.opaque);
        updateGeometryNode(nodes.blended, geometry.blended);
        if (nodes.hairlines)
            updateGeometryNode(nodes.hairlines, geometry.hairlines);
        m_vertexCount += vertexCount(nodes);
        tile.dirty = false;
        ++m_tileBuilds;
    }
    if (m_overlayDirty || rescale || !m_overlay) {
        geometry.clear();
        buildOverlay(&geometry.blended);
        if (!m_overlay) {
            m_overlay = newGeometryNode();
            root->appendChildNode(m_overlay);
        }
        updateGeometryNode(m_overlay, geometry.blended);
        m_overlayDirty = false;
    }
    return root;
}

QSGNode *TiledLayer::updateSoftware(QSGNode *root)
{
    if (!m_painter) {
        root->removeAllChildNodes();
        delete m_opaqueRoot; // and the tile nodes, their children
        delete m_blendedRoot;
        delete m_hairlineRoot;
        delete m_overlay;
        dropNodes();
        m_painter = new PainterNode(window());
        root->appendChildNode(m_painter);
        m_softwareDirty = true;
    }
    if (!m_softwareDirty && !m_overlayDirty)
        return root;
    const QRectF cull = cullRect();
    QList<QString> ids;
    QRectF area = cull;
    for (Tile &tile : m_tiles) {
        const QRectF &b = tileBounds(tile);
        if (!isVisible(tile))
            continue;
        ids += tile.items.values();
        if (cull.isNull())
            area = area.isNull() ? b : area.united(b);
    }
    m_painted = int(ids.size());
    const double margin = 64 * pixel(); // arrowheads, selection outlines
    m_painter->setPaint(softwarePaint(ids), area.adjusted(-margin, -margin, margin, margin));
    m_softwareDirty = m_overlayDirty = false;
    return root;
}

} // namespace mlsd::ui
