import QtQuick
import MlsdBoard

/*!
 * One zone: a tinted frame with its title at the top-left; resize handles when selected. Smaller
 * zones stack above larger ones, and every zone stays under connections and components.
 */
Item {
    id: zone

    required property string zoneId
    required property string label
    required property string kind
    required property real posX
    required property real posY
    required property real itemWidth
    required property real itemHeight
    required property bool selected
    /// Scene units per screen pixel, so handles keep their size on screen.
    property real pixel: 1

    x: posX
    y: posY
    width: itemWidth
    height: itemHeight
    z: -1 - Math.min(itemWidth * itemHeight, 1e12) / 1e12

    Rectangle {
        anchors.fill: parent
        radius: 12
        color: CanvasStyleSingleton.zoneTint(zone.kind)
        border.width: zone.selected ? 2 : 1
        border.color: zone.selected ? Theme.selection : CanvasStyleSingleton.zoneBorder(zone.kind)
    }

    Text {
        x: 14
        y: 9
        width: zone.width - 28
        text: zone.label
        color: Theme.textMuted
        font.pixelSize: 13
        font.weight: Font.DemiBold
        font.letterSpacing: 0.2
        elide: Text.ElideRight
        maximumLineCount: 1
    }

    Loader {
        active: zone.selected
        sourceComponent: Repeater {
            model: 8
            Rectangle {
                required property int index
                readonly property real size: 9 * zone.pixel
                readonly property real hx: [0, 0.5, 1, 1, 1, 0.5, 0, 0][index] * zone.width
                readonly property real hy: [0, 0, 0, 0.5, 1, 1, 1, 0.5][index] * zone.height
                x: hx - size / 2
                y: hy - size / 2
                width: size
                height: size
                radius: 2 * zone.pixel
                color: Theme.node
                border.width: 1.5 * zone.pixel
                border.color: Theme.selection
            }
        }
    }
}
