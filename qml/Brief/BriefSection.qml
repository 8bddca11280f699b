import QtQuick
import QtQuick.Layouts
import MlsdBoard

/*! One section of the brief: number, title, help text and a growing Markdown field. */
ColumnLayout {
    id: root

    required property int index
    required property string section
    required property string title
    required property string help
    required property string text
    required property bool filled

    readonly property alias field: field

    signal edited(int row, string text)
    signal finished()

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Rectangle {
            implicitWidth: 20
            implicitHeight: 20
            radius: 10
            color: root.filled ? Theme.accent : "transparent"
            border.width: root.filled ? 0 : 1
            border.color: Theme.borderStrong
            Text {
                anchors.centerIn: parent
                text: root.index + 1
                color: root.filled ? Theme.accentText : Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall - 1
                font.weight: Font.DemiBold
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
    }
    Text {
        Layout.fillWidth: true
        Layout.leftMargin: 28
        text: root.help
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
    }
    TextAreaField {
        id: field
        objectName: "brief_" + root.section
        Layout.fillWidth: true
        Layout.leftMargin: 28
        minHeight: 56
        maxHeight: 300
        label: root.title
        placeholderText: qsTr("Markdown")
        text: root.text
        onTextEdited: (text) => { if (text !== root.text) root.edited(root.index, text) }
        onEditingFinished: root.finished()
    }
}
