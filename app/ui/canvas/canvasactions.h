#pragma once

#include "canvas/canvasscene.h"
#include "session/connections.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The canvas's commands (what menus, keys and the palette ask of it), each one Document edit and
 * so one undo step: add, delete, nudge, clipboard, duplicate, rename in place, find, undo and
 * redo. Pointer gestures are the CanvasController's.
 */
class CanvasActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::CanvasScene *scene READ scene WRITE setScene NOTIFY sceneChanged)
    /// Grid size for placing new components; 0 places them where asked.
    Q_PROPERTY(qreal grid READ grid WRITE setGrid NOTIFY gridChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    /// True when the system clipboard holds a fragment to paste.
    Q_PROPERTY(bool canPaste READ canPaste NOTIFY canPasteChanged)

public:
    explicit CanvasActions(QObject *parent = nullptr);

    [[nodiscard]] CanvasScene *scene() const { return m_scene; }
    void setScene(CanvasScene *scene);
    [[nodiscard]] qreal grid() const { return m_grid; }
    void setGrid(qreal grid);
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] bool canRedo() const;
    [[nodiscard]] bool canPaste() const;

    /// Adds a component of catalog type \a type centred on \a center (in the zone there, if
    /// any), selects it and returns its id.
    Q_INVOKABLE QString addComponent(const QString &type, QPointF center);
    /*!
     * Adds a component of type \a type as close to \a center as it fits without covering
     * another component (searching outwards, right first, then below, in grid steps), selects
     * it and returns its id: adding several from the palette never stacks them.
     */
    Q_INVOKABLE QString addComponentNear(const QString &type, QPointF center);
    /// Deletes the selected components (with their connections), connections and zones.
    Q_INVOKABLE void deleteSelection();
    /// Moves the selected components and zones by (\a dx, \a dy); a burst of nudges is one step
    /// until endNudge().
    Q_INVOKABLE void nudge(qreal dx, qreal dy);
    Q_INVOKABLE void endNudge();
    Q_INVOKABLE void selectAll();

    /// Copies the selection to the system clipboard; returns false when nothing is selected.
    Q_INVOKABLE bool copySelection();
    Q_INVOKABLE bool cutSelection();
    /*!
     * Pastes the clipboard's fragment, offset from where it was copied, or centred in \a view
     * when that would be out of sight; selects what was pasted. Returns the new component ids.
     */
    Q_INVOKABLE QStringList paste(const QRectF &view);
    /// Copies the selection next to itself (not through the clipboard).
    Q_INVOKABLE QStringList duplicateSelection();

    Q_INVOKABLE void setComponentLabel(const QString &id, const QString &label);
    Q_INVOKABLE void setConnectionLabel(const QString &id, const QString &label);
    Q_INVOKABLE void setZoneLabel(const QString &id, const QString &label);
    Q_INVOKABLE [[nodiscard]] QString componentLabel(const QString &id) const;
    Q_INVOKABLE [[nodiscard]] QString connectionLabel(const QString &id) const;
    Q_INVOKABLE [[nodiscard]] QString zoneLabel(const QString &id) const;

    /// The next component after \a after (in file order, wrapping; backwards with \a backwards)
    /// whose label or type name contains \a text, ignoring case; "" when none does.
    Q_INVOKABLE [[nodiscard]] QString findNext(const QString &text, const QString &after,
                                               bool backwards = false) const;
    /// How many components match \a text.
    Q_INVOKABLE [[nodiscard]] int countMatches(const QString &text) const;

    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

signals:
    void sceneChanged();
    void gridChanged();
    void undoStateChanged();
    void canPasteChanged();

private:
    [[nodiscard]] Document *document() const { return m_scene ? m_scene->document() : nullptr; }
    /// Adds \a fragment moved by \a offset; selects and returns the new components.
    QStringList addFragment(Design fragment, QPointF offset, const QString &text);
    void followDocument();

    QPointer<CanvasScene> m_scene;
    Connections m_sceneConnections;
    Connections m_undoConnections;
    qreal m_grid = 0;
    bool m_nudging = false;
    QByteArray m_lastPasted; ///< the clipboard text pasted last, for cascading repeated pastes
    int m_pasteCount = 0;
};

} // namespace mlsd::ui
