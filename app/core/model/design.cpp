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

void Design::insertConnection(qsizetype index, Connection connection)
{
    ++m_connectionByEnds[{connection.from, connection.to}];
    m_connections.insert(index, std::move(connection));
}

Connection Design::takeConnectionAt(qsizetype index)
{
    Connection c = m_connections.takeAt(index);
    auto ends = m_connectionByEnds.find({c.from, c.to});
    if (ends != m_connectionByEnds.end() && --ends.value() <= 0)
        m_connectionByEnds.erase(ends);
    return c;
}

const Connection *Design::findConnection(const ComponentId &from, const ComponentId &to) const
{
    if (!m_connectionByEnds.contains({from, to}))
        return nullptr;
    for (const Connection &c : connections()) {
        if (c.from == from && c.to == to)
            return &c;
    }
    return nullptr;
}

void Design::reserve(qsizetype components, qsizetype connections, qsizetype zones)
{
    m_components.reserve(components);
    m_connections.reserve(connections);
    m_connectionByEnds.reserve(connections);
    m_zones.reserve(zones);
}

QString Design::uniqueId(const QString &prefix) const
{
    const QString base = prefix.isEmpty() ? QStringLiteral("n") : prefix;
    for (qsizetype n = 1;; ++n) {
        const QString candidate = base + QString::number(n);
        if (!m_components.contains(candidate) && !m_connections.contains(candidate)
            && !m_zones.contains(candidate))
            return candidate;
    }
}

QRectF Design::bounds() const
{
    QRectF r;
    for (const Component &c : components())
        r = r.isNull() ? c.rect() : r.united(c.rect());
    for (const Zone &z : zones())
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
