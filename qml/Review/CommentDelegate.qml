import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * One review comment: who wrote it, what it is on (a click on the component shows it on the
 * canvas), the rendered Markdown, and edit / delete. A comment on a component that was removed
 * says so.
 */
Rectangle {
    id: root

    required property int index
    required property string commentId
    required property string target
    required property string targetLabel
    required property bool targetExists
    required property string author
    required property string text
    /// The comment is on the selected component.
    property bool highlighted: false
    property bool editing: false

    signal showTarget(string componentId)
    signal textEdited(string commentId, string text)
    signal editFinished()
    signal removeRequested(string commentId)

    objectName: "comment_" + commentId
    implicitHeight: column.implicitHeight + 20
    radius: Theme.radius
    color: Theme.panel
    border.width: root.highlighted ? 2 : 1
    border.color: root.highlighted ? Theme.accent : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 on %2: %3").arg(root.author.length > 0 ? root.author : qsTr("Reviewer"))
                     .arg(root.target.length > 0 ? root.targetLabel : qsTr("the whole design")).arg(root.text)

    ColumnLayout {
        id: column
        x: 12
        y: 10
        width: parent.width - 24
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Text {
                text: root.author.length > 0 ? root.author : qsTr("Reviewer")
                color: Theme.text
                font.pixelSize: Theme.fontSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.maximumWidth: 120
            }
            Text {
                text: qsTr("on")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall + 1
            }
            AbstractButton {
                id: targetChip
                objectName: "commentTarget"
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                // (No ids inside: contentItem is deferred.)
                implicitWidth: implicitContentWidth + 12
                implicitHeight: 20
                enabled: root.target.length > 0 && root.targetExists
                hoverEnabled: true
                text: root.target.length === 0 ? qsTr("the whole design")
                    : root.targetExists ? root.targetLabel : qsTr("%1 (removed)").arg(root.targetLabel)
                Accessible.name: qsTr("Show %1").arg(text)
                onClicked: root.showTarget(root.target)
                contentItem: Text {
                    text: targetChip.text
                    color: root.target.length === 0 ? Theme.textMuted : root.targetExists ? Theme.accent : Theme.textFaint
                    font.pixelSize: Theme.fontSizeSmall + 1
                    font.weight: Font.Medium
                    font.strikeout: root.target.length > 0 && !root.targetExists
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: 10
                    visible: root.target.length > 0
                    color: targetChip.hovered ? Theme.accentSoft : Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.12 : 0.06)
                    border.width: targetChip.visualFocus ? 2 : 0
                    border.color: Theme.focus
                }
            }
            Item { Layout.fillWidth: true }
            IconButton {
                objectName: "editComment"
                size: 24
                iconName: "edit"
                text: root.editing ? qsTr("Done editing") : qsTr("Edit comment")
                checkable: true
                checked: root.editing
                onClicked: {
                    root.editing = !root.editing
                    if (root.editing)
                        editor.area.forceActiveFocus()
                    else
                        root.editFinished()
                }
            }
            IconButton {
                objectName: "deleteComment"
                size: 24
                iconName: "trash"
                text: qsTr("Delete comment")
                onClicked: root.removeRequested(root.commentId)
            }
        }
        MarkdownView {
            Layout.fillWidth: true
            visible: !root.editing
            markdown: root.text
        }
        TextAreaField {
            id: editor
            Layout.fillWidth: true
            visible: root.editing
            minHeight: 56
            maxHeight: 240
            label: qsTr("Comment")
            text: root.text
            onTextEdited: (text) => { if (text !== root.text) root.textEdited(root.commentId, text) }
            onEditingFinished: root.editFinished()
        }
    }
}
