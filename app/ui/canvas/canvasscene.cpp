#include "canvas/canvasscene.h"

#include "canvas/selection.h"
#include "session/session.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <limits>

namespace mlsd::ui {

namespace {

/// Points per edge kept for hit-testing.
constexpr int hitSegments = 16;
constexpr double pillHeight = 20;
constexpr double pillPadding = 7;
constexpr double maxLabelWidth = 220;
/// Where along its curve a label may go, best first.
constexpr double labelSpots[] = {0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75};

} // namespace

CanvasScene::CanvasScene(QObject *parent)
    : QObject(parent)
    , m_labelFont(QGuiApplication::font())
{
    m_labelFont.setPixelSize(11);
}

Document *CanvasScene::document() const
{
    return m_session ? m_session->document() : nullptr;
}

Selection *CanvasScene::selection() const
{
    return m_session ? m_session->selection() : nullptr;
}

void CanvasScene::setSession(Session *session)
{
    if (!m_connections.follow(m_session, session))
        return;
    if (Document *doc = document()) {
        auto on = [this, doc](auto signal, auto slot) {
            m_connections << connect(doc, signal, this, slot);
        };
        on(&Document::designReset, [this] { rebuild(); });
        on(&Document::componentAdded, [this, doc](const ComponentId &id) {
            if (const Component *c = doc->design().component(id)) {
                m_components.insert(id, c->rect());
                boundsMayHaveChanged();
                emit componentAdded(id);
            }
        });
        on(&Document::componentRemoved, [this](const ComponentId &id) {
            m_components.remove(id);
            // The document removes a component's connections first; drop any left anyway.
            const QList<ConnectionId> touching = m_adjacent.take(id);
            for (const ConnectionId &e : touching)
                dropEdge(e);
            if (m_hoveredComponent == id)
                setHoveredComponent({});
            boundsMayHaveChanged();
            emit componentRemoved(id);
        });
        on(&Document::componentChanged, [this, doc](const ComponentId &id, ComponentFields fields) {
            if (fields & ComponentField::Geometry) {
                if (const Component *c = doc->design().component(id))
                    m_components.insert(id, c->rect());
                updateEdgesOf(id);
                boundsMayHaveChanged();
            }
            emit componentChanged(id, fields);
        });
        on(&Document::connectionAdded, [this, doc](const ConnectionId &id) {
            if (const Connection *c = doc->design().connection(id)) {
                indexEdge(*c);
                emit edgeAdded(id);
            }
        });
        on(&Document::connectionRemoved, [this](const ConnectionId &id) {
            if (m_edges.contains(id))
                dropEdge(id);
        });
        on(&Document::connectionChanged, [this, doc](const ConnectionId &id) {
            const Connection *c = doc->design().connection(id);
            const auto it = m_edges.find(id);
            if (!c || it == m_edges.end())
                return;
            it->label = c->label;
            it->kind = c->kind;
            m_labels.remove(id);
            it->labelRect = placeLabel(*it);
            if (!it->labelRect.isNull())
                m_labels.insert(id, it->labelRect);
            emit edgeChanged(id, false);
        });
        on(&Document::zoneAdded, [this, doc](const ZoneId &id, int index) {
            if (const Zone *z = doc->design().zone(id))
                m_zones.insert(id, z->rect());
            boundsMayHaveChanged();
            emit zoneAdded(id, index);
        });
        on(&Document::zoneRemoved, [this](const ZoneId &id, int index) {
            m_zones.remove(id);
            boundsMayHaveChanged();
            emit zoneRemoved(id, index);
        });
        on(&Document::zoneChanged, [this, doc](const ZoneId &id, ZoneFields fields) {
            if (fields & ZoneField::Geometry) {
                if (const Zone *z = doc->design().zone(id))
                    m_zones.insert(id, z->rect());
                boundsMayHaveChanged();
            }
            emit zoneChanged(id, fields);
        });
    }
    rebuild();
    emit sessionChanged();
}

void CanvasScene::rebuild()
{
    m_components.clear();
    m_zones.clear();
    m_edgeIndex.clear();
    m_labels.clear();
    m_edges.clear();
    m_adjacent.clear();
    m_hoveredComponent.clear();
    m_hoveredConnection.clear();
    if (const Document *doc = document()) {
        const Design &d = doc->design();
        for (const Component &c : d.components())
            m_components.insert(c.id, c.rect());
        for (const Zone &z : d.zones())
            m_zones.insert(z.id, z.rect());
        m_edges.reserve(d.connections().size());
        for (const Connection &c : d.connections())
            indexEdge(c);
    }
    boundsMayHaveChanged();
    emit reset();
}

void CanvasScene::indexEdge(const Connection &connection)
{
    const Design &d = document()->design();
    const Component *from = d.component(connection.from);
    const Component *to = d.component(connection.to);
    if (!from || !to)
        return;
    SceneEdge e;
    e.id = connection.id;
    e.from = connection.from;
    e.to = connection.to;
    e.kind = connection.kind;
    e.label = connection.label;
    e.path = edgePath(from->rect(), to->rect());
    e.polyline = e.path.flatten(hitSegments);
    e.polyline << e.path.end;
    e.bounds = e.path.bounds();
    m_edgeIndex.insert(e.id, e.bounds);
    m_labels.remove(e.id);
    e.labelRect = placeLabel(e);
    if (!e.labelRect.isNull())
        m_labels.insert(e.id, e.labelRect);
    if (!m_edges.contains(e.id)) {
        m_adjacent[e.from].append(e.id);
        if (e.to != e.from)
            m_adjacent[e.to].append(e.id);
    }
    m_edges.insert(e.id, std::move(e));
}

void CanvasScene::dropEdge(const ConnectionId &id)
{
    const auto it = m_edges.constFind(id);
    if (it == m_edges.cend())
        return;
    for (const ComponentId &end : {it->from, it->to}) {
        const auto adj = m_adjacent.find(end);
        if (adj != m_adjacent.end()) {
            adj->removeOne(id);
            if (adj->isEmpty())
                m_adjacent.erase(adj);
        }
    }
    m_edges.erase(it);
    m_edgeIndex.remove(id);
    m_labels.remove(id);
    if (m_hoveredConnection == id)
        setHoveredConnection({});
    emit edgeRemoved(id);
}

void CanvasScene::updateEdgesOf(const ComponentId &id)
{
    const Design &d = document()->design();
    const QList<ConnectionId> touching = m_adjacent.value(id);
    for (const ConnectionId &e : touching) {
        if (const Connection *c = d.connection(e)) {
            indexEdge(*c);
            emit edgeChanged(e, true);
        }
    }
}

void CanvasScene::boundsMayHaveChanged()
{
    m_boundsDirty = true;
    if (m_boundsSignalPending)
        return;
    m_boundsSignalPending = true;
    // One notification per burst of edits (a drag moves many components at once).
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_boundsSignalPending = false;
            emit contentBoundsChanged();
            const bool empty = isEmpty();
            if (empty != m_wasEmpty) {
                m_wasEmpty = empty;
                emit emptyChanged();
            }
        },
        Qt::QueuedConnection);
}

