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
        anchors.fill: parent
        active: zone.selected
        // From its file, with `pixel` bound to ours: an inline component could not reach `zone`.
        Component.onCompleted: setSource(Qt.resolvedUrl("ZoneHandles.qml"), { pixel: Qt.binding(() => zone.pixel) })
    }
}
