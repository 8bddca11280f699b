import QtQuick
import QtQuick.Layouts
import MlsdBoard

/*!
 * One annotation of a component: its title, where the suggestion comes from (type, template),
 * the help text, and a growing text field.
 */
ColumnLayout {
    id: root

    required property int index
    required property string key
    required property string title
    required property string help
    required property string value
    required property bool suggestedByCatalog
    required property bool suggestedByTemplate

    readonly property alias field: field

    signal edited(string key, string value)
    signal finished()

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        Text {
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.weight: Font.Medium
        }
        Tag {
            visible: root.suggestedByTemplate
            text: qsTr("template")
            tint: Theme.accent
        }
        Item { Layout.fillWidth: true }
        Rectangle {
            width: 7
            height: 7
            radius: 3.5
            color: root.value.trim().length > 0 ? Theme.success : Theme.borderStrong
            Accessible.ignored: true
        }
    }
    Text {
        Layout.fillWidth: true
        text: root.help
        visible: text.length > 0
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
    }
    TextAreaField {
        id: field
        objectName: "annotation_" + root.key
        Layout.fillWidth: true
        minHeight: 34
        maxHeight: 180
        label: root.title
        placeholderText: qsTr("Not written yet")
        text: root.value
        onTextEdited: (text) => { if (text !== root.value) root.edited(root.key, text) }
        onEditingFinished: root.finished()
    }
}
