import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

/*! The Inspector and Brief tabs driven by mouse and keys: editing a label and an annotation,
 *  undo restoring them, and typing in a brief section. */
Item {
    id: root
    width: 420
    height: 1000

    Session {
        id: session
    }

    InspectorPanel {
        id: inspector
        width: 380
        height: 1000
        session: session
    }

    BriefPanel {
        id: brief
        x: 0
        width: 380
        height: 1000
        visible: false
        session: session
    }

    TestCase {
        name: "Inspector"
        when: windowShown

        function init() {
            verify(session.open(sourceDir + "/tests/data/basic/design.mlsd"))
            brief.visible = false
            inspector.visible = true
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_nothingSelectedShowsTheDesign() {
            session.selection.clear()
            const title = findChild(inspector, "designTitleField")
            verify(title && title.visible)
            compare(title.text, "Basic funnel")
            mouseClick(title)
            keySequence(StandardKey.SelectAll)
            typeText("Feed")
            compare(session.title, "Feed")
            session.history.undo()
            compare(session.title, "Basic funnel")
        }

        function test_editLabelThenUndo() {
            session.selection.selectComponent("rk")
            const field = findChild(inspector, "labelField")
            verify(field)
            tryCompare(field, "text", "DCN ranker")
            mouseClick(field)
            verify(field.activeFocus)
            keySequence(StandardKey.SelectAll)
            typeText("GBDT")
            compare(session.componentLabel("rk"), "GBDT")
            keyClick(Qt.Key_Tab)           // leaving the field ends the typing burst
            compare(session.history.undoText, "Rename component")
            session.history.undo()         // one step for the whole word
            compare(session.componentLabel("rk"), "DCN ranker")
            compare(field.text, "DCN ranker")
        }

        function test_editAnnotationThenUndo() {
            session.selection.selectComponent("rk")
            const field = findChild(inspector, "annotation_latency_budget")
            verify(field, "latency budget is suggested for ranking")
            mouseClick(field.area)
            verify(field.area.activeFocus)
            typeText("30 ms p99")
            keyClick(Qt.Key_Tab)
            compare(field.text, "30 ms p99")
            verify(session.history.undoText.indexOf("latency budget") >= 0, session.history.undoText)
            session.history.undo()
            compare(field.text, "")
        }

        function test_selectingAnotherComponentShowsIt() {
            session.selection.selectComponent("flt")
            tryCompare(findChild(inspector, "labelField"), "text", "Seen / region filter")
            session.selection.selectComponent("cg1")
            tryCompare(findChild(inspector, "labelField"), "text", "Two-tower ANN")
            const notes = findChild(inspector, "notesField")
            verify(notes)
            compare(notes.text, "Retrieves **top-500** by dot product.")
        }

        function test_notesAreTypedAndUndone() {
            session.selection.selectComponent("flt")
            const notes = findChild(inspector, "notesField")
            verify(notes)
            mouseClick(notes.area)
            typeText("Drops seen items")
            compare(session.componentCount, 4)
            keyClick(Qt.Key_Tab)
            compare(session.history.undoText, "Edit notes")
            session.history.undo()
            compare(notes.text, "")
        }

        function test_connectionLabelAndKind() {
            session.selection.selectConnection("c2")
            const field = findChild(inspector, "connectionLabelField")
            verify(field)
            mouseClick(field)
            typeText("survivors")
            keyClick(Qt.Key_Tab)
            compare(field.text, "survivors")
            session.history.undo()
            compare(field.text, "")
        }

        function test_zoneTitle() {
            session.selection.selectZone("online")
            const field = findChild(inspector, "zoneLabelField")
            verify(field)
            compare(field.text, "Online serving")
            mouseClick(field)
            keySequence(StandardKey.SelectAll)
            typeText("Serving")
            keyClick(Qt.Key_Tab)
            session.history.undo()
            compare(field.text, "Online serving")
        }

        function test_briefSectionIsTypedInto() {
            inspector.visible = false
            brief.visible = true
            const field = findChild(brief, "brief_business_objective")
            verify(field)
            mouseClick(field.area)
            verify(field.area.activeFocus)
            typeText("Watch time")
            keyClick(Qt.Key_Tab)
            compare(brief.model.filledCount, 2)
            compare(field.text, "Watch time")
            session.history.undo()
            compare(field.text, "")
            compare(brief.model.filledCount, 1)
            const task = findChild(brief, "brief_task")
            compare(task.text, "Recommend videos on the homepage.")
        }
    }
}
