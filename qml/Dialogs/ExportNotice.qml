import QtQuick
import QtQuick.Layouts
import MlsdBoard

/*!
 * Says where an export was written, with the full path (selectable) and a button that opens its
 * folder. Stays while hovered, then fades after a few seconds. `show(message, folder)`.
 */
Rectangle {
    id: root

    property string message
    /// The folder of the exported file (opened by the button).
    property url folder

    function show(message, folder) {
        root.message = message
        root.folder = folder
        root.opacity = 1
        hideTimer.restart()
    }
    function hide() {
        root.opacity = 0
    }

    implicitWidth: Math.min(row.implicitWidth + 28, 760)
    implicitHeight: row.implicitHeight + 16
    radius: Theme.radius + 2
    color: Theme.panel
    border.color: Theme.success
    opacity: 0
    visible: opacity > 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.message

    Behavior on opacity { NumberAnimation { duration: 180 } }

    // A soft shadow under the card.
    Rectangle {
        z: -1
        anchors.fill: parent
        anchors.topMargin: 2
        anchors.bottomMargin: -3
        radius: parent.radius
        color: Theme.shadow
    }

    HoverHandler { id: hover }

    Timer {
        id: hideTimer
        interval: 8000
        onTriggered: {
            if (hover.hovered)
                restart()
            else
                root.hide()
        }
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 14
        anchors.rightMargin: 8
        spacing: 10

        Rectangle {
            implicitWidth: 20
            implicitHeight: 20
            radius: 10
            color: Theme.success
            Text {
                anchors.centerIn: parent
                text: "✓"
                color: Theme.panel
                font.pixelSize: 13
                font.weight: Font.Bold
            }
        }
        TextEdit {
            objectName: "exportNoticeText"
            Layout.fillWidth: true
            Layout.maximumWidth: 560
            text: root.message
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            color: Theme.text
            font.pixelSize: Theme.fontSize
            Accessible.name: root.message
        }
        ThemedButton {
            text: qsTr("Open Folder")
            visible: String(root.folder).length > 0
            onClicked: Qt.openUrlExternally(root.folder)
        }
        IconButton {
            iconName: "close"
            text: qsTr("Dismiss")
            size: 28
            onClicked: root.hide()
        }
    }
}
