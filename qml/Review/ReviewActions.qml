import QtQuick
import QtQuick.Controls
import MlsdBoard

/*!
 * The review commands for the menus and the toolbar: open the Review tab, comment on the selected
 * component or on the whole design, score the rubric.
 */
QtObject {
    id: root

    required property Session session
    /// Asks the window to open the composer for a comment on `target` ("" for the whole design).
    signal commentRequested(string target)
    /// Asks the window to show a page ("comments" or "rubric") of the Review tab.
    signal reviewRequested(string page)

    readonly property Action show: Action {
        text: qsTr("&Review")
        icon.name: "comment"
        shortcut: "Ctrl+Shift+R"
        onTriggered: root.reviewRequested("comments")
    }
    readonly property Action commentOnSelection: Action {
        text: qsTr("Comment on &Selection")
        shortcut: "Ctrl+Alt+M"
        enabled: root.session.selection.currentComponent.length > 0
        onTriggered: root.commentRequested(root.session.selection.currentComponent)
    }
    readonly property Action commentOnDesign: Action {
        text: qsTr("Comment on the &Design")
        onTriggered: root.commentRequested("")
    }
    readonly property Action scoreRubric: Action {
        text: qsTr("Score the R&ubric")
        icon.name: "rubric"
        onTriggered: root.reviewRequested("rubric")
    }
}
