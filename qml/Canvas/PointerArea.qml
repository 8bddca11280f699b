import QtQuick
import MlsdBoard

/*!
 * The canvas's pointer input: one MouseArea over the whole view. Left-button gestures go to the
 * controller in scene coordinates; the middle button, or the left with Space held, pans; the wheel
 * pans (Shift: sideways) and with Ctrl zooms at the cursor; a pinch zooms.
 */
MouseArea {
    id: area

    required property Item view      // the canvas: takes the keyboard focus on a press
    /// The canvas's view transform: a scene point p is at p * zoom + pan on screen.
    required property real zoom
    required property real panX
    required property real panY
    required property CanvasController controller
    property bool spaceHeld: false
    property bool panning: false
    property point lastPan

    /// A double-click at \a scenePoint (the canvas edits what is there).
    signal doubleClickedAt(point scenePoint)
    /// The view is dragged or scrolled by (\a dx, \a dy) pixels.
    signal panned(real dx, real dy)
    /// Zoom to \a zoom keeping the point (\a x, \a y) of the view in place.
    signal zoomRequested(real x, real y, real zoom)

    function toScene(x, y) {
        return Qt.point((x - area.panX) / area.zoom, (y - area.panY) / area.zoom)
    }

    acceptedButtons: Qt.LeftButton | Qt.MiddleButton
    hoverEnabled: true
    preventStealing: true
    cursorShape: panning ? Qt.ClosedHandCursor
                         : (spaceHeld ? Qt.OpenHandCursor : controller.cursorShape)

    onPressed: (mouse) => {
        area.view.forceActiveFocus()
        if (mouse.button === Qt.MiddleButton || spaceHeld) {
            panning = true
            lastPan = Qt.point(mouse.x, mouse.y)
            return
        }
        controller.press(toScene(mouse.x, mouse.y), mouse.modifiers)
    }
    onPositionChanged: (mouse) => {
        if (panning) {
            area.panned(mouse.x - lastPan.x, mouse.y - lastPan.y)
            lastPan = Qt.point(mouse.x, mouse.y)
            return
        }
        controller.move(toScene(mouse.x, mouse.y), mouse.modifiers)
    }
    onReleased: (mouse) => {
        if (panning) {
            panning = false
            return
        }
        controller.release(toScene(mouse.x, mouse.y), mouse.modifiers)
    }
    onDoubleClicked: (mouse) => {
        if (mouse.button === Qt.LeftButton && !spaceHeld)
            area.doubleClickedAt(toScene(mouse.x, mouse.y))
    }
    onCanceled: {
        panning = false
        controller.cancel()
    }
    onExited: controller.leave()
    onWheel: (wheel) => {
        if (wheel.modifiers & Qt.ControlModifier) {
            const steps = wheel.angleDelta.y !== 0 ? wheel.angleDelta.y : wheel.pixelDelta.y * 4
            area.zoomRequested(wheel.x, wheel.y, area.zoom * Math.pow(1.0015, steps))
            return
        }
        let dx = wheel.pixelDelta.x, dy = wheel.pixelDelta.y
        if (dx === 0 && dy === 0) {
            dx = wheel.angleDelta.x / 2
            dy = wheel.angleDelta.y / 2
        }
        if (wheel.modifiers & Qt.ShiftModifier && dx === 0) {
            dx = dy
            dy = 0
        }
        area.panned(dx, dy)
    }

    PinchHandler {
        property real startZoom: 1
        target: null
        onActiveChanged: if (active) startZoom = area.zoom
        onActiveScaleChanged: if (active)
            area.zoomRequested(centroid.position.x, centroid.position.y, startZoom * activeScale)
    }
}
