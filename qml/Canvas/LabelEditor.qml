import QtQuick
import MlsdBoard

/*!
 * Edits a label in place: placed (in scene coordinates) over the text it replaces. Enter or
 * leaving the field commits, Escape cancels.
 */
Rectangle {
    id: editor

    /// "component", "connection" or "zone" ("" when not editing).
    property string kind: ""
    property string targetId: ""
    property alias text: input.text
    property int fontPixelSize: 13

    signal committed(string kind, string targetId, string text)
    signal finished()

    function open(kind, targetId, text, area) {
        editor.kind = kind
        editor.targetId = targetId
        x = area.x
        y = area.y
        width = area.width
        height = area.height
        input.text = text
        visible = true
        input.forceActiveFocus()
        input.selectAll()
    }

    function commit() {
        if (!visible)
            return
        visible = false
        committed(kind, targetId, input.text)
        kind = ""
        targetId = ""
        finished()
    }

    function cancel() {
        if (!visible)
            return
        visible = false
        kind = ""
        targetId = ""
        finished()
    }

    visible: false
    radius: 4
    color: Theme.node
    border.width: 1.5
    border.color: Theme.focus
    z: 10

    TextInput {
        id: input
        anchors.fill: parent
        anchors.leftMargin: 5
        anchors.rightMargin: 5
        verticalAlignment: TextInput.AlignVCenter
        font.pixelSize: editor.fontPixelSize
        font.weight: Font.DemiBold
        color: Theme.text
        selectionColor: Theme.selection
        selectedTextColor: Theme.accentText
        clip: true
        maximumLength: 1000
        Accessible.name: qsTr("Label")

        Keys.onReturnPressed: editor.commit()
        Keys.onEnterPressed: editor.commit()
        Keys.onEscapePressed: editor.cancel()
        onActiveFocusChanged: if (!activeFocus) editor.commit()
    }
}
