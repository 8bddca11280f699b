import QtQuick
import MlsdBoard

/*! A small rounded label ("template", "required"), tinted with `tint`. */
Rectangle {
    id: root

    property alias text: label.text
    property color tint: Theme.accent

    implicitWidth: label.implicitWidth + 10
    implicitHeight: 17
    radius: 8.5
    color: Qt.rgba(tint.r, tint.g, tint.b, Theme.dark ? 0.22 : 0.12)

    Text {
        id: label
        anchors.centerIn: parent
        color: root.tint
        font.pixelSize: Theme.fontSizeSmall - 1
        font.weight: Font.Medium
    }
}
