import QtQuick
import MlsdBoard

/*!
 * A component card's text zoomed out (see ComponentDelegate): the label, one or two lines as the
 * box allows, in a font readable on screen.
 */
Text {
    id: root

    /// The component card this draws for (its roles and sizes).
    required property ComponentDelegate card

    readonly property real lineHeightScene: root.card.labelSize * 1.17
    x: root.card.stripWidth + root.card.textMargin
    width: root.card.width - x - root.card.textMargin
    height: root.card.height
    verticalAlignment: Text.AlignVCenter
    text: root.card.label.length > 0 ? root.card.label : root.card.typeName
    color: root.card.label.length > 0 ? Theme.text : Theme.textMuted
    font.pixelSize: root.card.labelSize
    font.weight: Font.DemiBold
    wrapMode: Text.Wrap
    elide: Text.ElideRight
    maximumLineCount: Math.max(1, Math.min(3, Math.floor((root.card.height - 2 * root.card.pixel) / lineHeightScene)))
    // Narrower than a few letters: a word cut to one letter reads as noise.
    visible: width >= 2.5 * root.card.labelSize
}
