#pragma once

#include "geometry/edgegeometry.h"
#include "geometry/spatialindex.h"
#include "model/document.h"
#include "session/connections.h"
#include "session/session.h"

#include <QFont>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QPolygonF>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/// The drawn state of one connection: its shape (edgePath()), flattened for hit-testing.
struct SceneEdge
{
    ConnectionId id;
    ComponentId from;
    ComponentId to;
    ConnectionKind kind = ConnectionKind::Data;
    QString label;
    EdgePath path;
    QPolygonF polyline; ///< the curve flattened, ending at the arrow tip
    QRectF bounds;
    /// The pill of the label, on the curve where it covers no other label and no component if
    /// possible (null without a label).
    QRectF labelRect;
};

/*!
 * The canvas's indexed view of a session's document: spatial indexes of components, connections
 * and zones, the cached shape of every connection, and what the pointer hovers. Every canvas
 * model and layer listens to this object rather than to the Document, so they always see the
 * indexes already updated: the scene re-emits each document change after applying it.
 *
 * One scene per canvas; it follows the session's document through loads and resets.
 */
class CanvasScene : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The bounding rectangle of every component and zone (null when the design is empty).
    Q_PROPERTY(QRectF contentBounds READ contentBounds NOTIFY contentBoundsChanged)
    /// True when the design has no component and no zone.
    Q_PROPERTY(bool empty READ isEmpty NOTIFY emptyChanged)
    Q_PROPERTY(QString hoveredComponent READ hoveredComponent WRITE setHoveredComponent NOTIFY
                   hoveredComponentChanged)
    Q_PROPERTY(QString hoveredConnection READ hoveredConnection WRITE setHoveredConnection NOTIFY
                   hoveredConnectionChanged)

public:
    explicit CanvasScene(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    /// The document and selection of the session (null without a session).
    [[nodiscard]] Document *document() const;
    [[nodiscard]] Selection *selection() const;

    [[nodiscard]] QRectF contentBounds() const;
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QString hoveredComponent() const { return m_hoveredComponent; }
    void setHoveredComponent(const QString &id);
    [[nodiscard]] QString hoveredConnection() const { return m_hoveredConnection; }
    void setHoveredConnection(const QString &id);

    // ---- Indexed queries (scene coordinates) ----
    [[nodiscard]] const SpatialIndex &componentIndex() const { return m_components; }
    [[nodiscard]] const SpatialIndex &edgeIndex() const { return m_edgeIndex; }
    [[nodiscard]] const QHash<ConnectionId, SceneEdge> &edges() const { return m_edges; }
    [[nodiscard]] const SceneEdge *edge(const ConnectionId &id) const;
    /// Connections touching component \a id.
    [[nodiscard]] QList<ConnectionId> edgesOf(const ComponentId &id) const
    {
        return m_adjacent.value(id);
    }

    /// The component under \a point: a selected one first, else the last in file order.
    Q_INVOKABLE [[nodiscard]] QString componentAt(QPointF point) const;
    /// The connection nearest to \a point within \a tolerance (scene units), or "".
    Q_INVOKABLE [[nodiscard]] QString connectionAt(QPointF point, double tolerance) const;
    /// The zone under \a point (the last in file order), or "".
    Q_INVOKABLE [[nodiscard]] QString zoneAt(QPointF point) const;
    /// The smallest zone containing \a point (where a component dropped there belongs), or "".
    Q_INVOKABLE [[nodiscard]] QString innermostZoneAt(QPointF point) const;
    /// Components whose rectangle intersects \a rect, in file order.
    Q_INVOKABLE [[nodiscard]] QStringList componentsIn(const QRectF &rect) const;
    Q_INVOKABLE [[nodiscard]] QRectF componentRect(const QString &id) const;
    Q_INVOKABLE [[nodiscard]] QRectF zoneRect(const QString &id) const;
    /// The centre of the label of connection \a id (where its pill is, or would be).
    Q_INVOKABLE [[nodiscard]] QPointF connectionMidpoint(const QString &id) const;
    /// The pill behind the label of connection \a id (null without a label).
    Q_INVOKABLE [[nodiscard]] QRectF labelRect(const QString &id) const;

signals:
    void sessionChanged();
    void contentBoundsChanged();
    void emptyChanged();
    void hoveredComponentChanged(const QString &previous);
    void hoveredConnectionChanged(const QString &previous);

    // Fine-grained changes for the C++ models and layers, emitted after the indexes are updated.
    /// The whole design was replaced: rebuild everything.
    void reset();
    void componentAdded(const mlsd::ComponentId &id);
    void componentRemoved(const mlsd::ComponentId &id);
    void componentChanged(const mlsd::ComponentId &id, mlsd::ComponentFields fields);
    void edgeAdded(const mlsd::ConnectionId &id);
    void edgeRemoved(const mlsd::ConnectionId &id);
    /// \a geometry: the shape moved; otherwise only the label or kind changed.
    void edgeChanged(const mlsd::ConnectionId &id, bool geometry);
    void zoneAdded(const mlsd::ZoneId &id, int index);
    void zoneRemoved(const mlsd::ZoneId &id, int index);
    void zoneChanged(const mlsd::ZoneId &id, mlsd::ZoneFields fields);

private:
    void rebuild();
    void indexEdge(const Connection &connection);
    void dropEdge(const ConnectionId &id);
    void updateEdgesOf(const ComponentId &id);
    void boundsMayHaveChanged();
    /// Where the label of \a edge goes (see SceneEdge::labelRect).
    [[nodiscard]] QRectF placeLabel(const SceneEdge &edge) const;

    QPointer<Session> m_session;
    Connections m_connections;
    SpatialIndex m_components{256};
    SpatialIndex m_zones{1024};
    SpatialIndex m_edgeIndex{256};
    SpatialIndex m_labels{256};
    QFont m_labelFont;
    QHash<ConnectionId, SceneEdge> m_edges;
    QHash<ComponentId, QList<ConnectionId>> m_adjacent;
    QString m_hoveredComponent;
    QString m_hoveredConnection;
    mutable QRectF m_bounds;
    mutable bool m_boundsDirty = true;
    bool m_boundsSignalPending = false;
    bool m_wasEmpty = true;
};

} // namespace mlsd::ui
