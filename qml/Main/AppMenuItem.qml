import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import MlsdBoard

/*! A menu entry: check mark, text, shortcut on the right, submenu arrow. */
MenuItem {
    id: root

    implicitHeight: 28
    font.pixelSize: Theme.fontSize

    readonly property string shortcutText: root.action ? ShortcutText.of(root.action.shortcut) : ""

    // Measured here: an id inside the deferred contentItem would make it load immediately.
    TextMetrics {
        id: labelMetrics
        font: root.font
        text: root.text.replace(/&(?!&)/g, "")
    }
    TextMetrics {
        id: keysMetrics
        font.pixelSize: Theme.fontSizeSmall
        text: root.shortcutText
    }

    contentItem: Item {
        implicitWidth: labelMetrics.advanceWidth + keysMetrics.advanceWidth + 48
        Text {
            x: 22
            anchors.verticalCenter: parent.verticalCenter
            text: root.text.replace(/&(?!&)/g, "")
            font: root.font
            color: root.enabled ? Theme.text : Theme.textFaint
        }
        Text {
            anchors.right: parent.right
            anchors.rightMargin: root.subMenu ? 18 : 4
            anchors.verticalCenter: parent.verticalCenter
            text: root.shortcutText
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.textFaint
        }
    }
    indicator: IconImage {
        x: 6
        anchors.verticalCenter: parent.verticalCenter
        visible: root.checkable && root.checked
        source: Theme.icon("check")
        sourceSize.width: 14
        sourceSize.height: 14
        width: 14
        height: 14
        color: Theme.accent
    }
    arrow: IconImage {
        x: root.width - width - 6
        anchors.verticalCenter: parent.verticalCenter
        visible: root.subMenu
        source: Theme.icon("chevron-right")
        sourceSize.width: 14
        sourceSize.height: 14
        width: 14
        height: 14
        color: Theme.textMuted
    }
    background: Rectangle {
        anchors.fill: parent
        anchors.leftMargin: 4
        anchors.rightMargin: 4
        radius: Theme.radiusSmall
        color: root.highlighted ? Theme.hover : "transparent"
    }
}
