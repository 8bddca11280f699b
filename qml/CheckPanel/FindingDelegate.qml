import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * One finding: severity icon, message, hint and guide section, with Fix and Suppress / Restore.
 * A click emits `show(components)`.
 */
Rectangle {
    id: root

    required property int index
    required property string rule
    required property string severity
    required property string message
    required property string hint
    required property string guide
    required property var components
    required property bool suppressed
    required property string suppressionReason
    required property bool hasFix
    required property string fixDescription

    property bool current: false

    signal show(var ids)
    signal fixRequested()
    signal suppressRequested()
    signal restoreRequested()

    implicitHeight: content.implicitHeight + 20
    radius: Theme.radius
    color: mouse.containsMouse ? Theme.hover : Theme.panel
    border.width: root.current ? 2 : 1
    border.color: root.current ? Theme.focus : Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: root.severity + ": " + root.message

    Rectangle {
        width: 3
        height: parent.height - 12
        x: 0
        anchors.verticalCenter: parent.verticalCenter
        radius: 1.5
        color: root.suppressed ? Theme.borderStrong : Theme.severityColor(root.severity)
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: root.components.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
        onClicked: root.show(root.components)
    }

    ColumnLayout {
        id: content
        x: 12
        y: 10
        width: root.width - 22
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            SeverityIcon {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 1
                severity: root.severity
                muted: root.suppressed
            }
            Text {
                Layout.fillWidth: true
                text: root.message
                wrapMode: Text.WordWrap
                color: root.suppressed ? Theme.textMuted : Theme.text
                font.pixelSize: Theme.fontSize
                font.strikeout: false
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: 24
            visible: root.hint.length > 0 && !root.suppressed
            text: root.hint
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: 24
            visible: root.suppressed
            text: qsTr("Suppressed: %1").arg(root.suppressionReason)
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            font.italic: true
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 24
            spacing: 6
            Text {
                Layout.fillWidth: true
                text: root.guide
                visible: root.guide.length > 0
                elide: Text.ElideRight
                color: Theme.textFaint
                font.pixelSize: Theme.fontSizeSmall - 1
                ToolTip.visible: guideHover.hovered && truncated
                ToolTip.text: root.guide
                HoverHandler { id: guideHover }
            }
            Item { Layout.fillWidth: root.guide.length === 0 }
            ThemedButton {
                objectName: "fixButton"
                visible: root.hasFix && !root.suppressed
                primary: true
                implicitHeight: 24
                leftPadding: 8
                rightPadding: 10
                iconName: "fix"
                text: qsTr("Fix")
                font.pixelSize: Theme.fontSizeSmall
                ToolTip.visible: hovered
                ToolTip.text: root.fixDescription
                Accessible.description: root.fixDescription
                onClicked: root.fixRequested()
            }
            IconButton {
                size: 24
                iconName: root.suppressed ? "eye" : "eye-off"
                text: root.suppressed ? qsTr("Restore this rule") : qsTr("Suppress this rule…")
                onClicked: root.suppressed ? root.restoreRequested() : root.suppressRequested()
            }
        }
    }
}
