#include "canvas/scenelistmodel.h"

#include "canvas/canvasscene.h"
#include "canvas/selection.h"

#include <QTimer>

#include <algorithm>

namespace mlsd::ui {

namespace {

constexpr double addMargin = 0.1;
constexpr double keepMargin = 0.35;

QRectF grown(const QRectF &r, double fraction)
{
    const double dx = r.width() * fraction, dy = r.height() * fraction;
    return r.adjusted(-dx, -dy, dx, dy);
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
           && b.top() <= a.bottom();
}

} // namespace

SceneListModel::SceneListModel(bool filtered, QObject *parent)
    : QAbstractListModel(parent)
    , m_filtered(filtered)
{}

void SceneListModel::setScene(CanvasScene *scene)
{
    if (!m_connections.follow(m_scene, scene))
        return;
    if (scene) {
        track(connect(scene, &CanvasScene::reset, this, &SceneListModel::resetRows));
        track(connect(scene, &CanvasScene::sessionChanged, this, &SceneListModel::followSelection));
        connectScene(scene);
    }
    followSelection();
    emit sceneChanged();
}

void SceneListModel::followSelection()
{
    disconnect(m_selectionConnection);
    m_selected.clear();
    if (Selection *sel = m_scene ? m_scene->selection() : nullptr) {
        m_selectionConnection
            = connect(sel, &Selection::changed, this, &SceneListModel::onSelectionChanged);
        const QStringList ids = selectedIn(sel);
        m_selected = QSet<QString>(ids.cbegin(), ids.cend());
    }
    resetRows();
}

void SceneListModel::onSelectionChanged()
{
    const Selection *sel = m_scene ? m_scene->selection() : nullptr;
    if (!sel)
        return;
    const QStringList ids = selectedIn(sel);
    QSet<QString> now(ids.cbegin(), ids.cend());
    const QSet<QString> before = std::exchange(m_selected, now);
    for (const QString &id : before) {
        if (!now.contains(id))
            emitRoles(id, {selectedRole()});
    }
    for (const QString &id : std::as_const(now)) {
        if (!before.contains(id))
            emitRoles(id, {selectedRole()});
    }
}

void SceneListModel::setFiltered(bool filtered)
{
    if (m_filtered == filtered)
        return;
    m_filtered = filtered;
    resetRows();
    emit filteredChanged();
}

void SceneListModel::setViewport(const QRectF &viewport)
{
    if (m_viewport == viewport)
        return;
    m_viewport = viewport;
    if (m_filtered && !m_syncPending) {
        m_syncPending = true;
        QMetaObject::invokeMethod(this, &SceneListModel::syncStep, Qt::QueuedConnection);
    }
    emit viewportChanged();
}

void SceneListModel::syncViewport()
{
    if (!m_syncPending)
        return;
    m_syncPending = false;
    if (m_filtered)
        syncToViewport();
}

void SceneListModel::syncStep()
{
    if (!m_syncPending)
        return;
    m_syncPending = false;
    if (m_filtered)
        syncToViewport(maxAddedPerPass);
}

QString SceneListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QString();
}

int SceneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool SceneListModel::wanted(const QRectF &rect, bool present) const
{
    if (!m_filtered)
        return true;
    if (m_viewport.isEmpty())
        return false;
    return overlaps(rect, grown(m_viewport, present ? keepMargin : addMargin));
}

void SceneListModel::resetRows()
{
    m_syncPending = false;
    QStringList rows;
    if (!m_filtered)
        rows = allItems();
    else if (!m_viewport.isEmpty())
        rows = itemsIn(grown(m_viewport, addMargin));
    if (rows == m_rows)
        return; // no delegate needs to be made again
    const int before = count();
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i), i);
    endResetModel();
    if (before != count())
        emit countChanged();
}

void SceneListModel::syncToViewport(int limit)
{
    QSet<QString> gone;
    for (const QString &id : std::as_const(m_rows)) {
        if (!wanted(itemRect(id), true))
            gone.insert(id);
    }
    removeRows(gone);
    if (m_viewport.isEmpty())
        return;
    QStringList fresh;
    for (const QString &id : itemsIn(grown(m_viewport, addMargin))) {
        if (!m_rowOf.contains(id))
            fresh << id;
    }
    if (limit >= 0 && fresh.size() > limit) {
        // The middle of the view first; the rest on the next frame (a short timer, not a
        // queued call, which would run before the frame is drawn).
        const QPointF centre = m_viewport.center();
        QList<std::pair<double, QString>> byDistance;
        byDistance.reserve(fresh.size());
        for (const QString &id : std::as_const(fresh)) {
            const QPointF d = itemRect(id).center() - centre;
            byDistance.append({d.x() * d.x() + d.y() * d.y(), id});
        }
        std::partial_sort(byDistance.begin(), byDistance.begin() + limit, byDistance.end());
        fresh.clear();
        for (int i = 0; i < limit; ++i)
            fresh << byDistance.at(i).second;
        m_syncPending = true;
        QTimer::singleShot(16, this, &SceneListModel::syncStep);
    }
    appendRows(fresh);
}

bool SceneListModel::itemMoved(const QString &id)
{
    const bool present = m_rowOf.contains(id);
    const bool want = wanted(itemRect(id), present);
    if (want && !present) {
        appendRows({id});
        return true;
    }
    if (!want && present) {
        removeItem(id);
        return true;
    }
    return false;
}

void SceneListModel::appendRows(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(ids.size()) - 1);
    for (const QString &id : ids) {
        m_rowOf.insert(id, int(m_rows.size()));
        m_rows << id;
    }
    endInsertRows();
    emit countChanged();
}

void SceneListModel::removeItem(const QString &id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(id);
    reindexFrom(row);
    endRemoveRows();
    emit countChanged();
}

void SceneListModel::removeRows(const QSet<QString> &ids)
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row >= 0)
            rows << row;
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Remove contiguous runs, last first, so earlier rows keep their numbers meanwhile.
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1)
            first = rows.at(--i);
        --i;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowOf.remove(m_rows.at(r));
        m_rows.remove(first, last - first + 1);
        reindexFrom(first);
        endRemoveRows();
    }
    emit countChanged();
}

void SceneListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i), i);
}

void SceneListModel::emitRoles(const QString &id, const QList<int> &roles)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, roles);
}

} // namespace mlsd::ui
