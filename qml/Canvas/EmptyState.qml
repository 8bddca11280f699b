import QtQuick
import QtQuick.Controls
import MlsdBoard

/// What an empty canvas shows: how to start.
Column {
    id: empty

    /// Offer "New from template…" (not during a practice run).
    property bool offerTemplates: true

    signal newFromTemplateRequested()

    spacing: 10

    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        width: 56
        height: 56
        radius: 14
        color: Theme.hover
        border.color: Theme.border
        Text {
            anchors.centerIn: parent
            text: "+"
            color: Theme.textMuted
            font.pixelSize: 30
            font.weight: Font.Light
        }
    }
    Text {
        anchors.horizontalCenter: parent.horizontalCenter
        text: qsTr("Start your design")
        color: Theme.text
        font.pixelSize: Theme.fontSizeLarge
        font.weight: Font.DemiBold
    }
    Text {
        anchors.horizontalCenter: parent.horizontalCenter
        width: 320
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: empty.offerTemplates ? qsTr("Drag a component here from the palette, or start from a template.")
                                   : qsTr("Drag a component here from the palette.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSize
    }
    Button {
        objectName: "newFromTemplateButton"
        visible: empty.offerTemplates
        anchors.horizontalCenter: parent.horizontalCenter
        text: qsTr("New from template…")
        onClicked: empty.newFromTemplateRequested()
        Accessible.name: text
    }
}
