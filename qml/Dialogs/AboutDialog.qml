import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*! About MLSD Board. */
AppDialog {
    id: root

    width: 440
    title: qsTr("About MLSD Board")
    standardButtons: Dialog.Ok

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Image {
            source: "qrc:/mlsd/icons/app.svg"
            sourceSize.width: 56
            sourceSize.height: 56
            Layout.preferredWidth: 56
            Layout.preferredHeight: 56
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Version %1").arg(Qt.application.version)
            color: Theme.text
            font.pixelSize: Theme.fontSize
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("A whiteboard for machine-learning system design that checks the design against framework templates as you draw, and exports it as Markdown with a Mermaid diagram.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
        }
    }
}
