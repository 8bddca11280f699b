import QtQuick
import MlsdBoard

/// A connection's label: a small pill centred on the middle of its curve.
Rectangle {
    id: pill

    required property string connectionId
    required property string label
    required property real midX
    required property real midY
    required property bool selected
    required property bool hovered

    x: midX - width / 2
    y: midY - height / 2
    width: Math.min(text.implicitWidth, 220) + 14
    height: 20
    radius: 10
    color: Theme.node
    border.width: selected ? 1.5 : 1
    border.color: selected || hovered ? Theme.selection : Theme.nodeBorder

    Text {
        id: text
        anchors.centerIn: parent
        width: Math.min(implicitWidth, 220)
        text: pill.label
        color: Theme.textMuted
        font.pixelSize: 11
        elide: Text.ElideRight
        maximumLineCount: 1
    }
}
