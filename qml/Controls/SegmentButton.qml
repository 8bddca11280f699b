import QtQuick
import QtQuick.Controls
import MlsdBoard

/*! A small checkable text button of a segmented switch (Write | Preview). */
AbstractButton {
    id: root

    checkable: false
    implicitWidth: implicitContentWidth + 16
    implicitHeight: 22
    hoverEnabled: true
    Accessible.name: root.text
    Accessible.checked: root.checked

    contentItem: Text {
        text: root.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: root.checked ? Theme.accent : Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        font.weight: root.checked ? Font.DemiBold : Font.Normal
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.checked ? Theme.accentSoft : root.hovered ? Theme.hover : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.focus
    }
}
