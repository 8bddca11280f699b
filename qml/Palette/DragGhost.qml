import QtQuick
import MlsdBoard

/*!
 * What follows the pointer while a palette entry is dragged: a small card of the component type.
 * It is the drag source the canvas's DropArea sees: keys ["mlsd/component-type"] and the catalog
 * id in `componentType`.
 */
Rectangle {
    id: root

    property string componentType
    property string name
    property url icon
    property color tileColor

    width: 190
    height: 46
    radius: Theme.radius + 2
    color: Theme.node
    border.color: Theme.selection
    border.width: 1.5
    visible: false
    z: 1000
    opacity: 0.92

    Drag.keys: ["mlsd/component-type"]
    Drag.dragType: Drag.Internal
    Drag.hotSpot.x: width / 2
    Drag.hotSpot.y: height / 2

    /// Places the ghost under the pointer at (\a x, \a y) of palette entry \a item.
    function prepare(item, x, y) {
        componentType = item.typeId
        name = item.name
        icon = item.icon
        tileColor = item.color
        const p = item.mapToItem(parent, x, y)
        root.x = p.x - width / 2
        root.y = p.y - height / 2
    }
    function start() {
        visible = true
        Drag.active = true
    }
    /// Drops on whatever DropArea is under the ghost.
    function finish() {
        if (Drag.active)
            Drag.drop()
        cancel()
    }
    function cancel() {
        Drag.active = false
        visible = false
    }

    ComponentTile {
        id: tile
        x: 8
        anchors.verticalCenter: parent.verticalCenter
        color: root.tileColor
        icon: root.icon
        size: 28
    }
    Text {
        anchors.left: tile.right
        anchors.leftMargin: 8
        anchors.right: parent.right
        anchors.rightMargin: 8
        anchors.verticalCenter: parent.verticalCenter
        text: root.name
        color: Theme.text
        font.pixelSize: Theme.fontSize
        font.weight: Font.Medium
        elide: Text.ElideRight
    }
}
