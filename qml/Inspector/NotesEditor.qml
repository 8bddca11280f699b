import QtQuick
import QtQuick.Layouts
import MlsdBoard

/*!
 * Markdown notes: a text field and, under "Preview", the rendered text. Emits `edited` while the
 * user types and `finished` when the field loses focus.
 */
ColumnLayout {
    id: root

    property string text
    property bool preview: false

    readonly property alias field: field

    signal edited(string text)
    signal finished()

    spacing: 6

    SectionHeader {
        text: qsTr("Notes")
        Row {
            spacing: 2
            SegmentButton {
                text: qsTr("Write")
                checked: !root.preview
                onClicked: root.preview = false
            }
            SegmentButton {
                text: qsTr("Preview")
                checked: root.preview
                onClicked: root.preview = true
            }
        }
    }
    TextAreaField {
        id: field
        objectName: "notesField"
        Layout.fillWidth: true
        visible: !root.preview
        minHeight: 90
        maxHeight: 320
        label: qsTr("Notes (Markdown)")
        placeholderText: qsTr("Notes in Markdown: **bold**, lists, links…")
        text: root.text
        onTextEdited: (text) => { if (text !== root.text) root.edited(text) }
        onEditingFinished: root.finished()
    }
    Rectangle {
        Layout.fillWidth: true
        visible: root.preview
        implicitHeight: Math.max(90, previewText.implicitHeight + 16)
        radius: Theme.radius
        color: Theme.panelAlt
        border.color: Theme.border
        MarkdownView {
            id: previewText
            x: 8
            y: 8
            width: parent.width - 16
            markdown: root.text
            emptyText: qsTr("Nothing to preview yet.")
        }
    }
}