QRectF CanvasScene::contentBounds() const
{
    if (m_boundsDirty) {
        m_boundsDirty = false;
        m_bounds = document() ? document()->design().bounds() : QRectF();
    }
    return m_bounds;
}

bool CanvasScene::isEmpty() const
{
    return m_components.size() == 0 && m_zones.size() == 0;
}

void CanvasScene::setHoveredComponent(const QString &id)
{
    if (m_hoveredComponent == id)
        return;
    const QString previous = m_hoveredComponent;
    m_hoveredComponent = id;
    emit hoveredComponentChanged(previous);
}

void CanvasScene::setHoveredConnection(const QString &id)
{
    if (m_hoveredConnection == id)
        return;
    const QString previous = m_hoveredConnection;
    m_hoveredConnection = id;
    emit hoveredConnectionChanged(previous);
}

const SceneEdge *CanvasScene::edge(const ConnectionId &id) const
{
    const auto it = m_edges.constFind(id);
    return it == m_edges.cend() ? nullptr : &*it;
}

QString CanvasScene::componentAt(QPointF point) const
{
    const Document *doc = document();
    if (!doc)
        return {};
    const Selection *sel = selection();
    QString best;
    qsizetype bestIndex = -1;
    bool bestSelected = false;
    m_components.forEachIn(QRectF(point, QSizeF(0, 0)), [&](const QString &id, const QRectF &) {
        const bool selected = sel && sel->hasComponent(id);
        const qsizetype index = doc->design().componentIndex(id);
        if ((selected && !bestSelected) || (selected == bestSelected && index > bestIndex)) {
            best = id;
            bestIndex = index;
            bestSelected = selected;
        }
    });
    return best;
}

