#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>

namespace mlsd {

/*!
 * Items with unique string ids (`T::id`) in their own order, with an index from id to position.
 * Design keeps its components, connections and zones in one each; change the items only through
 * the methods here so the index stays right.
 */
template<typename T>
class IdList
{
public:
    [[nodiscard]] const QList<T> &items() const { return m_items; }
    [[nodiscard]] qsizetype size() const { return m_items.size(); }
    [[nodiscard]] bool contains(const QString &id) const { return m_index.contains(id); }
    /// The position of item \a id, or -1.
    [[nodiscard]] qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }
    /// Item \a id, or nullptr.
    [[nodiscard]] const T *find(const QString &id) const
    {
        const qsizetype i = indexOf(id);
        return i < 0 ? nullptr : &m_items.at(i);
    }
    [[nodiscard]] T *findForEdit(const QString &id)
    {
        const qsizetype i = indexOf(id);
        return i < 0 ? nullptr : &m_items[i];
    }

    /// Inserts \a item at \a index (clamped to the list).
    void insert(qsizetype index, T item)
    {
        index = std::clamp<qsizetype>(index, 0, m_items.size());
        m_items.insert(index, std::move(item));
        reindexFrom(index);
    }
    T takeAt(qsizetype index)
    {
        T item = m_items.takeAt(index);
        m_index.remove(item.id);
        reindexFrom(index);
        return item;
    }
    void reserve(qsizetype size)
    {
        m_items.reserve(size);
        m_index.reserve(size);
    }

    bool operator==(const IdList &other) const { return m_items == other.m_items; }

private:
    void reindexFrom(qsizetype from)
    {
        for (qsizetype i = from; i < m_items.size(); ++i)
            m_index[m_items.at(i).id] = i;
    }

    QList<T> m_items;
    QHash<QString, qsizetype> m_index;
};

} // namespace mlsd
