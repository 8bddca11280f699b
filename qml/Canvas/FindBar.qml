import QtQuick
import QtQuick.Controls
import MlsdBoard

/*!
 * The find bar (Ctrl+F): type part of a label or type name; Enter jumps to the next matching
 * component, Shift+Enter to the previous one, Escape closes.
 */
Rectangle {
    id: bar

    /// How many components match the text (shown next to the field).
    property int matches: 0
    property alias text: field.text

    signal next(string text, bool backwards)
    signal closed()

    function open() {
        visible = true
        field.forceActiveFocus()
        field.selectAll()
    }

    function close() {
        if (!visible)
            return
        visible = false
        closed()
    }

    visible: false
    width: 340
    height: 40
    radius: 8
    color: Theme.panel
    border.color: Theme.border

    Row {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 6
        spacing: 6

        TextField {
            id: field
            anchors.verticalCenter: parent.verticalCenter
            width: 180
            placeholderText: qsTr("Find a component…")
            font.pixelSize: Theme.fontSize
            Accessible.name: qsTr("Find a component by label")
            Keys.onReturnPressed: (event) => bar.next(text, event.modifiers & Qt.ShiftModifier)
            Keys.onEnterPressed: (event) => bar.next(text, event.modifiers & Qt.ShiftModifier)
            Keys.onEscapePressed: bar.close()
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            width: 58
            text: field.text.length === 0 ? "" : (bar.matches === 0 ? qsTr("No match")
                                                                     : qsTr("%n match(es)", "", bar.matches))
            color: bar.matches === 0 && field.text.length > 0 ? Theme.error : Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            elide: Text.ElideRight
        }
        ToolButton {
            anchors.verticalCenter: parent.verticalCenter
            text: "↑"
            enabled: bar.matches > 0
            onClicked: bar.next(field.text, true)
            Accessible.name: qsTr("Previous match")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Previous match (Shift+Enter)")
        }
        ToolButton {
            anchors.verticalCenter: parent.verticalCenter
            text: "↓"
            enabled: bar.matches > 0
            onClicked: bar.next(field.text, false)
            Accessible.name: qsTr("Next match")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Next match (Enter)")
        }
        ToolButton {
            anchors.verticalCenter: parent.verticalCenter
            text: "✕"
            onClicked: bar.close()
            Accessible.name: qsTr("Close find")
        }
    }
}
