import QtQuick
import MlsdBoard

/*!
 * One zone's title, and its resize handles when selected. The frame itself is drawn by the
 * canvas's ZoneLayer.
 */
Item {
    id: zone

    required property string zoneId
    required property string label
    required property real posX
    required property real posY
    required property real itemWidth
    required property real itemHeight
    required property bool selected
    /// Scene units per screen pixel, so handles keep their size on screen.
    property real pixel: 1
    /// The title's size in scene units (larger when zoomed out, so it stays readable).
    property real titleSize: 13
    property bool showTitle: true

    x: posX
    y: posY
    width: itemWidth
    height: itemHeight

    Text {
        x: 14
        y: 9 - (zone.titleSize - 13) / 2
        width: zone.width - 28
        visible: zone.showTitle
        text: zone.label
        color: Theme.textMuted
        font.pixelSize: zone.titleSize
        font.weight: Font.DemiBold
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
                x: [0, 0.5, 1, 1, 1, 0.5, 0, 0][index] * zone.width - size / 2
                y: [0, 0, 0, 0.5, 1, 1, 1, 0.5][index] * zone.height - size / 2
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
