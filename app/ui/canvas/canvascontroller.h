#pragma once

#include "canvas/canvasscene.h"
#include "canvas/hittest.h"
#include "session/connections.h"

#include <QHash>
#include <QLineF>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * Turns pointer gestures on the canvas into Document edits. The canvas's one MouseArea passes
 * press, move and release in scene coordinates; the controller hit-tests through the scene's
 * spatial indexes and runs the gesture: move the selection (snapping to alignment guides and the
 * grid; one undo step, zone membership updated on drop), connect from a handle (with a preview,
 * refusing self-loops and duplicates), rubber-band select, draw a zone (tool "zone"), resize a
 * zone by its handles. It publishes what the canvas draws meanwhile (band, guides, draft zone,
 * preview connection, cursor).
 */
class CanvasController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::CanvasScene *scene READ scene WRITE setScene NOTIFY sceneChanged)
    /// The view's scale: tolerances are in screen pixels.
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    /// The visible scene rectangle (components in it are alignment candidates).
    Q_PROPERTY(QRectF viewport MEMBER m_viewport NOTIFY viewportChanged)
    /// Grid size for snapping; 0 turns grid snapping off.
    Q_PROPERTY(qreal grid MEMBER m_grid NOTIFY gridChanged)
    /// "select", or "zone" to draw a zone by dragging.
    Q_PROPERTY(QString tool MEMBER m_tool NOTIFY toolChanged)
    /// The running gesture: "", "move", "connect", "band", "zoneDraw", "zoneResize".
    Q_PROPERTY(QString gesture READ gesture NOTIFY gestureChanged)
    Q_PROPERTY(QRectF rubberBand READ rubberBand NOTIFY rubberBandChanged)
    Q_PROPERTY(QRectF zoneDraft READ zoneDraft NOTIFY zoneDraftChanged)
    /// Alignment guides while moving: rectangles of zero width or height (scene coordinates).
    Q_PROPERTY(QVariantList guides READ guides NOTIFY guidesChanged)
    Q_PROPERTY(QString connectFrom READ connectFrom NOTIFY connectChanged)
    Q_PROPERTY(QString connectTo READ connectTo NOTIFY connectChanged)
    Q_PROPERTY(QPointF connectPoint READ connectPoint NOTIFY connectChanged)
    Q_PROPERTY(bool connectValid READ connectValid NOTIFY connectChanged)
    /// The Qt::CursorShape for where the pointer is.
    Q_PROPERTY(int cursorShape READ cursorShape NOTIFY cursorShapeChanged)
    /// Components showing connection handles: the hovered one and the single selected one.
    Q_PROPERTY(QRectF hoverRect READ hoverRect NOTIFY handleRectsChanged)
    Q_PROPERTY(QRectF focusRect READ focusRect NOTIFY handleRectsChanged)

public:
    explicit CanvasController(QObject *parent = nullptr);

    [[nodiscard]] CanvasScene *scene() const { return m_scene; }
    void setScene(CanvasScene *scene);
    [[nodiscard]] qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    [[nodiscard]] QString gesture() const;
    [[nodiscard]] QRectF rubberBand() const { return m_band; }
    [[nodiscard]] QRectF zoneDraft() const { return m_zoneDraft; }
    [[nodiscard]] QVariantList guides() const;
    [[nodiscard]] QString connectFrom() const { return m_connectFrom; }
    [[nodiscard]] QString connectTo() const { return m_connectTo; }
    [[nodiscard]] QPointF connectPoint() const { return m_connectPoint; }
    [[nodiscard]] bool connectValid() const { return m_connectValid; }
    [[nodiscard]] int cursorShape() const { return m_cursor; }
    [[nodiscard]] QRectF hoverRect() const;
    [[nodiscard]] QRectF focusRect() const;

    /*!
     * What is at \a point (scene coordinates), see ui::hitTest(): a map with `kind` — "handle"
     * (a component's connection handle; `id`, `side`: left, right, top, bottom), "component",
     * "connection", "zoneHandle" (`handle` 0–7 clockwise from the top-left corner), "zoneTitle",
     * "zone" or "none" — and `id`.
     */
    Q_INVOKABLE [[nodiscard]] QVariantMap hitTest(QPointF point) const;

    Q_INVOKABLE void hover(QPointF point);
    /// The pointer left the canvas.
    Q_INVOKABLE void leave();
    /// \a modifiers: Qt::KeyboardModifiers (Shift adds to the selection, Alt disables snapping).
    Q_INVOKABLE void press(QPointF point, int modifiers);
    Q_INVOKABLE void move(QPointF point, int modifiers);
    Q_INVOKABLE void release(QPointF point, int modifiers);
    /// Abandons the running gesture, undoing what it changed.
    Q_INVOKABLE void cancel();

signals:
    void sceneChanged();
    void zoomChanged();
    void viewportChanged();
    void gridChanged();
    void toolChanged();
    void gestureChanged();
    void rubberBandChanged();
    void zoneDraftChanged();
    void guidesChanged();
    void connectChanged();
    void cursorShapeChanged();
    void handleRectsChanged();
    /// A zone was drawn with the zone tool (the canvas then offers to name it).
    void zoneCreated(const QString &id);
    void connectionCreated(const QString &id);
    /// A gesture was refused; \a text says why (e.g. a duplicate connection).
    void refused(const QString &text);

private:
    enum class Gesture {
        None,
        PendingMove,
        Move,
        Connect,
        PendingBand,
        Band,
        ZoneDraw,
        ZoneResize
    };

    [[nodiscard]] Document *document() const { return m_scene ? m_scene->document() : nullptr; }
    [[nodiscard]] double pixels(double screen) const { return screen / m_zoom; }
    void setGesture(Gesture g);
    void setCursor(int shape);
    void setGuides(const QList<QLineF> &guides);
    void setConnect(const QString &from, const QString &to, QPointF point, bool valid);
    void pressComponentOrZone(bool isZone, const QString &id, bool additive);
    void startMove();
    void updateMove(QPointF point, bool snap);
    void finishMove();
    void updateBand(QPointF point);
    void updateConnect(QPointF point);
    void finishConnect();
    void finishZoneDraw(QPointF point);
    void updateZoneResize(QPointF point, bool snap);
    [[nodiscard]] int cursorFor(const Hit &hit) const;

    QPointer<CanvasScene> m_scene;
    Connections m_connections;
    qreal m_zoom = 1;
    QRectF m_viewport;
    qreal m_grid = 20;
    QString m_tool = QStringLiteral("select");

    Gesture m_gesture = Gesture::None;
    QPointF m_anchor;
    Hit::Kind m_pressKind = Hit::None;
    QString m_pressId;
    bool m_collapseOnClick = false; ///< a click on one of several selected items selects it alone
    bool m_macroOpen = false;
    bool m_gestureEdited = false; ///< the gesture pushed an undo command (for cancel())
    QHash<QString, QRectF> m_movingComponents; ///< start rectangles
    QHash<QString, QRectF> m_movingZones;
    QRectF m_movingBox;
    QPointF m_applied;
    QStringList m_bandBase;
    QRectF m_band;
    QRectF m_zoneDraft;
    QRectF m_zoneStart;
    int m_zoneHandle = -1;
    QList<QLineF> m_guides;
    QString m_connectFrom;
    QString m_connectTo;
    QPointF m_connectPoint;
    bool m_connectValid = true;
    int m_cursor = Qt::ArrowCursor;
};

} // namespace mlsd::ui
