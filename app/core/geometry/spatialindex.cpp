#include "geometry/spatialindex.h"

#include <algorithm>
#include <cmath>

namespace mlsd {

namespace {

/// Items covering more cells than this go to the side list.
constexpr qint64 maxCellsPerItem = 64;

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
           && b.top() <= a.bottom();
}

} // namespace

SpatialIndex::SpatialIndex(double cellSize)
    : m_cellSize(cellSize > 0 ? cellSize : 256.0)
{}

int SpatialIndex::cellOf(double v) const
{
    const double c = std::floor(v / m_cellSize);
    return int(std::clamp(c, -1.0e9, 1.0e9));
}

void SpatialIndex::link(int slot)
{
    Slot &s = m_slots[slot];
    const QRectF &r = s.rect;
    const int x0 = cellOf(r.left()), x1 = cellOf(r.right());
    const int y0 = cellOf(r.top()), y1 = cellOf(r.bottom());
    if (qint64(x1 - x0 + 1) * qint64(y1 - y0 + 1) > maxCellsPerItem) {
        s.x0 = 0;
        s.x1 = -1;
        m_large.append(slot);
        return;
    }
    s.x0 = x0;
    s.x1 = x1;
    s.y0 = y0;
    s.y1 = y1;
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y)
            m_cells[cellKey(x, y)].append(slot);
    }
}

void SpatialIndex::unlink(int slot)
{
    Slot &s = m_slots[slot];
    if (s.x1 < s.x0) {
        m_large.removeOne(slot);
        return;
    }
    for (int x = s.x0; x <= s.x1; ++x) {
        for (int y = s.y0; y <= s.y1; ++y) {
            const auto it = m_cells.find(cellKey(x, y));
            if (it == m_cells.end())
                continue;
            it->removeOne(slot);
            if (it->isEmpty())
                m_cells.erase(it);
        }
    }
}

void SpatialIndex::insert(const QString &id, const QRectF &rect)
{
    const auto found = m_index.constFind(id);
    int slot;
    if (found != m_index.constEnd()) {
        slot = *found;
        Slot &s = m_slots[slot];
        const QRectF r = rect.normalized();
        // A move within the same cells only updates the rectangle.
        if (s.x1 >= s.x0 && cellOf(r.left()) == s.x0 && cellOf(r.right()) == s.x1
            && cellOf(r.top()) == s.y0 && cellOf(r.bottom()) == s.y1) {
            s.rect = r;
            return;
        }
        unlink(slot);
    } else if (!m_freeSlots.isEmpty()) {
        slot = m_freeSlots.takeLast();
        m_index.insert(id, slot);
    } else {
        slot = int(m_slots.size());
        m_slots.append(Slot());
        m_seen.append(0);
        m_index.insert(id, slot);
    }
    Slot &s = m_slots[slot];
    s.id = id;
    s.rect = rect.normalized();
    s.used = true;
    link(slot);
}

void SpatialIndex::remove(const QString &id)
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd())
        return;
    const int slot = *found;
    m_index.erase(found);
    unlink(slot);
    m_slots[slot] = Slot();
    m_freeSlots.append(slot);
}

void SpatialIndex::clear()
{
    m_slots.clear();
    m_freeSlots.clear();
    m_index.clear();
    m_cells.clear();
    m_large.clear();
    m_seen.clear();
    m_stamp = 0;
}

QRectF SpatialIndex::rect(const QString &id) const
{
    const int slot = m_index.value(id, -1);
    return slot < 0 ? QRectF() : m_slots.at(slot).rect;
}

void SpatialIndex::collect(const QRectF &rect) const
{
    m_hits.clear();
    if (m_index.isEmpty())
        return;
    if (++m_stamp == 0) { // wrapped: forget every old stamp
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_stamp = 1;
    }
    const QRectF q = rect.normalized();
    auto consider = [&](int slot) {
        if (m_seen.at(slot) == m_stamp)
            return;
        m_seen[slot] = m_stamp;
        if (overlaps(m_slots.at(slot).rect, q))
            m_hits.append(slot);
    };
    const int x0 = cellOf(q.left()), x1 = cellOf(q.right());
    const int y0 = cellOf(q.top()), y1 = cellOf(q.bottom());
    const qint64 queryCells = qint64(x1 - x0 + 1) * qint64(y1 - y0 + 1);
    if (queryCells > m_cells.size()) {
        // A query larger than the occupied grid: walk the occupied cells instead.
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
            for (int slot : it.value())
                consider(slot);
        }
    } else {
        for (int x = x0; x <= x1; ++x) {
            for (int y = y0; y <= y1; ++y) {
                const auto it = m_cells.constFind(cellKey(x, y));
                if (it == m_cells.cend())
                    continue;
                for (int slot : it.value())
                    consider(slot);
            }
        }
    }
    for (int slot : m_large)
        consider(slot);
}

QList<QString> SpatialIndex::query(const QRectF &rect) const
{
    collect(rect);
    QList<QString> out;
    out.reserve(m_hits.size());
    for (int slot : std::as_const(m_hits))
        out.append(m_slots.at(slot).id);
    return out;
}

QList<QString> SpatialIndex::queryPoint(QPointF point, double tolerance) const
{
    return query(
        QRectF(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance));
}

} // namespace mlsd
