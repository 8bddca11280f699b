import QtQuick
import QtQuick.Controls
import MlsdBoard

/*! One format of the export dialog's list: a radio mark, the name, a one-line description and the suffix. */
ItemDelegate {
    id: root

    required property int index
    required property var modelData
    property bool selected: false

    readonly property string formatId: root.modelData.id

    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    implicitHeight: implicitContentHeight + 16
    leftPadding: 34
    rightPadding: 10
    Accessible.role: Accessible.RadioButton
    Accessible.name: root.modelData.name
    Accessible.description: root.modelData.description
    Accessible.checked: root.selected

    background: Rectangle {
        radius: Theme.radius
        color: root.selected ? Theme.accentSoft : root.hovered ? Theme.hover : "transparent"
        border.width: root.selected ? 1 : 0
        border.color: Theme.accent
    }

    // The radio mark.
    Rectangle {
        x: 12
        y: 11
        width: 14
        height: 14
        radius: 7
        color: "transparent"
        border.width: root.selected ? 4 : 1.5
        border.color: root.selected ? Theme.accent : Theme.borderStrong
    }

    contentItem: Column {
        spacing: 2
        Row {
            spacing: 8
            Text {
                text: root.modelData.name
                color: Theme.text
                font.pixelSize: Theme.fontSize
                font.weight: Font.DemiBold
            }
            Tag {
                anchors.verticalCenter: parent.verticalCenter
                text: "." + root.modelData.suffix
                tint: Theme.textMuted
            }
        }
        Text {
            width: root.availableWidth
            text: root.modelData.description
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
        }
    }
}
