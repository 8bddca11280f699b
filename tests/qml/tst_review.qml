import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

/*! The Review tab driven as an interviewer: commenting on a component and on the whole design,
 *  scoring the rubric with notes, undo, and both surviving a save and reopen. */
Item {
    id: root
    width: 420
    height: 1000

    Session {
        id: session
    }

    ReviewPanel {
        id: panel
        width: 400
        height: 1000
        session: session
    }

    TestCase {
        name: "Review"
        when: windowShown

        function init() {
            verify(session.open(sourceDir + "/tests/data/basic/design.mlsd"))
            panel.page = "comments"
            panel.composer.onDesign = false
            panel.composer.authorField.text = "Ana"
            panel.composer.textField.text = ""
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function commentItem(id) {
            const item = findChild(panel.commentList, "comment_" + id)
            verify(item, "no delegate for comment " + id)
            return item
        }

        function test_commentOnTheSelectedComponent() {
            session.selection.selectComponent("rk")
            const target = findChild(panel.composer, "targetComponent")
            tryCompare(target, "text", "DCN ranker")
            verify(target.checked)
            const add = findChild(panel.composer, "addCommentButton")
            verify(!add.enabled)  // nothing written yet
            mouseClick(panel.composer.textField.area)
            typeText("Why DCN?")
            verify(add.enabled)
            mouseClick(add)
            compare(panel.comments.count, 1)
            compare(panel.composer.textField.text, "")  // ready for the next one
            const item = commentItem("r1")
            compare(item.target, "rk")
            compare(item.targetLabel, "DCN ranker")
            compare(item.author, "Ana")
            compare(item.text, "Why DCN?")
            compare(findChild(item, "commentTarget").contentItem.text, "DCN ranker")
            compare(panel.comments.countFor("rk"), 1)
            compare(session.history.undoText, "Comment on a component")
            verify(session.modified)

            session.history.undo()
            compare(panel.comments.count, 0)
            session.history.redo()
            compare(panel.comments.count, 1)
        }

        function test_commentOnTheWholeDesignWithCtrlEnter() {
            session.selection.selectComponent("rk")
            mouseClick(findChild(panel.composer, "targetDesign"))
            verify(!findChild(panel.composer, "targetComponent").checked)
            mouseClick(panel.composer.textField.area)
            typeText("Clear funnel")
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            compare(panel.comments.count, 1)
            const item = commentItem("r1")
            compare(item.target, "")
            compare(findChild(item, "commentTarget").contentItem.text, "the whole design")
            compare(session.history.undoText, "Comment on the design")
        }

        function test_blankCommentIsNotAdded() {
            mouseClick(panel.composer.textField.area)
            typeText("   ")
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            compare(panel.comments.count, 0)
        }

        function test_scoreTheRubricWithNotes() {
            mouseClick(findChild(panel, "rubricPage"))
            compare(panel.page, "rubric")
            const row = findChild(panel.rubricList, "rubric_metrics")
            verify(row)
            compare(row.score, 0)
            const three = findChild(row, "score_metrics_3")
            verify(three && three.visible)
            mouseClick(three)
            compare(row.score, 3)
            compare(panel.rubric.scoredCount, 1)
            compare(panel.rubric.average, 3)
            compare(session.history.undoText, "Score metrics")

            // Notes: one undo step for the typing burst.
            mouseClick(row.notesField.area)
            typeText("Offline only")
            keyClick(Qt.Key_Tab)
            compare(row.notes, "Offline only")
            compare(session.history.undoText, "Edit metrics notes")
            session.history.undo()
            compare(row.notes, "")
            compare(row.score, 3)
            session.history.redo()
            compare(row.notes, "Offline only")

            // Another dimension by keyboard; the chosen score again clears it.
            const modeling = findChild(panel.rubricList, "rubric_modeling")
            verify(modeling)
            const two = findChild(modeling, "score_modeling_2")
            mouseClick(two)
            compare(panel.rubric.scoredCount, 2)
            compare(panel.rubric.average, 2.5)
            keyClick(Qt.Key_4)
            compare(modeling.score, 4)
            mouseClick(findChild(modeling, "score_modeling_4"))
            compare(modeling.score, 0)
            compare(panel.rubric.scoredCount, 1)
        }

        function test_reviewSurvivesSaveAndReopen() {
            session.selection.selectComponent("cg1")
            mouseClick(panel.composer.textField.area)
            typeText("Which ANN?")
            mouseClick(findChild(panel.composer, "addCommentButton"))
            mouseClick(findChild(panel, "rubricPage"))
            const row = findChild(panel.rubricList, "rubric_serving_scale")
            verify(row)
            // A third click in a row within the double-click interval would be taken as part of
            // a multi-click: let the interval pass, as a person would.
            wait(Qt.styleHints.mouseDoubleClickInterval + 50)
            mouseClick(findChild(row, "score_serving_scale_2"))
            compare(row.score, 2)
            mouseClick(row.notesField.area)
            typeText("No cache")
            keyClick(Qt.Key_Tab)

            const path = tempDir + "/reviewed.mlsd"
            verify(session.saveAs(path))
            verify(!session.modified)
            verify(session.open(sourceDir + "/tests/data/basic/design.mlsd"))
            compare(panel.comments.count, 0)
            verify(session.open(path))
            compare(panel.comments.count, 1)
            panel.page = "comments"
            const item = commentItem("r1")
            compare(item.target, "cg1")
            compare(item.author, "Ana")
            compare(item.text, "Which ANN?")
            panel.page = "rubric"
            const again = findChild(panel.rubricList, "rubric_serving_scale")
            compare(again.score, 2)
            compare(again.notes, "No cache")
            compare(panel.rubric.scoredCount, 1)
        }
    }
}
