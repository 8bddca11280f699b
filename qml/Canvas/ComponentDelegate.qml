import QtQuick
import MlsdBoard

/*!
 * One component on the canvas: its icon, label and type name. The card behind it is drawn by the
 * canvas's CardLayer (so text batches across delegates); a hovered component, or a selected one
 * while few are selected, draws its own raised card, which also keeps it above others while it is
 * dragged over them. The text loads asynchronously: a burst of new delegates (a fast pan, a zoom
 * in) never stalls a frame, and the card is already drawn meanwhile.
 * Every property comes from a ComponentModel role: nothing is re-evaluated unless a role changes.
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
    /// Zoomed out so far that the type name would be too small to read.
    property bool compact: false
    /// Whether a selected component draws its own raised card. Few do (a card under its own text
    /// keeps the scene graph from batching text across delegates); the CardLayer draws the rest.
    property bool raiseSelected: true
    readonly property bool raised: hovered || (selected && raiseSelected)
    readonly property real badgeSize: Math.min(36, height - 8, width / 3)

    x: posX
    y: posY
    width: itemWidth
    height: itemHeight
    z: selected ? 2 : (hovered ? 1 : 0)

    Loader {
        active: card.raised
        sourceComponent: Item {
            Rectangle {
                y: 3
                width: card.width
                height: card.height
                radius: 8
                color: CanvasStyleSingleton.shadowRaised
            }
            Rectangle {
                width: card.width
                height: card.height
                radius: 8
                color: Theme.node
                border.width: card.selected ? 2 : 1
                border.color: card.selected ? Theme.selection : Theme.borderStrong
            }
            Rectangle {
                x: 12
                y: (card.height - height) / 2
                width: card.badgeSize
                height: card.badgeSize
                radius: 8
                color: card.badgeColor
            }
        }
    }

    Loader {
        anchors.fill: parent
        asynchronous: true
        sourceComponent: Item {
            Image {
                x: 12 + (card.badgeSize - width) / 2
                y: (card.height - height) / 2
                width: 20
                height: 20
                sourceSize: Qt.size(40, 40)
                source: card.iconSource
                visible: card.iconSource.toString().length > 0
            }
            Text {
                x: 12
                width: card.badgeSize
                height: card.height
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                visible: card.iconSource.toString().length === 0
                text: card.typeName.length > 0 ? card.typeName.charAt(0).toUpperCase() : "?"
                color: "white"
                font.pixelSize: 15
                font.weight: Font.DemiBold
            }
            // The label (up to two lines) and the type name below it, centred as a block.
            Text {
                id: labelText
                x: 12 + card.badgeSize + 10
                width: card.width - x - 10
                anchors.verticalCenter: parent.verticalCenter
                anchors.verticalCenterOffset: typeText.visible ? -(typeText.height + 2) / 2 : 0
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
                visible: !card.compact
                text: card.typeName
                color: Theme.textMuted
                font.pixelSize: 11
                elide: Text.ElideRight
                maximumLineCount: 1
            }
        }
    }
}
