import QtQuick
import MlsdBoard

/*!
 * A component card's content (see ComponentDelegate): the type's icon (or its initial) on the
 * badge, the label (up to two lines) and the type name below it.
 */
Item {
    id: root

    /// The component card this draws for (its roles and sizes).
    required property ComponentDelegate card

    Image {
        x: 12 + (root.card.badgeSize - width) / 2
        y: (root.card.height - height) / 2
        width: 20
        height: 20
        sourceSize.width: 40
        sourceSize.height: 40
        source: root.card.iconSource
        visible: String(root.card.iconSource).length > 0
    }
    Text {
        x: 12
        width: root.card.badgeSize
        height: root.card.height
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        visible: String(root.card.iconSource).length === 0
        text: root.card.typeName.length > 0 ? root.card.typeName.charAt(0).toUpperCase() : "?"
        color: "white"
        font.pixelSize: 15
        font.weight: Font.DemiBold
    }
    // The label (up to two lines) and the type name below it, centred as a block.
    Text {
        id: labelText
        x: 12 + root.card.badgeSize + 10
        width: root.card.width - x - 10
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: typeText.visible ? -(typeText.height + 2) / 2 : 0
        text: root.card.label.length > 0 ? root.card.label : root.card.typeName
        color: root.card.label.length > 0 ? Theme.text : Theme.textFaint
        font.pixelSize: root.card.labelSize
        font.weight: Font.DemiBold
        lineHeight: 0.95
        wrapMode: Text.Wrap
        elide: Text.ElideRight
        // Two lines where the box has room for them (and the type name, when shown).
        maximumLineCount: Math.max(1, Math.min(2, Math.floor(
            (root.card.height - 8 - (typeText.visible ? 15 : 0)) / (root.card.labelSize * 1.15))))
    }
    Text {
        id: typeText
        x: labelText.x
        width: labelText.width
        anchors.top: labelText.bottom
        anchors.topMargin: 2
        visible: !root.card.compact
        text: root.card.typeName
        color: Theme.textMuted
        font.pixelSize: 11
        elide: Text.ElideRight
        maximumLineCount: 1
    }
}
