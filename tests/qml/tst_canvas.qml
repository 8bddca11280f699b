import QtQuick
import QtTest
import MlsdBoard

// The canvas driven like a user would: real mouse and key events on a Canvas with a Session.
// tests/data/basic/design.mlsd: zone "online" (0,0 1040×200) holding cg1 (40,60), flt (300,60),
// rk (560,60) and app (820,60), each 180×72, connected cg1→flt→rk→app (c1, c2, c3).
Item {
    width: 1100
    height: 700

    Session {
        id: session
    }

    Canvas {
        id: canvas
        width: 1000
        height: 640
        session: session
    }

    SignalSpy {
        id: templateSpy
        target: canvas
        signalName: "newFromTemplateRequested"
    }

    // A palette entry being dragged (the shell's palette starts drags like this).
    Rectangle {
        id: paletteItem
        property string componentType: "ranking"
        x: 1040
        y: 20
        width: 24
        height: 24
        Drag.keys: ["mlsd/component-type"]
        Drag.dragType: Drag.Internal
    }

    TestCase {
    id: testCase
    name: "Canvas"
    when: windowShown

    function screen(x, y) {
        return Qt.point(x * canvas.zoom + canvas.panX, y * canvas.zoom + canvas.panY)
    }
    function toScene(x, y) {
        return Qt.point((x - canvas.panX) / canvas.zoom, (y - canvas.panY) / canvas.zoom)
    }
    function rectOf(id) { return canvas.scene.componentRect(id) }
    function centreOf(id) {
        const r = rectOf(id)
        return screen(r.x + r.width / 2, r.y + r.height / 2)
    }
    function click(p, modifiers) {
        mouseMove(canvas, p.x, p.y)
        mouseClick(canvas, p.x, p.y, Qt.LeftButton, modifiers === undefined ? Qt.NoModifier : modifiers)
    }
    /// Presses at \a from, moves in steps to \a to and releases there (the left button).
    function drag(from, to, modifiers) {
        const mods = modifiers === undefined ? Qt.NoModifier : modifiers
        mouseMove(canvas, from.x, from.y)
        mousePress(canvas, from.x, from.y, Qt.LeftButton, mods)
        const steps = 8
        for (let i = 1; i <= steps; ++i)
            mouseMove(canvas, from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps,
                      -1, Qt.LeftButton, mods)
        mouseRelease(canvas, to.x, to.y, Qt.LeftButton, mods)
    }
    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text.charAt(i))
    }

    function init() {
        verify(session.open(sourceDir + "/tests/data/basic/design.mlsd"))
        wait(1)  // the canvas fits the new design on the next pass of the event loop
        canvas.tool = "select"
        canvas.snapToGrid = true
        canvas.zoom = 1
        canvas.panX = 20
        canvas.panY = 20
        canvas.forceActiveFocus()
        compare(session.componentCount, 4)
        compare(session.connectionCount, 3)
    }

    function test_dropFromPaletteCreatesComponent() {
        const target = Qt.point(420, 420)
        paletteItem.x = 1040
        paletteItem.y = 20
        paletteItem.Drag.active = true
        paletteItem.x = target.x - 1
        paletteItem.y = target.y - 1
        paletteItem.x = target.x
        paletteItem.y = target.y
        // Drag moves are delivered on the next pass of the event loop.
        tryVerify(() => paletteItem.Drag.target !== null, 1000, "the canvas accepts component drags")
        paletteItem.Drag.drop()
        paletteItem.Drag.active = false
        compare(session.componentCount, 5)
        const id = session.selection.currentComponent
        verify(id.length > 0, "the new component is selected")
        const r = rectOf(id)
        const p = toScene(target.x, target.y)
        // Centred on the drop point, on the 20-unit grid.
        verify(Math.abs(r.x + r.width / 2 - p.x) <= 10 && Math.abs(r.y + r.height / 2 - p.y) <= 10,
               "placed at the drop point: " + JSON.stringify(r))
        compare(r.x % 20, 0)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(session.componentCount, 4, "one undo step removes it")
    }

    function test_connectByDraggingBetweenHandles() {
        // From the right handle of cg1 to the body of rk: a new connection.
        const handle = screen(220, 96)
        drag(handle, centreOf("rk"))
        compare(session.connectionCount, 4)
        // The same pair again is refused (a duplicate)…
        drag(handle, centreOf("rk"))
        compare(session.connectionCount, 4)
        // …and so is a connection back onto the component itself.
        drag(handle, screen(90, 90))
        compare(session.connectionCount, 4)
        // Dropping on empty canvas connects nothing.
        drag(handle, screen(300, 400))
        compare(session.connectionCount, 4)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(session.connectionCount, 3)
    }

    function test_connectionPreviewFollowsThePointer() {
        const handle = screen(220, 96)
        mouseMove(canvas, handle.x, handle.y)
        mousePress(canvas, handle.x, handle.y)
        const over = centreOf("rk")
        mouseMove(canvas, over.x, over.y, -1, Qt.LeftButton)
        compare(canvas.controller.gesture, "connect")
        compare(canvas.edgeLayer.previewFrom, "cg1")
        compare(canvas.edgeLayer.previewTo, "rk")
        verify(canvas.edgeLayer.previewValid)
        const onFlt = centreOf("flt")  // cg1→flt exists: refused
        mouseMove(canvas, onFlt.x, onFlt.y, -1, Qt.LeftButton)
        compare(canvas.edgeLayer.previewTo, "flt")
        verify(!canvas.edgeLayer.previewValid)
        mouseRelease(canvas, onFlt.x, onFlt.y)
        compare(canvas.edgeLayer.previewFrom, "")
        compare(session.connectionCount, 3)
    }

    function test_rubberBandSelects() {
        drag(screen(20, 250), screen(500, 100))
        compare(session.selection.componentIds, ["cg1", "flt"])
        // Shift adds to the selection.
        drag(screen(960, 250), screen(830, 120), Qt.ShiftModifier)
        compare(session.selection.componentIds, ["cg1", "flt", "app"])
        // A click on empty canvas clears it.
        click(screen(500, 400))
        compare(session.selection.count, 0)
    }

    function test_clickAndShiftClickSelect() {
        click(centreOf("flt"))
        compare(session.selection.componentIds, ["flt"])
        click(centreOf("app"), Qt.ShiftModifier)
        compare(session.selection.componentIds, ["flt", "app"])
        click(centreOf("flt"), Qt.ShiftModifier)
        compare(session.selection.componentIds, ["app"])
        // A click in a zone's body selects the zone.
        click(screen(500, 170))
        compare(session.selection.zoneIds, ["online"])
    }

    function test_deleteThenUndoRestoresComponentsAndConnections() {
        click(centreOf("flt"))
        keyClick(Qt.Key_Delete)
        compare(session.componentCount, 3)
        compare(session.connectionCount, 1, "the connections of flt go with it")
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(session.componentCount, 4)
        compare(session.connectionCount, 3)
        compare(rectOf("flt"), Qt.rect(300, 60, 180, 72))
        keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
        compare(session.componentCount, 3, "redo deletes again")
    }

    function test_selectAndDeleteConnection() {
        click(screen(520, 96))  // on the line flt→rk
        compare(session.selection.currentConnection, "c2")
        keyClick(Qt.Key_Delete)
        compare(session.connectionCount, 2)
        compare(session.componentCount, 4)
    }

    function test_zoomAtCursorKeepsThePointUnderIt_data() {
        return [
            { tag: "in", delta: 240 },
            { tag: "out", delta: -240 },
        ]
    }
    function test_zoomAtCursorKeepsThePointUnderIt(data) {
        const at = Qt.point(310, 215)
        const before = toScene(at.x, at.y)
        mouseWheel(canvas, at.x, at.y, 0, data.delta, Qt.NoButton, Qt.ControlModifier)
        verify(data.delta > 0 ? canvas.zoom > 1 : canvas.zoom < 1, "zoom " + canvas.zoom)
        const after = toScene(at.x, at.y)
        fuzzyCompare(after.x, before.x, 1e-6)
        fuzzyCompare(after.y, before.y, 1e-6)
    }

    function test_wheelZoomLaysOutInSteps() {
        compare(canvas.layoutZoom, 1)
        const label = canvas.labelSize
        // One notch in (x1.2): the view scales, the layout waits for the gesture to pause.
        mouseWheel(canvas, 300, 200, 0, 120, Qt.NoButton, Qt.ControlModifier)
        verify(canvas.zoom > 1.1, "zoom " + canvas.zoom)
        compare(canvas.layoutZoom, 1)
        tryCompare(canvas, "layoutZoom", canvas.zoom, 2000)
        // Out, notch after notch: laid out again each time the zoom is 1.5x away from the layout.
        const start = canvas.layoutZoom
        let relayouts = 0, last = start
        for (let i = 0; i < 6; ++i) {
            mouseWheel(canvas, 300, 200, 0, -120, Qt.NoButton, Qt.ControlModifier)
            const ratio = canvas.zoom / canvas.layoutZoom
            verify(ratio > 1 / canvas.layoutStep && ratio < canvas.layoutStep,
                   "zoom " + canvas.zoom + " laid out for " + canvas.layoutZoom)
            if (canvas.layoutZoom !== last)
                ++relayouts
            last = canvas.layoutZoom
        }
        compare(relayouts, 2)  // 1.2^6 = 3.0: two steps of 1.5, not six
        verify(canvas.labelSize > label, "labels grow when laid out zoomed out: " + canvas.labelSize)
        tryCompare(canvas, "layoutZoom", canvas.zoom, 2000)
        // Keys, fit and a direct change lay out at once.
        keyClick(Qt.Key_Equal, Qt.ControlModifier)
        compare(canvas.layoutZoom, canvas.zoom)
        canvas.zoom = 0.3
        compare(canvas.layoutZoom, 0.3)
    }

    function test_zoomKeysKeepTheCentre() {
        const centre = toScene(canvas.width / 2, canvas.height / 2)
        keyClick(Qt.Key_Equal, Qt.ControlModifier)
        fuzzyCompare(canvas.zoom, 1.25, 1e-9)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        fuzzyCompare(canvas.zoom, 0.8, 1e-9)
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(canvas.zoom, 1)
        const after = toScene(canvas.width / 2, canvas.height / 2)
        fuzzyCompare(after.x, centre.x, 1e-6)
        fuzzyCompare(after.y, centre.y, 1e-6)
    }

    function test_panWithWheelMiddleButtonAndSpace() {
        const x0 = canvas.panX, y0 = canvas.panY
        mouseWheel(canvas, 300, 300, 0, -120)
        compare(canvas.panY, y0 - 60)
        mousePress(canvas, 300, 300, Qt.MiddleButton)
        mouseMove(canvas, 350, 320, -1, Qt.MiddleButton)
        mouseRelease(canvas, 350, 320, Qt.MiddleButton)
        compare(canvas.panX, x0 + 50)
        compare(canvas.panY, y0 - 60 + 20)
        keyPress(Qt.Key_Space)
        mousePress(canvas, 300, 300)
        mouseMove(canvas, 280, 300, -1, Qt.LeftButton)
        mouseRelease(canvas, 280, 300)
        keyRelease(Qt.Key_Space)
        compare(canvas.panX, x0 + 30)
        compare(session.selection.count, 0, "panning selects nothing")
    }

    function test_fitToContentShowsEverything() {
        canvas.zoom = 3
        canvas.panX = -5000
        canvas.fitToContent()
        const b = canvas.scene.contentBounds
        const topLeft = screen(b.x, b.y), bottomRight = screen(b.x + b.width, b.y + b.height)
        verify(topLeft.x >= 0 && topLeft.y >= 0, JSON.stringify(topLeft))
        verify(bottomRight.x <= canvas.width && bottomRight.y <= canvas.height, JSON.stringify(bottomRight))
        verify(canvas.zoom <= 1)
    }

    function test_labelEditInPlace() {
        const p = centreOf("rk")
        mouseMove(canvas, p.x, p.y)
        mouseDoubleClickSequence(canvas, p.x, p.y)
        verify(canvas.labelEditor.visible)
        compare(canvas.labelEditor.text, "DCN ranker")
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("Cross-encoder")
        keyClick(Qt.Key_Return)
        verify(!canvas.labelEditor.visible)
        compare(canvas.actions.componentLabel("rk"), "Cross-encoder")
        verify(canvas.activeFocus, "focus returns to the canvas")
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(canvas.actions.componentLabel("rk"), "DCN ranker", "the rename is one undo step")
        // Escape cancels.
        canvas.editLabel("rk")
        typeText("Nope")
        keyClick(Qt.Key_Escape)
        compare(canvas.actions.componentLabel("rk"), "DCN ranker")
    }

    function test_connectionAndZoneLabelsEditInPlace() {
        const onLine = screen(520, 96)
        mouseMove(canvas, onLine.x, onLine.y)
        mouseDoubleClickSequence(canvas, onLine.x, onLine.y)
        verify(canvas.labelEditor.visible)
        compare(canvas.labelEditor.kind, "connection")
        typeText("features")
        keyClick(Qt.Key_Return)
        compare(canvas.actions.connectionLabel("c2"), "features")
        const title = screen(60, 12)
        mouseMove(canvas, title.x, title.y)
        mouseDoubleClickSequence(canvas, title.x, title.y)
        compare(canvas.labelEditor.kind, "zone")
        keyClick(Qt.Key_A, Qt.ControlModifier)
        typeText("Serving")
        keyClick(Qt.Key_Return)
        compare(canvas.actions.zoneLabel("online"), "Serving")
    }

    function test_arrowKeysNudge() {
        click(centreOf("app"))
        keyClick(Qt.Key_Right)
        compare(rectOf("app").x, 821)
        keyClick(Qt.Key_Right, Qt.ShiftModifier)
        compare(rectOf("app").x, 831)
        keyClick(Qt.Key_Up)
        compare(rectOf("app").y, 59)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(rectOf("app").y, 60, "each nudge is its own step")
        compare(rectOf("app").x, 831)
    }

    function test_dragMovesAsOneStepAndChangesZone() {
        const from = centreOf("app")
        drag(from, Qt.point(from.x + 3, from.y + 300))
        const r = rectOf("app")
        verify(r.y >= 340, "moved down: " + JSON.stringify(r))
        compare(r.y % 20, 0, "snapped to the grid")
        compare(canvas.scene.innermostZoneAt(Qt.point(r.x + 90, r.y + 36)), "")
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(rectOf("app"), Qt.rect(820, 60, 180, 72), "one undo step puts it back")
        // Dragged back into the zone, a component joins it.
        drag(from, Qt.point(from.x, from.y + 300))
        const out = centreOf("app")
        drag(out, Qt.point(out.x - 400, out.y - 290))
        verify(canvas.scene.innermostZoneAt(Qt.point(rectOf("app").x + 90, rectOf("app").y + 36)) === "online")
    }

    function test_multiSelectionMovesTogether() {
        click(centreOf("cg1"))
        click(centreOf("flt"), Qt.ShiftModifier)
        const from = centreOf("flt")
        // Without the grid, and far from any alignment: the exact pointer movement.
        canvas.snapToGrid = false
        drag(from, Qt.point(from.x + 43, from.y + 237))
        compare(rectOf("cg1"), Qt.rect(83, 297, 180, 72))
        compare(rectOf("flt"), Qt.rect(343, 297, 180, 72))
        compare(rectOf("rk"), Qt.rect(560, 60, 180, 72))
    }

    function test_dragSnapsToAlignmentGuides() {
        // Drag app down and a little to the left: its left edge comes within a few pixels of
        // rk's left edge (560) and snaps there, with a vertical guide.
        const from = centreOf("app")
        mouseMove(canvas, from.x, from.y)
        mousePress(canvas, from.x, from.y)
        mouseMove(canvas, from.x - 100, from.y + 145, -1, Qt.LeftButton)
        mouseMove(canvas, from.x - 257, from.y + 145, -1, Qt.LeftButton)
        compare(canvas.controller.guides.length, 1)
        compare(canvas.controller.guides[0].x, 560)
        compare(rectOf("app").x, 560)
        mouseRelease(canvas, from.x - 257, from.y + 145)
        compare(canvas.controller.guides.length, 0, "guides go when the drag ends")
        compare(rectOf("app").x, 560)
        compare(rectOf("app").y, 200, "the other axis snaps to the grid")
    }

    function test_copyPasteRoundTrip() {
        click(centreOf("cg1"))
        click(centreOf("flt"), Qt.ShiftModifier)
        keyClick(Qt.Key_C, Qt.ControlModifier)
        verify(canvas.actions.canPaste)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        compare(session.componentCount, 6)
        compare(session.connectionCount, 4, "the connection between the copies comes along")
        const pasted = session.selection.componentIds
        compare(pasted.length, 2)
        verify(pasted.indexOf("cg1") < 0 && pasted.indexOf("flt") < 0, "fresh ids")
        const labels = pasted.map(id => canvas.actions.componentLabel(id)).sort()
        compare(labels, ["Seen / region filter", "Two-tower ANN"])
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(session.componentCount, 4)
        compare(session.connectionCount, 3)
        // Duplicate (Ctrl+D) copies without the clipboard.
        click(centreOf("rk"))
        keyClick(Qt.Key_D, Qt.ControlModifier)
        compare(session.componentCount, 5)
    }

    function test_cutRemovesAndPasteRestores() {
        click(centreOf("app"))
        keyClick(Qt.Key_X, Qt.ControlModifier)
        compare(session.componentCount, 3)
        keyClick(Qt.Key_V, Qt.ControlModifier)
        compare(session.componentCount, 4)
        compare(canvas.actions.componentLabel(session.selection.currentComponent), "Home feed")
    }

    function test_drawZoneThenMoveItCarriesComponents() {
        canvas.tool = "zone"
        drag(screen(60, 300), screen(560, 520))
        compare(canvas.tool, "select", "the tool returns to select")
        const zone = session.selection.currentZone
        verify(zone.length > 0)
        compare(canvas.scene.zoneRect(zone), Qt.rect(60, 300, 500, 220))
        verify(canvas.labelEditor.visible, "a new zone offers to name it")
        typeText("Offline")
        keyClick(Qt.Key_Return)
        compare(canvas.actions.zoneLabel(zone), "Offline")
        // Moving the zone "online" by its title carries its four components.
        drag(screen(200, 12), screen(200, 52))
        compare(canvas.scene.zoneRect("online"), Qt.rect(0, 40, 1040, 200))
        compare(rectOf("cg1").y, 100)
        compare(rectOf("app").y, 100)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(rectOf("cg1").y, 60)
    }

    function test_resizeZoneByItsHandle() {
        canvas.panX = -300
        click(screen(500, 170))  // select the zone
        compare(session.selection.currentZone, "online")
        drag(screen(1040, 200), screen(1200, 300))  // the bottom-right handle
        compare(canvas.scene.zoneRect("online"), Qt.rect(0, 0, 1200, 300))
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(canvas.scene.zoneRect("online"), Qt.rect(0, 0, 1040, 200))
    }

    function test_findJumpsToComponent() {
        canvas.panX = -3000  // far away
        keyClick(Qt.Key_F, Qt.ControlModifier)
        verify(canvas.findBar.visible)
        typeText("ranker")
        compare(canvas.findBar.matches, 1)
        keyClick(Qt.Key_Return)
        compare(session.selection.currentComponent, "rk")
        const c = centreOf("rk")
        fuzzyCompare(c.x, canvas.width / 2, 1)
        fuzzyCompare(c.y, canvas.height / 2, 1)
        keyClick(Qt.Key_Escape)
        verify(!canvas.findBar.visible)
        verify(canvas.activeFocus)
    }

    function test_emptyCanvasOffersTemplates() {
        canvas.selectAll()
        canvas.deleteSelection()
        click(screen(500, 170))
        canvas.deleteSelection()  // the zone
        compare(session.componentCount, 0)
        tryVerify(() => canvas.scene.empty)
        const button = findChild(canvas, "newFromTemplateButton")
        verify(button !== null)
        tryVerify(() => button.visible)
        mouseClick(button)
        compare(templateSpy.count, 1)
        templateSpy.clear()
    }
}
}
