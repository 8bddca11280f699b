pragma ComponentBehavior: Bound
import QtQuick
import MlsdBoard

/*!
 * The whiteboard: zones, components and connections of the session's design, with pan and zoom.
 * The properties and functions below are its public interface (the window's menus, toolbar,
 * palette and check panel call them).
 *
 * Drawing: one transformed content item holds everything in scene coordinates. Zones and the
 * components near the view are light delegates (their models hold only what can be seen); every
 * connection is drawn by one EdgeLayer; below `detailZoom` the components are plain cards of the
 * CardLayer with their label only, in a font grown to stay readable, and below `labelZoom`
 * (where no readable label fits in a box) they are cards without any text. Pointer gestures go to a CanvasController, commands
 * to CanvasActions; both edit through the Document, so everything is undoable.
 */
Item {
    id: root

    required property Session session

    /// Zoom factor of the view (1 = 100 %).
    property real zoom: 1
    /// The zoom the level of detail is laid out for: label sizes, line widths, which components
    /// have text. It is `zoom`, except during a zoom gesture (wheel, pinch: zoomGestureAt), where
    /// it follows only in steps of `layoutStep`, and once the gesture pauses: laying out every
    /// visible label and rebuilding every visible tile is what makes a frame expensive, and in
    /// between the view scales what it has.
    property real layoutZoom: 1
    /// How far (a factor) a zoom gesture moves away from the laid-out zoom before it lays out again.
    readonly property real layoutStep: 1.5
    property bool showGrid: true
    property bool snapToGrid: true
    property bool showMinimap: true
    /// "select", or "zone" to draw a zone by dragging (returns to "select" after one zone).
    property string tool: "select"
    /// Height of a bar the window lays over the top of the canvas (the find bar goes below it).
    property real topInset: 0
    /// A practice run is on: the empty canvas does not offer templates (they hold the answer).
    property bool practicing: false

    /// Where the scene origin is on screen (the pan).
    property real panX: 0
    property real panY: 0
    readonly property real minZoom: 0.01
    readonly property real maxZoom: 4
    /// Below this zoom components are plain cards with their label only, and connections show no
    /// labels (the 13 px label would be under 7 px on screen).
    readonly property real detailZoom: 0.5
    /// Below this zoom components have no text: a readable label would not fit in a box.
    readonly property real labelZoom: 0.18
    /// The smallest label worth drawing, in screen pixels.
    readonly property real minLabelPixels: 7.5
    /// The components' label size in scene units: 13, or larger when zoomed out so that it stays
    /// readable on screen (in steps: each step lays the labels out again).
    readonly property real labelSize: Math.max(13, Math.ceil(minLabelPixels / layoutZoom / 2) * 2)
    readonly property real gridSize: 20
    /// The visible part of the scene.
    readonly property rect visibleRect: Qt.rect(-panX / zoom, -panY / zoom, width / zoom, height / zoom)
    readonly property bool detailed: layoutZoom >= detailZoom
    /// Component delegates exist (with their label) from labelZoom up (at once when zooming out
    /// below it, at the next layout when zooming in).
    readonly property bool labelled: layoutZoom >= labelZoom && zoom >= labelZoom
    /// The whole design is in view.
    readonly property bool showsEverything: {
        const b = scene.contentBounds, v = visibleRect
        return b.x >= v.x && b.y >= v.y && b.x + b.width <= v.x + v.width && b.y + b.height <= v.y + v.height
    }
    /// Below 65 %, component delegates leave out the type name (11 px: under 7 px on screen).
    readonly property bool compact: layoutZoom < 0.65
    /// Zone titles grow when zoomed out (in steps: each step lays them out again) to stay
    /// readable, up to what the strip above a zone's boxes can hold.
    readonly property real zoneTitleSize: Math.round(Math.max(13, Math.min(26, 8 / layoutZoom)) / 3) * 3
    /// Titles smaller than this on screen are noise, not text.
    readonly property bool zoneTitlesVisible: zoneTitleSize * layoutZoom >= 6
    /// Selected components draw their own raised card only while few are selected (see
    /// ComponentDelegate); the CardLayer draws larger selections.
    readonly property bool raiseSelected: session.selection.count <= 12

    // For tests and tools: the canvas's parts.
    readonly property alias scene: scene
    readonly property alias controller: controller
    readonly property alias actions: actions
    readonly property alias componentModel: componentModel
    readonly property alias edgeLayer: edgeLayer
    readonly property alias cardLayer: cardLayer
    readonly property alias labelEditor: labelEditor
    readonly property alias findBar: findBar
    readonly property alias reviewMarkers: reviewMarkers

    /// The empty state's "New from template…" button was pressed.
    signal newFromTemplateRequested()
    /// The review marker of component \a componentId was clicked.
    signal reviewMarkerActivated(string componentId)

    /// Fits the whole design into the view (never above 100 %).
    function fitToContent() {
        if (width <= 0 || height <= 0) {
            fitPending = true
            return
        }
        fitPending = false
        const b = scene.contentBounds
        if (b.width <= 0 || b.height <= 0) {
            zoom = 1
            panX = width / 2
            panY = height / 2
            return
        }
        const margin = 32
        const z = clampZoom(Math.min((width - 2 * margin) / b.width, (height - 2 * margin) / b.height, 1))
        zoom = z
        panX = width / 2 - (b.x + b.width / 2) * z
        panY = height / 2 - (b.y + b.height / 2) * z
    }
    /// Fits the design into the view once the current event is handled (after a load, a resize).
    function fitToContentLater() {
        fitTimer.restart()
    }
    /// Scrolls so that component \a id is in the middle of the view (and selects it).
    function centerOn(id) {
        const r = scene.componentRect(id)
        if (r.width <= 0)
            return
        session.selection.selectComponent(id)
        centerOnPoint(Qt.point(r.x + r.width / 2, r.y + r.height / 2))
    }
    /// Scrolls so that scene point \a p is in the middle of the view.
    function centerOnPoint(p) {
        panX = width / 2 - p.x * zoom
        panY = height / 2 - p.y * zoom
    }
    /// Adds a component of catalog type \a type at the centre of the view; returns its id.
    function addComponentAtCenter(type) {
        const id = actions.addComponentNear(type, Qt.point(visibleRect.x + visibleRect.width / 2,
                                                       visibleRect.y + visibleRect.height / 2))
        forceActiveFocus()
        return id
    }
    function zoomIn() { zoomAt(width / 2, height / 2, zoom * 1.25) }
    function zoomOut() { zoomAt(width / 2, height / 2, zoom / 1.25) }
    function resetZoom() { zoomAt(width / 2, height / 2, 1) }
    /// Sets the zoom to \a z keeping the scene point under (\a x, \a y) (view coordinates) in place.
    function zoomAt(x, y, z) {
        z = clampZoom(z)
        const sx = (x - panX) / zoom, sy = (y - panY) / zoom
        zoom = z
        panX = x - sx * z
        panY = y - sy * z
    }
    /// One step of a continuous zoom (wheel, pinch) to \a z at (\a x, \a y): as zoomAt, but the
    /// level of detail follows in steps (see layoutZoom).
    function zoomGestureAt(x, y, z) {
        const before = visibleRect
        zoomGesture = true
        zoomAt(x, y, z)
        zoomGesture = false
        const ratio = zoom / layoutZoom
        if (ratio >= layoutStep || ratio <= 1 / layoutStep) {
            layoutTimer.stop()
            layoutZoom = zoom
            return
        }
        if (!layoutTimer.running)
            layoutRect = before
        layoutTimer.restart()
    }
    function clampZoom(z) { return Math.max(minZoom, Math.min(maxZoom, z)) }
    function deleteSelection() { actions.deleteSelection() }
    function copySelection() { actions.copySelection() }
    function cutSelection() { actions.cutSelection() }
    function paste() { actions.paste(visibleRect) }
    function duplicateSelection() { actions.duplicateSelection() }
    function selectAll() { actions.selectAll() }
    function undo() { actions.undo() }
    function redo() { actions.redo() }
    /// Opens the find bar (Ctrl+F): type a label, Enter jumps to the component.
    function openFind() { findBar.open() }
    /// Starts editing the label of component \a id in place.
    function editLabel(id) {
        let r = scene.componentRect(id)
        if (r.width <= 0)
            return
        session.selection.selectComponent(id)
        if (zoom < 0.6)
            zoom = 1
        if (r.x * zoom + panX < 0 || (r.x + r.width) * zoom + panX > width
                || r.y * zoom + panY < 0 || (r.y + r.height) * zoom + panY > height)
            centerOnPoint(Qt.point(r.x + r.width / 2, r.y + r.height / 2))
        const badge = Math.min(36, r.height - 8)
        const left = r.x + 12 + badge + 6
        labelEditor.fontPixelSize = 13
        labelEditor.open("component", id, actions.componentLabel(id),
                         Qt.rect(left, r.y + r.height / 2 - 14, r.x + r.width - 8 - left, 26))
    }
    function editConnectionLabel(id) {
        const mid = scene.connectionMidpoint(id)
        session.selection.selectConnection(id)
        labelEditor.fontPixelSize = 12
        labelEditor.open("connection", id, actions.connectionLabel(id),
                         Qt.rect(mid.x - 80, mid.y - 13, 160, 26))
    }
    function editZoneLabel(id) {
        const r = scene.zoneRect(id)
        session.selection.selectZone(id)
        labelEditor.fontPixelSize = 13
        labelEditor.open("zone", id, actions.zoneLabel(id),
                         Qt.rect(r.x + 8, r.y + 5, Math.min(r.width - 16, 320), 26))
    }

    property bool fitPending: false
    property bool zoomGesture: false
    onZoomChanged: {
        if (!zoomGesture) {
            layoutTimer.stop()
            layoutZoom = zoom
        }
    }
    /// The view the text delegates were laid out for, kept while a zoom gesture is between
    /// steps: zooming out then shows the cards coming into view without their text until the
    /// next step, instead of creating their delegates frame after frame.
    property rect layoutRect
    readonly property rect delegateRect: layoutTimer.running ? layoutRect : visibleRect
    Timer {
        id: layoutTimer
        interval: 150
        onTriggered: root.layoutZoom = root.zoom
    }
    onWidthChanged: if (fitPending) fitToContent()
    onHeightChanged: if (fitPending) fitToContent()

    clip: true
    activeFocusOnTab: true
    Accessible.role: Accessible.Canvas
    Accessible.name: qsTr("Design canvas")

    CanvasScene {
        id: scene
        session: root.session
        onReset: root.fitToContentLater()
    }
    CanvasController {
        id: controller
        scene: scene
        zoom: root.zoom
        viewport: root.visibleRect
        grid: root.snapToGrid ? root.gridSize : 0
        tool: root.tool
        onZoneCreated: (id) => {
            root.tool = "select"
            root.editZoneLabel(id)
        }
        onRefused: (text) => toast.show(text)
    }
    CanvasActions {
        id: actions
        scene: scene
        grid: root.snapToGrid ? root.gridSize : 0
    }
    ComponentModel {
        id: componentModel
        scene: scene
        filtered: true
        viewport: root.labelled ? root.delegateRect : Qt.rect(0, 0, 0, 0)
    }
    ConnectionModel {
        id: labelModel
        scene: scene
        filtered: true
        viewport: root.detailed && root.zoom >= root.detailZoom ? root.delegateRect : Qt.rect(0, 0, 0, 0)
    }
    ZoneModel {
        id: zoneModel
        scene: scene
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.canvas
    }
    GridLayer {
        objectName: "grid"
        anchors.fill: parent
        visible: root.showGrid
        zoom: root.zoom
        origin: Qt.point(root.panX, root.panY)
        spacing: root.gridSize
        majorEvery: 5
        color: Theme.grid
        majorColor: Theme.gridMajor
    }

    // Everything in scene coordinates, under one transform.
    Item {
        id: content
        x: root.panX
        y: root.panY
        scale: root.zoom
        transformOrigin: Item.TopLeft

        ZoneLayer {
            id: zoneLayer
            objectName: "zoneFrames"
            scene: scene
            viewport: root.visibleRect
            zoom: root.layoutZoom
            fills: CanvasStyleSingleton.zoneFills
            borders: CanvasStyleSingleton.zoneBorders
            fill: CanvasStyleSingleton.zoneFill
            border: Theme.zoneBorder
            selectionColor: Theme.selection
            background: Theme.canvas
        }
        Repeater {
            objectName: "zones"
            model: zoneModel
            delegate: ZoneDelegate {
                pixel: 1 / root.layoutZoom
                titleSize: root.zoneTitleSize
                showTitle: root.zoneTitlesVisible
            }
        }
        EdgeLayer {
            id: edgeLayer
            objectName: "edges"
            scene: scene
            viewport: root.visibleRect
            zoom: root.layoutZoom
            color: Theme.edge
            requestColor: Theme.edgeRequest
            modelColor: Theme.edgeModel
            feedbackColor: Theme.edgeFeedback
            selectionColor: Theme.selection
            invalidColor: Theme.error
            previewFrom: controller.connectFrom
            previewTo: controller.connectTo
            previewPoint: controller.connectPoint
            previewValid: controller.connectValid
        }
        CardLayer {
            id: cardLayer
            objectName: "cards"
            scene: scene
            viewport: root.visibleRect
            zoom: root.layoutZoom
            detailZoom: root.detailZoom
            labelZoom: root.labelZoom
            cardColor: Theme.node
            borderColor: Theme.nodeBorder
            textColor: Theme.textMuted
            shadowColor: CanvasStyleSingleton.shadow
            selectionColor: Theme.selection
        }
        Repeater {
            objectName: "labels"
            model: labelModel
            delegate: EdgeLabel {}
        }
        Repeater {
            objectName: "components"
            model: componentModel
            delegate: ComponentDelegate {
                compact: root.compact
                labelOnly: !root.detailed
                labelSize: root.labelSize
                pixel: 1 / root.layoutZoom
                raiseSelected: root.raiseSelected
            }
        }
        // Keyboard focus: a ring around the current component while the canvas has focus.
        Rectangle {
            readonly property rect target: controller.focusRect
            readonly property real gap: 4 / root.zoom
            visible: root.activeFocus && target.width > 0
            x: target.x - gap
            y: target.y - gap
            width: target.width + 2 * gap
            height: target.height + 2 * gap
            radius: 8 + gap
            color: "transparent"
            border.width: 1.5 / root.zoom
            border.color: Theme.focus
            opacity: 0.6
            z: 2
        }
        HandleSet {
            rect: controller.focusRect
            pixel: 1 / root.zoom
            z: 3
        }
        HandleSet {
            rect: controller.hoverRect
            pixel: 1 / root.zoom
            z: 3
        }
        Repeater {
            model: controller.guides
            Rectangle {
                required property rect modelData
                x: modelData.x - width / 2 + modelData.width / 2
                y: modelData.y - height / 2 + modelData.height / 2
                width: Math.max(modelData.width, 1 / root.zoom)
                height: Math.max(modelData.height, 1 / root.zoom)
                color: CanvasStyleSingleton.guide
                z: 4
            }
        }
        Rectangle {
            readonly property rect band: controller.rubberBand
            visible: band.width > 0 || band.height > 0
            x: band.x
            y: band.y
            width: band.width
            height: band.height
            color: CanvasStyleSingleton.selectionFill
            border.width: 1 / root.zoom
            border.color: Theme.selection
            z: 5
        }
        Rectangle {
            readonly property rect draft: controller.zoneDraft
            visible: draft.width > 0 || draft.height > 0
            x: draft.x
            y: draft.y
            width: draft.width
            height: draft.height
            radius: 12
            color: CanvasStyleSingleton.zoneFill
            border.width: 1.5 / root.zoom
            border.color: Theme.selection
            z: 5
        }
        LabelEditor {
            id: labelEditor
            onCommitted: (kind, targetId, text) => {
                if (kind === "component")
                    actions.setComponentLabel(targetId, text)
                else if (kind === "connection")
                    actions.setConnectionLabel(targetId, text)
                else if (kind === "zone")
                    actions.setZoneLabel(targetId, text)
            }
            onFinished: root.forceActiveFocus()
        }
    }

    PointerArea {
        id: pointer
        anchors.fill: parent
        view: root
        zoom: root.zoom
        panX: root.panX
        panY: root.panY
        controller: controller
        onPanned: (dx, dy) => {
            root.panX += dx
            root.panY += dy
        }
        onZoomRequested: (x, y, z) => root.zoomGestureAt(x, y, z)
        onDoubleClickedAt: (p) => {
            const hit = controller.hitTest(p)
            if (hit.kind === "component" || hit.kind === "handle")
                root.editLabel(hit.id)
            else if (hit.kind === "connection")
                root.editConnectionLabel(hit.id)
            else if (hit.kind === "zoneTitle" || hit.kind === "zone")
                root.editZoneLabel(hit.id)
        }
    }

    // Review comment markers, above the pointer area so that they take their own clicks.
    ReviewMarkers {
        id: reviewMarkers
        x: root.panX
        y: root.panY
        scene: scene
        viewport: root.visibleRect
        zoom: root.zoom
        onActivated: (id) => root.reviewMarkerActivated(id)
    }

    // Components dragged from the palette.
    DropArea {
        anchors.fill: parent
        keys: ["mlsd/component-type"]
        onDropped: (drop) => {
            const type = drop.source ? drop.source.componentType : ""
            if (!type)
                return
            actions.addComponent(type, pointer.toScene(drop.x, drop.y))
            drop.accept(Qt.CopyAction)
            root.forceActiveFocus()
        }
    }

    EmptyState {
        anchors.centerIn: parent
        visible: scene.empty && root.session.componentCount === 0
        offerTemplates: !root.practicing
        onNewFromTemplateRequested: root.newFromTemplateRequested()
    }

    FindBar {
        id: findBar
        anchors.top: parent.top
        anchors.topMargin: 12 + root.topInset
        anchors.horizontalCenter: parent.horizontalCenter
        matches: text.length > 0 ? actions.countMatches(text) : 0
        onNext: (text, backwards) => {
            const id = actions.findNext(text, root.session.selection.currentComponent, backwards)
            if (id.length > 0)
                root.centerOn(id)
        }
        onClosed: root.forceActiveFocus()
    }

    Minimap {
        objectName: "minimap"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        // Only when there is something out of view to navigate to.
        visible: root.showMinimap && !scene.empty && !root.showsEverything
        scene: scene
        zones: zoneModel
        viewRect: root.visibleRect
        onNavigate: (p) => root.centerOnPoint(p)
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
    }

    Keys.onPressed: (event) => {
        const ctrl = event.modifiers & Qt.ControlModifier
        const shift = event.modifiers & Qt.ShiftModifier
        const step = shift ? 10 : 1
        if (event.key === Qt.Key_Space && !event.isAutoRepeat) {
            pointer.spaceHeld = true
        } else if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
            actions.deleteSelection()
        } else if (event.key === Qt.Key_Left) {
            actions.nudge(-step, 0)
        } else if (event.key === Qt.Key_Right) {
            actions.nudge(step, 0)
        } else if (event.key === Qt.Key_Up) {
            actions.nudge(0, -step)
        } else if (event.key === Qt.Key_Down) {
            actions.nudge(0, step)
        } else if (event.key === Qt.Key_Escape) {
            if (controller.gesture.length > 0)
                controller.cancel()
            else if (root.tool !== "select")
                root.tool = "select"
            else
                root.session.selection.clear()
        } else if ((event.key === Qt.Key_F2 || event.key === Qt.Key_Return) && !ctrl) {
            const sel = root.session.selection
            if (sel.currentComponent.length > 0)
                root.editLabel(sel.currentComponent)
            else if (sel.currentConnection.length > 0)
                root.editConnectionLabel(sel.currentConnection)
            else if (sel.currentZone.length > 0)
                root.editZoneLabel(sel.currentZone)
            else
                return
        } else if (ctrl && event.key === Qt.Key_A) {
            actions.selectAll()
        } else if (ctrl && event.key === Qt.Key_C) {
            actions.copySelection()
        } else if (ctrl && event.key === Qt.Key_X) {
            actions.cutSelection()
        } else if (ctrl && event.key === Qt.Key_V) {
            root.paste()
        } else if (ctrl && event.key === Qt.Key_D) {
            actions.duplicateSelection()
        } else if (ctrl && event.key === Qt.Key_F) {
            root.openFind()
        } else if (ctrl && (event.key === Qt.Key_Equal || event.key === Qt.Key_Plus)) {
            root.zoomIn()
        } else if (ctrl && event.key === Qt.Key_Minus) {
            root.zoomOut()
        } else if (ctrl && event.key === Qt.Key_0) {
            root.resetZoom()
        } else if (ctrl && event.key === Qt.Key_Z) {
            if (shift)
                actions.redo()
            else
                actions.undo()
        } else if (ctrl && event.key === Qt.Key_Y) {
            actions.redo()
        } else {
            return
        }
        event.accepted = true
    }
    Keys.onReleased: (event) => {
        if (event.isAutoRepeat)
            return
        if (event.key === Qt.Key_Space)
            pointer.spaceHeld = false
        else if (event.key === Qt.Key_Left || event.key === Qt.Key_Right
                 || event.key === Qt.Key_Up || event.key === Qt.Key_Down)
            actions.endNudge()
    }

    Timer {
        id: fitTimer
        interval: 0
        onTriggered: root.fitToContent()
    }

    Component.onCompleted: fitToContentLater()
}
