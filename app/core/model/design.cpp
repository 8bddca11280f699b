#include "model/design.h"

#include <algorithm>

namespace mlsd {

// ---- TextMap ----

QString TextMap::value(const QString &key) const
{
    for (const auto &[k, v] : m_entries) {
        if (k == key)
            return v;
    }
    return {};
}

bool TextMap::contains(const QString &key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&](const auto &entry) { return entry.first == key; });
}

bool TextMap::before(const QString &a, const QString &b) const
{
    const int ia = m_vocabulary ? schema::indexOf(*m_vocabulary, a) : -1;
    const int ib = m_vocabulary ? schema::indexOf(*m_vocabulary, b) : -1;
    if (ia >= 0 && ib >= 0)
        return ia < ib;
    if (ia >= 0 || ib >= 0)
        return ia >= 0;
    return a < b;
}

void TextMap::set(const QString &key, const QString &value)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const auto &entry) { return entry.first == key; });
    const bool empty = value.trimmed().isEmpty();
    if (it != m_entries.end()) {
        if (empty)
            m_entries.erase(it);
        else
            it->second = value;
        return;
    }
    if (empty)
        return;
    auto pos = std::find_if(m_entries.begin(), m_entries.end(),
                            [&](const auto &entry) { return before(key, entry.first); });
    m_entries.insert(pos, {key, value});
}

// ---- Review ----

const RubricScore *Review::score(const QString &dimension) const
{
    for (const auto &[id, value] : rubric) {
        if (id == dimension)
            return &value;
    }
    return nullptr;
}

void Review::setScore(const QString &dimension, const RubricScore &value)
{
    auto it = std::find_if(rubric.begin(), rubric.end(),
                           [&](const auto &entry) { return entry.first == dimension; });
    const bool empty = value.score == 0 && value.notes.trimmed().isEmpty() && value.extra.isEmpty();
    if (it != rubric.end()) {
        if (empty)
            rubric.erase(it);
        else
            it->second = value;
        return;
    }
    if (empty)
        return;
    const auto &dims = schema::rubricDimensions();
    auto rank = [&](const QString &id) {
        const int i = schema::indexOf(dims, id);
        return i < 0 ? int(dims.size()) : i;
    };
    auto pos = std::find_if(rubric.begin(), rubric.end(), [&](const auto &entry) {
        const int a = rank(dimension), b = rank(entry.first);
        return a != b ? a < b : dimension < entry.first;
    });
    rubric.insert(pos, {dimension, value});
}

// ---- Design ----

namespace {

template<typename T>
void shiftIndex(QHash<QString, qsizetype> &index, const QList<T> &items, qsizetype from)
{
    for (qsizetype i = from; i < items.size(); ++i)
        index[items.at(i).id] = i;
}

} // namespace

qsizetype Design::componentIndex(const ComponentId &id) const
{
    return m_componentIndex.value(id, -1);
}

const Component *Design::component(const ComponentId &id) const
{
    const qsizetype i = componentIndex(id);
    return i < 0 ? nullptr : &m_components.at(i);
}

Component *Design::componentForEdit(const ComponentId &id)
{
    const qsizetype i = componentIndex(id);
    return i < 0 ? nullptr : &m_components[i];
}

void Design::insertComponent(qsizetype index, Component component)
{
    index = std::clamp<qsizetype>(index, 0, m_components.size());
    m_components.insert(index, std::move(component));
    shiftIndex(m_componentIndex, m_components, index);
}

Component Design::takeComponentAt(qsizetype index)
{
    Component c = m_components.takeAt(index);
    m_componentIndex.remove(c.id);
    shiftIndex(m_componentIndex, m_components, index);
    return c;
}

qsizetype Design::connectionIndex(const ConnectionId &id) const
{
    return m_connectionIndex.value(id, -1);
}

const Connection *Design::connection(const ConnectionId &id) const
{
    const qsizetype i = connectionIndex(id);
    return i < 0 ? nullptr : &m_connections.at(i);
}

Connection *Design::connectionForEdit(const ConnectionId &id)
{
    const qsizetype i = connectionIndex(id);
    return i < 0 ? nullptr : &m_connections[i];
}

void Design::insertConnection(qsizetype index, Connection connection)
{
    index = std::clamp<qsizetype>(index, 0, m_connections.size());
    ++m_connectionByEnds[{connection.from, connection.to}];
    m_connections.insert(index, std::move(connection));
    shiftIndex(m_connectionIndex, m_connections, index);
}

Connection Design::takeConnectionAt(qsizetype index)
{
    Connection c = m_connections.takeAt(index);
    m_connectionIndex.remove(c.id);
    auto ends = m_connectionByEnds.find({c.from, c.to});
    if (ends != m_connectionByEnds.end() && --ends.value() <= 0)
        m_connectionByEnds.erase(ends);
    shiftIndex(m_connectionIndex, m_connections, index);
    return c;
}

const Connection *Design::findConnection(const ComponentId &from, const ComponentId &to) const
{
    if (!m_connectionByEnds.contains({from, to}))
        return nullptr;
    for (const Connection &c : m_connections) {
        if (c.from == from && c.to == to)
            return &c;
    }
    return nullptr;
}

qsizetype Design::zoneIndex(const ZoneId &id) const
{
    return m_zoneIndex.value(id, -1);
}

const Zone *Design::zone(const ZoneId &id) const
{
    const qsizetype i = zoneIndex(id);
    return i < 0 ? nullptr : &m_zones.at(i);
}

Zone *Design::zoneForEdit(const ZoneId &id)
{
    const qsizetype i = zoneIndex(id);
    return i < 0 ? nullptr : &m_zones[i];
}

void Design::insertZone(qsizetype index, Zone zone)
{
    index = std::clamp<qsizetype>(index, 0, m_zones.size());
    m_zones.insert(index, std::move(zone));
    shiftIndex(m_zoneIndex, m_zones, index);
}

Zone Design::takeZoneAt(qsizetype index)
{
    Zone z = m_zones.takeAt(index);
    m_zoneIndex.remove(z.id);
    shiftIndex(m_zoneIndex, m_zones, index);
    return z;
}

void Design::reserve(qsizetype components, qsizetype connections, qsizetype zones)
{
    m_components.reserve(components);
    m_componentIndex.reserve(components);
    m_connections.reserve(connections);
    m_connectionIndex.reserve(connections);
    m_connectionByEnds.reserve(connections);
    m_zones.reserve(zones);
    m_zoneIndex.reserve(zones);
}

QString Design::uniqueId(const QString &prefix) const
{
    const QString base = prefix.isEmpty() ? QStringLiteral("n") : prefix;
    for (qsizetype n = 1;; ++n) {
        const QString candidate = base + QString::number(n);
        if (!m_componentIndex.contains(candidate) && !m_connectionIndex.contains(candidate)
            && !m_zoneIndex.contains(candidate))
            return candidate;
    }
}

QRectF Design::bounds() const
{
    QRectF r;
    for (const Component &c : m_components)
        r = r.isNull() ? c.rect() : r.united(c.rect());
    for (const Zone &z : m_zones)
        r = r.isNull() ? z.rect() : r.united(z.rect());
    return r;
}

bool Design::operator==(const Design &o) const
{
    return title == o.title && templateId == o.templateId && brief == o.brief
           && suppressed == o.suppressed && review == o.review && practice == o.practice
           && extra == o.extra && m_components == o.m_components && m_connections == o.m_connections
           && m_zones == o.m_zones;
}

} // namespace mlsd
