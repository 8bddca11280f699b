import QtQuick
import QtQuick.Controls
import MlsdBoard

/*!
 * One component type in the palette: its colour tile and icon, name and description. Dragging it
 * moves `dragGhost` (a DragGhost) onto the canvas; a double-click emits `activated`.
 */
Item {
    id: root

    required property int index
    required property string typeId
    required property string name
    required property string description
    required property url icon
    required property color color

    property DragGhost dragGhost
    property bool current: false

    signal activated(string typeId)
    signal pressed()

    implicitHeight: 46
    Accessible.role: Accessible.ListItem
    Accessible.name: root.name
    Accessible.description: root.description

    Rectangle {
        anchors.fill: parent
        anchors.leftMargin: 6
        anchors.rightMargin: 6
        radius: Theme.radius
        color: mouse.pressed ? Theme.pressed : (mouse.containsMouse || root.current) ? Theme.hover : "transparent"
        border.width: root.current ? 2 : 0
        border.color: Theme.focus
    }

    ComponentTile {
        id: tile
        x: Theme.padding + 2
        anchors.verticalCenter: parent.verticalCenter
        color: root.color
        icon: root.icon
        size: 30
    }

    Column {
        anchors.left: tile.right
        anchors.leftMargin: 10
        anchors.right: parent.right
        anchors.rightMargin: Theme.padding
        anchors.verticalCenter: parent.verticalCenter
        spacing: 1
        Text {
            width: parent.width
            text: root.name
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.weight: Font.Medium
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            text: root.description
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            elide: Text.ElideRight
        }
    }

    ToolTip.visible: mouse.containsMouse && !mouse.drag.active && !mouse.pressed
    ToolTip.delay: 900
    ToolTip.text: root.description + "\n" + qsTr("Drag onto the canvas, or double-click to add.")

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.OpenHandCursor
        drag.target: root.dragGhost
        drag.threshold: 6

        onPressed: (event) => {
            root.pressed()
            if (root.dragGhost)
                root.dragGhost.prepare(root, event.x, event.y)
        }
        onReleased: if (root.dragGhost) root.dragGhost.finish()
        onCanceled: if (root.dragGhost) root.dragGhost.cancel()
        onDoubleClicked: root.activated(root.typeId)
        drag.onActiveChanged: if (drag.active && root.dragGhost) root.dragGhost.start()
    }
}
