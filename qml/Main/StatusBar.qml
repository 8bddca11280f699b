import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*! Zoom, counts, the check summary and the file state (saved, unsaved, read-only). */
Rectangle {
    id: root

    required property Session session
    required property Canvas canvas
    /// The check is hidden (a practice run): no counts either.
    property bool checkHidden: false

    signal checkClicked()

    implicitHeight: Theme.statusBarHeight
    color: Theme.panel

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.border
    }

    component StatusText: Text {
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        verticalAlignment: Text.AlignVCenter
    }
    component Dot: Rectangle {
        width: 3
        height: 3
        radius: 1.5
        color: Theme.textFaint
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: 10

        StatusText {
            objectName: "zoomStatus"
            text: qsTr("Zoom %1%").arg(Math.round((root.canvas ? root.canvas.zoom : 1) * 100))
        }
        Dot {}
        StatusText {
            objectName: "countStatus"
            text: (root.session.componentCount === 1 ? qsTr("1 component")
                   : qsTr("%1 components").arg(root.session.componentCount)) + "  ·  "
                  + (root.session.connectionCount === 1 ? qsTr("1 connection")
                     : qsTr("%1 connections").arg(root.session.connectionCount))
        }
        Dot { visible: root.session.checker.available && !root.checkHidden }
        AbstractButton {
            id: checkSummary
            visible: root.session.checker.available && !root.checkHidden
            implicitWidth: implicitContentWidth
            implicitHeight: root.height
            Accessible.name: qsTr("Check: %1 errors, %2 warnings").arg(root.session.checker.errors).arg(root.session.checker.warnings)
            onClicked: root.checkClicked()
            contentItem: Row {
                spacing: 8
                StatusText {
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("%1 of %2 stages").arg(root.session.checker.present).arg(root.session.checker.required)
                    color: checkSummary.hovered ? Theme.text : Theme.textMuted
                }
                CountChip { anchors.verticalCenter: parent.verticalCenter; severity: "error"; count: root.session.checker.errors }
                CountChip { anchors.verticalCenter: parent.verticalCenter; severity: "warning"; count: root.session.checker.warnings }
            }
            background: null
        }

        Item { Layout.fillWidth: true }

        StatusText {
            visible: root.session.warningMessage.length > 0
            text: root.session.warningMessage.split("\n")[0]
            color: Theme.warning
            elide: Text.ElideRight
            Layout.maximumWidth: 420
        }
        Rectangle {
            width: 7
            height: 7
            radius: 3.5
            color: root.session.readOnly ? Theme.warning : root.session.modified ? Theme.accent : Theme.success
        }
        StatusText {
            objectName: "fileStatus"
            text: root.session.readOnly ? qsTr("Read-only")
                : root.session.modified ? qsTr("Unsaved changes")
                : root.session.filePath.length > 0 ? qsTr("Saved") : qsTr("Not saved yet")
        }
    }
}
