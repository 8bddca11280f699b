import QtQuick
import MlsdBoard

/*!
 * The raised card of a hovered component, or of a selected one while few are selected (see
 * ComponentDelegate): its shadow, its border and the type's colour, as a badge or zoomed out as
 * the strip on the left.
 */
Item {
    id: raisedCard
    /// The component card this draws for (its roles and sizes).
    required property ComponentDelegate card
    readonly property real border: (raisedCard.card.selected ? 2 : 1) * (raisedCard.card.labelOnly ? raisedCard.card.pixel : 1)
    Rectangle {
        y: 3 * Math.min(raisedCard.card.pixel, 1)
        width: raisedCard.card.width
        height: raisedCard.card.height
        radius: raisedCard.card.labelOnly ? 0 : 8
        color: CanvasStyleSingleton.shadowRaised
    }
    Rectangle {
        width: raisedCard.card.width
        height: raisedCard.card.height
        radius: raisedCard.card.labelOnly ? 0 : 8
        color: Theme.node
        border.width: raisedCard.border
        border.color: raisedCard.card.selected ? Theme.selection : Theme.borderStrong
    }
    // The type's colour: the badge, or zoomed out the strip on the left.
    Rectangle {
        x: raisedCard.card.labelOnly ? raisedCard.border : 12
        y: raisedCard.card.labelOnly ? raisedCard.border : (raisedCard.card.height - height) / 2
        width: raisedCard.card.labelOnly ? raisedCard.card.stripWidth : raisedCard.card.badgeSize
        height: raisedCard.card.labelOnly ? raisedCard.card.height - 2 * raisedCard.border : raisedCard.card.badgeSize
        radius: raisedCard.card.labelOnly ? 0 : 8
        color: raisedCard.card.badgeColor
    }
}
