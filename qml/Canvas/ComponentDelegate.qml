import QtQuick
import MlsdBoard

/*!
 * One component on the canvas: its icon, label and type name; zoomed out (`labelOnly`), its label
 * alone, beside the strip of its type's colour, in a font large enough to read. The card behind it is drawn by the
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
    /// Zoomed out: the label alone (no icon, no type name) beside the colour strip of the card.
    property bool labelOnly: false
    /// The label's font size in scene units (grows when zoomed out).
    property real labelSize: 13
    /// Scene units per screen pixel (1 / zoom).
    property real pixel: 1
    readonly property bool raised: hovered || (selected && raiseSelected)
    readonly property real badgeSize: Math.min(36, height - 8, width / 3)
    /// labelOnly: the colour strip's width (as the CardLayer draws it) and the text's margins.
    readonly property real stripWidth: Math.min(3 * pixel, width / 4)
    readonly property real textMargin: Math.max(4, 3.5 * pixel)

    x: posX
    y: posY
    width: itemWidth
    height: itemHeight
    z: selected ? 2 : (hovered ? 1 : 0)

    Loader {
        active: card.raised
        sourceComponent: Item {
            id: raisedCard
            readonly property real border: (card.selected ? 2 : 1) * (card.labelOnly ? card.pixel : 1)
            Rectangle {
                y: 3 * Math.min(card.pixel, 1)
                width: card.width
                height: card.height
                radius: card.labelOnly ? 0 : 8
                color: CanvasStyleSingleton.shadowRaised
            }
            Rectangle {
                width: card.width
                height: card.height
                radius: card.labelOnly ? 0 : 8
                color: Theme.node
                border.width: raisedCard.border
                border.color: card.selected ? Theme.selection : Theme.borderStrong
            }
            // The type's colour: the badge, or zoomed out the strip on the left.
            Rectangle {
                x: card.labelOnly ? raisedCard.border : 12
                y: card.labelOnly ? raisedCard.border : (card.height - height) / 2
                width: card.labelOnly ? card.stripWidth : card.badgeSize
                height: card.labelOnly ? card.height - 2 * raisedCard.border : card.badgeSize
                radius: card.labelOnly ? 0 : 8
                color: card.badgeColor
            }
        }
    }

    Loader {
        anchors.fill: parent
        asynchronous: true
        sourceComponent: card.labelOnly ? labelOnlyContent : fullContent
    }

    // Zoomed out: the label, one or two lines as the box allows, in a font readable on screen.
    Component {
        id: labelOnlyContent
        Text {
            readonly property real lineHeightScene: card.labelSize * 1.17
            x: card.stripWidth + card.textMargin
            width: card.width - x - card.textMargin
            height: card.height
            verticalAlignment: Text.AlignVCenter
            text: card.label.length > 0 ? card.label : card.typeName
            color: card.label.length > 0 ? Theme.text : Theme.textMuted
            font.pixelSize: card.labelSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            maximumLineCount: Math.max(1, Math.min(3, Math.floor((card.height - 2 * card.pixel) / lineHeightScene)))
            // Narrower than a few letters: a word cut to one letter reads as noise.
            visible: width >= 2.5 * card.labelSize
        }
    }

    Component {
        id: fullContent
        Item {
            Image {
                x: 12 + (card.badgeSize - width) / 2
                y: (card.height - height) / 2
                width: 20
                height: 20
                sourceSize.width: 40
                sourceSize.height: 40
                source: card.iconSource
                visible: String(card.iconSource).length > 0
            }
            Text {
                x: 12
                width: card.badgeSize
                height: card.height
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                visible: String(card.iconSource).length === 0
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
                font.pixelSize: card.labelSize
                font.weight: Font.DemiBold
                lineHeight: 0.95
                wrapMode: Text.Wrap
                elide: Text.ElideRight
                // Two lines where the box has room for them (and the type name, when shown).
                maximumLineCount: Math.max(1, Math.min(2, Math.floor(
                    (card.height - 8 - (typeText.visible ? 15 : 0)) / (card.labelSize * 1.15))))
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
