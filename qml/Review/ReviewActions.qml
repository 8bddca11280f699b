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
    /// Called with the comment's target ("" for the whole design): opens the composer.
    property var comment: function(target) {}
    /// Called with "comments" or "rubric": shows that page of the Review tab.
    property var showReview: function(page) {}

    readonly property Action show: Action {
        text: qsTr("&Review")
        icon.name: "comment"
        shortcut: "Ctrl+Shift+R"
        onTriggered: root.showReview("comments")
    }
    readonly property Action commentOnSelection: Action {
        text: qsTr("Comment on &Selection")
        shortcut: "Ctrl+Alt+M"
        enabled: root.session.selection.currentComponent.length > 0
        onTriggered: root.comment(root.session.selection.currentComponent)
    }
    readonly property Action commentOnDesign: Action {
        text: qsTr("Comment on the &Design")
        onTriggered: root.comment("")
    }
    readonly property Action scoreRubric: Action {
        text: qsTr("Score the R&ubric")
        icon.name: "rubric"
        onTriggered: root.showReview("rubric")
    }
}
