import QtQuick
import MlsdBoard

/*!
 * One component on the canvas: a rounded card with the type's coloured badge and icon, the label
 * and the type name. Purely visual (the canvas's controller handles the pointer); every property
 * comes from a ComponentModel role, so nothing is re-evaluated unless that role changes.
 */
Item {
    id: card

    required property string componentId
    required property string label
    required property string typeName
    required property color badgeColor
    required property url iconSource
    required property real posX
    required property real posY
    required property real itemWidth
    required property real itemHeight
    required property bool selected
    required property bool hovered

    x: posX
    y: posY
    width: itemWidth
    height: itemHeight
    z: selected ? 1 : 0

    // A soft shadow lifts the card off the grid.
    Rectangle {
        x: 0
        y: card.hovered || card.selected ? 3 : 1.5
        width: card.width
        height: card.height
        radius: 8
        color: card.hovered || card.selected ? CanvasStyleSingleton.shadowRaised : CanvasStyleSingleton.shadow
    }

    Rectangle {
        anchors.fill: parent
        radius: 8
        color: Theme.node
        border.width: card.selected ? 2 : 1
        border.color: card.selected ? Theme.selection
                                    : (card.hovered ? Theme.borderStrong : Theme.nodeBorder)
    }

    Rectangle {
        id: badge
        x: 12
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(36, card.height - 8)
        height: width
        radius: 8
        color: card.badgeColor

        Image {
            anchors.centerIn: parent
            width: 20
            height: 20
            sourceSize: Qt.size(40, 40)
            source: card.iconSource
            smooth: true
            mipmap: true
            visible: card.iconSource.toString().length > 0
        }
        Text {
            anchors.centerIn: parent
            visible: card.iconSource.toString().length === 0
            text: card.typeName.length > 0 ? card.typeName.charAt(0).toUpperCase() : "?"
            color: "white"
            font.pixelSize: 15
            font.weight: Font.DemiBold
        }
    }

    // The label (up to two lines) and the type name below it, centred as a block.
    Text {
        id: labelText
        x: badge.x + badge.width + 10
        width: card.width - x - 10
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: -(typeText.height + 2) / 2
        text: card.label.length > 0 ? card.label : card.typeName
        color: card.label.length > 0 ? Theme.text : Theme.textFaint
        font.pixelSize: 13
        font.weight: Font.DemiBold
        lineHeight: 0.95
        wrapMode: Text.Wrap
        elide: Text.ElideRight
        maximumLineCount: card.height >= 64 ? 2 : 1
    }

    Text {
        id: typeText
        x: labelText.x
        width: labelText.width
        anchors.top: labelText.bottom
        anchors.topMargin: 2
        text: card.typeName
        color: Theme.textMuted
        font.pixelSize: 11
        elide: Text.ElideRight
        maximumLineCount: 1
    }
}
