import QtQuick

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

    // The raised card and the text load from their files, given this card (an inline component
    // could not reach `card`; on Qt 6.4 a bound one cannot be a Loader's).
    Loader {
        id: raisedCard
        active: card.raised
    }

    Loader {
        id: content
        anchors.fill: parent
        asynchronous: true
        function load() {
            setSource(Qt.resolvedUrl(card.labelOnly ? "CardLabel.qml" : "CardContent.qml"), { card: card })
        }
    }

    // Zoomed out, the label alone; closer, the icon, label and type name.
    onLabelOnlyChanged: if (content.status !== Loader.Null) content.load()
    Component.onCompleted: {
        raisedCard.setSource(Qt.resolvedUrl("RaisedCard.qml"), { card: card })
        content.load()
    }
}
