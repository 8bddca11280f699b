import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import MlsdBoard

/*!
 * A square tool button with a line icon (resources/icons/ui), a tooltip and an accessible name.
 * Set `iconName`, `text` (tooltip and accessible name) and optionally `shortcutText`.
 */
ToolButton {
    id: root

    property string iconName
    property string shortcutText
    property color iconColor: root.checked ? Theme.accent : Theme.text
    property int size: 32

    implicitWidth: root.display === AbstractButton.IconOnly ? size : implicitContentWidth + 20
    implicitHeight: size
    padding: 0
    focusPolicy: Qt.StrongFocus
    display: AbstractButton.IconOnly
    hoverEnabled: true
    opacity: enabled ? 1 : 0.4

    readonly property string plainText: root.text.replace(/&(?!&)/g, "")

    Accessible.name: root.plainText
    Accessible.description: root.shortcutText

    ToolTip.visible: root.hovered && root.plainText.length > 0
    ToolTip.delay: 600
    ToolTip.text: root.shortcutText.length > 0 ? root.plainText + "  (" + root.shortcutText + ")" : root.plainText

    contentItem: Row {
        spacing: 6
        IconImage {
            anchors.verticalCenter: parent.verticalCenter
            source: root.iconName.length > 0 ? Theme.icon(root.iconName) : ""
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            width: Theme.iconSize
            height: Theme.iconSize
            color: root.iconColor
            x: root.display === AbstractButton.IconOnly ? (root.width - width) / 2 : 0
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            visible: root.display !== AbstractButton.IconOnly
            text: root.plainText
            color: Theme.text
            font.pixelSize: Theme.fontSize
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.pressed
             : root.checked ? Theme.accentSoft
             : root.hovered ? Theme.hover : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.focus
    }
}