QString CanvasScene::connectionAt(QPointF point, double tolerance) const
{
    QString best;
    double bestDistance = std::numeric_limits<double>::max();
    m_edgeIndex.forEachIn(
        QRectF(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance),
        [&](const QString &id, const QRectF &) {
            const SceneEdge *e = edge(id);
            if (!e)
                return;
            const double d = distanceToPolyline(point, e->polyline);
            if (d <= tolerance && d < bestDistance) {
                best = id;
                bestDistance = d;
            }
        });
    return best;
}

QString CanvasScene::zoneAt(QPointF point) const
{
    const Document *doc = document();
    if (!doc)
        return {};
    QString best;
    qsizetype bestIndex = -1;
    m_zones.forEachIn(QRectF(point, QSizeF(0, 0)), [&](const QString &id, const QRectF &) {
        const qsizetype index = doc->design().zoneIndex(id);
        if (index > bestIndex) {
            best = id;
            bestIndex = index;
        }
    });
    return best;
}

QString CanvasScene::innermostZoneAt(QPointF point) const
{
    QString best;
    double bestArea = std::numeric_limits<double>::max();
    m_zones.forEachIn(QRectF(point, QSizeF(0, 0)), [&](const QString &id, const QRectF &r) {
        const double area = r.width() * r.height();
        if (area < bestArea) {
            best = id;
            bestArea = area;
        }
    });
    return best;
}

QStringList CanvasScene::componentsIn(const QRectF &rect) const
{
    const Document *doc = document();
    if (!doc)
        return {};
    QList<std::pair<qsizetype, QString>> found;
    m_components.forEachIn(rect, [&](const QString &id, const QRectF &) {
        found.append({doc->design().componentIndex(id), id});
    });
    std::sort(found.begin(), found.end());
    QStringList out;
    out.reserve(found.size());
    for (const auto &f : std::as_const(found))
        out << f.second;
    return out;
}

QRectF CanvasScene::componentRect(const QString &id) const
{
    return m_components.rect(id);
}

QRectF CanvasScene::zoneRect(const QString &id) const
{
    return m_zones.rect(id);
}

QPointF CanvasScene::connectionMidpoint(const QString &id) const
{
    const SceneEdge *e = edge(id);
    if (!e)
        return {};
    return e->labelRect.isNull() ? e->path.mid : e->labelRect.center();
}

QRectF CanvasScene::labelRect(const QString &id) const
{
    const SceneEdge *e = edge(id);
    return e ? e->labelRect : QRectF();
}

QRectF CanvasScene::placeLabel(const SceneEdge &edge) const
{
    if (edge.label.trimmed().isEmpty())
        return {};
    const double text
        = std::min(QFontMetricsF(m_labelFont).horizontalAdvance(edge.label), maxLabelWidth);
    const QSizeF size(std::ceil(text) + 2 * pillPadding, pillHeight);
    auto at = [&](double t) {
        const QPointF c = edge.path.at(t);
        return QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                      size.height());
    };
    const Design &d = document()->design();
    for (double t : labelSpots) {
        const QRectF r = at(t);
        bool clear = true;
        m_labels.forEachIn(
            r, [&](const QString &other, const QRectF &) { clear = clear && other == edge.id; });
        if (!clear)
            continue;
        // Not on a component (its own ends excepted: the curve leaves them anyway).
        m_components.forEachIn(r, [&](const QString &id, const QRectF &) {
            clear = clear && (id == edge.from || id == edge.to || !d.component(id));
        });
        if (clear)
            return r;
    }
    return at(0.5);
}

} // namespace mlsd::ui
