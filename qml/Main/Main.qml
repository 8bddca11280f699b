import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

ApplicationWindow {
    id: root

    required property Session session

    width: 1280
    height: 800
    visible: true
    color: Theme.window
    title: root.session.title + " — MLSD Board"

    Canvas {
        anchors.fill: parent
        session: root.session
    }

    Label {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: 24
        text: root.session.errorMessage
        visible: text.length > 0
        color: Theme.error
    }
}
