#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace mlsd {

/*!
 * A uniform-grid spatial index of rectangles keyed by id: the canvas hit-tests and culls through
 * it instead of looping over every item. Insert, move and remove are O(cells covered); a query
 * visits only the cells it overlaps. Items covering very many cells are kept in a short side list
 * that every query scans, so one huge item never fills the grid.
 *
 * Intervals are closed: a rectangle touching the query's border is found, and a point query
 * (a zero-size rectangle) finds every item whose rectangle contains the point, borders included.
 */
class SpatialIndex
{
public:
    explicit SpatialIndex(double cellSize = 256.0);

    /// Adds \a id at \a rect, or moves it there when it is already indexed.
    void insert(const QString &id, const QRectF &rect);
    /// Removes \a id; does nothing when it is not indexed.
    void remove(const QString &id);
    void clear();

    [[nodiscard]] bool contains(const QString &id) const { return m_index.contains(id); }
    /// The (normalized) rectangle \a id was indexed with (a null rectangle when absent).
    [[nodiscard]] QRectF rect(const QString &id) const;
    [[nodiscard]] qsizetype size() const { return m_index.size(); }
    [[nodiscard]] double cellSize() const { return m_cellSize; }

    /// Ids of every item whose rectangle intersects \a rect (closed intervals), each once, in no
    /// particular order.
    [[nodiscard]] QList<QString> query(const QRectF &rect) const;
    /// Ids of every item within \a tolerance of \a point (its rectangle grown by \a tolerance
    /// contains the point).
    [[nodiscard]] QList<QString> queryPoint(QPointF point, double tolerance = 0) const;

    /// Calls \a visit(id, rect) for every item intersecting \a rect, each once.
    template<typename Visit>
    void forEachIn(const QRectF &rect, Visit visit) const
    {
        collect(rect);
        const QList<int> hits = m_hits; // a shared copy: \a visit may query again
        for (int slot : hits)
            visit(m_slots.at(slot).id, m_slots.at(slot).rect);
    }

private:
    struct Slot
    {
        QString id;
        QRectF rect;
        int x0 = 0, y0 = 0, x1 = -1, y1 = -1; ///< cells covered (x1 < x0: none, a large item)
        bool used = false;
    };

    [[nodiscard]] static quint64 cellKey(int x, int y)
    {
        return (quint64(quint32(x)) << 32) | quint32(y);
    }
    [[nodiscard]] int cellOf(double v) const;
    void link(int slot);
    void unlink(int slot);
    /// Fills m_hits with the slots intersecting \a rect.
    void collect(const QRectF &rect) const;

    double m_cellSize;
    QList<Slot> m_slots;
    QList<int> m_freeSlots;
    QHash<QString, int> m_index;
    QHash<quint64, QList<int>> m_cells;
    QList<int> m_large;
    mutable QList<quint32> m_seen; ///< per slot: the query stamp that last reported it
    mutable quint32 m_stamp = 0;
    mutable QList<int> m_hits;
};

} // namespace mlsd
