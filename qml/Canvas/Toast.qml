import QtQuick
import MlsdBoard

/// A short message at the bottom of the canvas that fades away (e.g. why a connection was refused).
Rectangle {
    id: toast

    function show(message) {
        label.text = message
        opacity = 1
        hideTimer.restart()
    }

    width: label.implicitWidth + 28
    height: 34
    radius: 17
    color: Theme.dark ? "#e6e8ec" : "#1d2330"
    opacity: 0
    visible: opacity > 0

    Behavior on opacity { NumberAnimation { duration: 180 } }

    Text {
        id: label
        anchors.centerIn: parent
        color: Theme.dark ? "#1d2330" : "#ffffff"
        font.pixelSize: Theme.fontSize
    }
    Timer {
        id: hideTimer
        interval: 2200
        onTriggered: toast.opacity = 0
    }
}
