#pragma once

#include "session/connections.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QRectF>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

class CanvasScene;
class Selection;

/*!
 * A list model of the items (by id) of a CanvasScene. It can hold only the items near a
 * viewport, so a canvas creates delegates for what can be seen rather than for the whole design.
 * With `filtered` set, items within 10 % of the viewport's size around it get a row and keep it
 * until they are 35 % out (no churn while panning back and forth); an empty viewport means no
 * rows. Viewport changes are applied once per pass of the event loop (a zoom changes the zoom and
 * both pan coordinates: only the last rectangle matters), or at once with syncViewport(). A
 * change that brings many items into view (zooming out into a dense design) adds at most
 * maxAddedPerPass rows per pass, nearest to the middle of the view first, and the rest on the
 * following frames, so that no frame stalls on creating hundreds of delegates. It follows the
 * session's selection and emits the selected role of the rows that flip.
 *
 * Rows are the model's own order: the subclass's order after a reset, then items are appended as
 * they appear. Subclasses say where items are and which items exist; this class inserts and
 * removes rows (never a reset except on resetRows()) and emits dataChanged for chosen roles.
 */
class SceneListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(mlsd::ui::CanvasScene *scene READ scene WRITE setScene NOTIFY sceneChanged)
    Q_PROPERTY(bool filtered READ isFiltered WRITE setFiltered NOTIFY filteredChanged)
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SceneListModel(bool filtered, QObject *parent = nullptr);

    [[nodiscard]] CanvasScene *scene() const { return m_scene; }
    void setScene(CanvasScene *scene);
    [[nodiscard]] bool isFiltered() const { return m_filtered; }
    void setFiltered(bool filtered);
    [[nodiscard]] QRectF viewport() const { return m_viewport; }
    void setViewport(const QRectF &viewport);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    /// The row of item \a id, or -1 when it has none.
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }
    Q_INVOKABLE [[nodiscard]] QString idAt(int row) const;
    /// Applies a pending viewport change now, every row at once.
    Q_INVOKABLE void syncViewport();
    /// Rows added per pass of the event loop when a viewport change brings many items in.
    static constexpr int maxAddedPerPass = 60;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;

signals:
    void sceneChanged();
    void filteredChanged();
    void viewportChanged();
    void countChanged();

protected:
    /// Connects to the signals of \a scene that concern this model's items (store the
    /// connections with track()).
    virtual void connectScene(CanvasScene *scene) = 0;
    void track(const QMetaObject::Connection &connection) { m_connections << connection; }
    /// The ids of this model's kind that \a selection holds.
    [[nodiscard]] virtual QStringList selectedIn(const Selection *selection) const = 0;
    /// The role that says whether a row is selected.
    [[nodiscard]] virtual int selectedRole() const = 0;
    [[nodiscard]] bool isSelected(const QString &id) const { return m_selected.contains(id); }

    /// Every item that may have a row, in the order rows get after a reset.
    [[nodiscard]] virtual QStringList allItems() const = 0;
    /// Items that may have a row and whose rectangle intersects \a rect.
    [[nodiscard]] virtual QStringList itemsIn(const QRectF &rect) const = 0;
    /// Where item \a id is (scene coordinates).
    [[nodiscard]] virtual QRectF itemRect(const QString &id) const = 0;

    /// The id of a valid \a index.
    [[nodiscard]] const QString &idOf(const QModelIndex &index) const
    {
        return m_rows.at(index.row());
    }
    /// Rebuilds every row (a new design); does nothing when the rows would stay the same.
    void resetRows();
    /// Item \a id appeared or moved: gives it a row or takes it away as the viewport wants.
    /// Returns true when its row was added or removed (no dataChanged needed then).
    bool itemMoved(const QString &id);
    /// Item \a id is gone (or no longer wanted).
    void removeItem(const QString &id);
    /// Emits dataChanged(\a roles) for \a id if it has a row.
    void emitRoles(const QString &id, const QList<int> &roles);

private:
    void followSelection();
    void onSelectionChanged();
    [[nodiscard]] bool wanted(const QRectF &rect, bool present) const;
    /// Brings the rows in line with the viewport: all the new ones, or at most \a limit of them
    /// (the rest on a later pass).
    void syncToViewport(int limit = -1);
    void syncStep();
    void appendRows(const QStringList &ids);
    void removeRows(const QSet<QString> &ids);
    void reindexFrom(int row);

    QPointer<CanvasScene> m_scene;
    Connections m_connections;
    QMetaObject::Connection m_selectionConnection;
    QSet<QString> m_selected;
    bool m_filtered = false;
    bool m_syncPending = false;
    QRectF m_viewport;
    QStringList m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace mlsd::ui
