import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.impl
import MlsdBoard

/*! Shown over the canvas for a file from a newer version: why it is read-only, and Save As. */
Rectangle {
    id: root

    required property Session session

    signal saveAsRequested()

    visible: root.session.readOnly
    implicitHeight: row.implicitHeight + 16
    color: Theme.banner
    border.color: Theme.bannerBorder
    radius: Theme.radius
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.session.readOnlyReason

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 8
        spacing: 10
        IconImage {
            source: Theme.icon("warning")
            sourceSize.width: 18
            sourceSize.height: 18
            Layout.preferredWidth: 18
            Layout.preferredHeight: 18
            color: Theme.bannerText
        }
        TextEdit {
            Layout.fillWidth: true
            text: qsTr("Read-only: %1").arg(root.session.readOnlyReason)
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            color: Theme.bannerText
            font.pixelSize: Theme.fontSize
            activeFocusOnTab: false
        }
        ThemedButton {
            text: qsTr("Save As…")
            onClicked: root.saveAsRequested()
        }
    }
}
