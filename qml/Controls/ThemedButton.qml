import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import MlsdBoard

/*!
 * A text button in the app's style; `primary` makes it the accented default action, `iconName`
 * adds a line icon before the text.
 */
Button {
    id: root

    property bool primary: false
    property string iconName

    implicitHeight: Theme.controlHeight
    leftPadding: 12
    rightPadding: 12
    font.pixelSize: Theme.fontSize
    hoverEnabled: true
    Accessible.name: root.text

    contentItem: Row {
        spacing: 6
        IconImage {
            visible: root.iconName.length > 0
            anchors.verticalCenter: parent.verticalCenter
            source: root.iconName.length > 0 ? Theme.icon(root.iconName) : ""
            sourceSize.width: 16
            sourceSize.height: 16
            width: 16
            height: 16
            color: root.primary ? Theme.accentText : Theme.text
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: root.text
            font: root.font
            color: root.primary ? Theme.accentText : Theme.text
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? (root.down ? Qt.darker(Theme.accent, 1.15) : root.hovered ? Qt.lighter(Theme.accent, 1.08) : Theme.accent)
                            : (root.down ? Theme.pressed : root.hovered ? Theme.hover : Theme.panel)
        border.width: root.visualFocus ? 2 : (root.primary ? 0 : 1)
        border.color: root.visualFocus ? Theme.focus : Theme.borderStrong
        opacity: root.enabled ? 1 : 0.5
    }
}
