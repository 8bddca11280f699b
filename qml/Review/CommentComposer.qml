import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * Writes a review comment: on the selected component or on the whole design, signed with the
 * reviewer's name (remembered), in Markdown. Ctrl+Enter or the Add button adds it
 * (`submitted(target, author, text)`), then the field is cleared for the next one.
 */
Rectangle {
    id: root

    /// The selected component ("" when none) and its label.
    property string selectedComponent
    property string selectedLabel
    /// Comment on the whole design even though a component is selected.
    property bool onDesign: false

    readonly property string target: root.onDesign ? "" : root.selectedComponent
    readonly property alias textField: textField
    readonly property alias authorField: authorField
    readonly property alias addButton: addButton

    signal submitted(string target, string author, string text)

    /// Focuses the text field to comment on \a target ("" for the design).
    function compose(target) {
        root.onDesign = target.length === 0
        textField.area.forceActiveFocus()
    }
    function submit() {
        const text = textField.text
        if (text.trim().length === 0)
            return
        root.submitted(root.target, authorField.text, text)
        textField.text = ""
    }

    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: Theme.panelAlt
    border.color: textField.area.activeFocus ? Theme.accent : Theme.border

    ColumnLayout {
        id: column
        x: 12
        y: 12
        width: parent.width - 24
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            FormLabel { text: qsTr("On") }
            Item { Layout.preferredWidth: 4 }
            SegmentButton {
                objectName: "targetComponent"
                text: root.selectedComponent.length > 0 ? root.selectedLabel : qsTr("Selected component")
                enabled: root.selectedComponent.length > 0
                opacity: enabled ? 1 : 0.5
                checked: root.target.length > 0
                Layout.maximumWidth: 170
                onClicked: root.onDesign = false
            }
            SegmentButton {
                objectName: "targetDesign"
                text: qsTr("Whole design")
                checked: root.target.length === 0
                onClicked: root.onDesign = true
            }
            Item { Layout.fillWidth: true }
        }
        TextAreaField {
            id: textField
            objectName: "commentText"
            Layout.fillWidth: true
            minHeight: 64
            maxHeight: 200
            label: qsTr("Comment")
            placeholderText: root.target.length > 0 ? qsTr("A comment on %1 (Markdown)").arg(root.selectedLabel)
                                                    : qsTr("A comment on the whole design (Markdown)")
        }
        Shortcut {
            sequences: ["Ctrl+Return", "Ctrl+Enter"]
            enabled: textField.area.activeFocus
            onActivated: root.submit()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TextInputField {
                id: authorField
                objectName: "commentAuthor"
                Layout.fillWidth: true
                label: qsTr("Your name")
                placeholderText: qsTr("Your name")
                text: Preferences.reviewerName
                onEditingFinished: Preferences.reviewerName = text
            }
            ThemedButton {
                id: addButton
                objectName: "addCommentButton"
                text: qsTr("Add comment")
                primary: true
                enabled: textField.text.trim().length > 0
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: ShortcutText.of("Ctrl+Return")
                onClicked: {
                    Preferences.reviewerName = authorField.text
                    root.submit()
                }
            }
        }
    }
}
