import QtQuick
import QtQuick.Controls
import MlsdBoard

/*!
 * The comment marker of one component: a small speech bubble with the number of comments, on the
 * component's top-right corner, the same size on screen at every zoom.
 */
Item {
    id: root

    required property string componentId
    required property real posX
    required property real posY
    required property real itemWidth
    required property int count
    required property bool selected
    /// The canvas zoom (the marker keeps its screen size).
    property real zoom: 1

    signal activated(string componentId)

    width: 22
    height: 22
    x: posX + itemWidth - width / 2 - 4 / zoom
    y: posY - height / 2 + 4 / zoom
    scale: 1 / zoom
    transformOrigin: Item.Center
    Accessible.role: Accessible.Button
    Accessible.name: root.count === 1 ? qsTr("1 review comment") : qsTr("%1 review comments").arg(root.count)

    // The tail of the bubble, under its body.
    Rectangle {
        x: 3
        y: root.height - 9
        width: 8
        height: 8
        rotation: 45
        color: bubble.color
        border.width: 0
    }
    Rectangle {
        id: bubble
        anchors.fill: parent
        radius: width / 2
        color: hover.hovered || root.selected ? Qt.darker(Theme.accent, Theme.dark ? 0.85 : 1.12) : Theme.accent
        border.width: 2
        border.color: Theme.canvas
        Text {
            anchors.centerIn: parent
            text: root.count > 99 ? "99+" : root.count
            color: Theme.accentText
            font.pixelSize: root.count > 9 ? 9 : 11
            font.weight: Font.Bold
        }
    }

    HoverHandler {
        id: hover
        cursorShape: Qt.PointingHandCursor
    }
    TapHandler {
        onTapped: root.activated(root.componentId)
    }
    ToolTip.visible: hover.hovered
    ToolTip.delay: 400
    ToolTip.text: root.Accessible.name
}
