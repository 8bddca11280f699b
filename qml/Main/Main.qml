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
    title: root.session.title + " — MLSD Board"

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 8

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: root.session.title
            font.pixelSize: 24
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("%1 components, %2 connections").arg(root.session.componentCount).arg(root.session.connectionCount)
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: root.session.errorMessage.length > 0
            text: root.session.errorMessage
            color: "#b91c1c"
        }
    }
}
