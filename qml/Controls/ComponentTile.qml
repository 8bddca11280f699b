import QtQuick
import QtQuick.Controls.impl

/*! A component type's colour tile with its white catalog icon. */
Rectangle {
    id: root

    property url icon
    property int size: 28

    width: size
    height: size
    radius: Math.round(size / 4.5)

    IconImage {
        anchors.centerIn: parent
        source: root.icon
        width: Math.round(root.size * 0.64)
        height: width
        sourceSize.width: width
        sourceSize.height: height
        color: "#ffffff"
    }
}
