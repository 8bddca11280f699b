pragma ComponentBehavior: Bound
import QtQuick
import MlsdBoard

/*!
 * An overview of the whole design with the visible area outlined; click or drag in it to move
 * the view there. Components are drawn by one CardLayer (no delegates), zones as plain frames.
 */
Rectangle {
    id: map

    required property CanvasScene scene
    required property ZoneModel zones
    /// The visible scene rectangle of the canvas.
    property rect viewRect
    /// The area the map shows: the design's bounds with a margin.
    readonly property rect area: {
        const b = map.scene.contentBounds
        if (b.width <= 0 || b.height <= 0)
            return Qt.rect(viewRect.x, viewRect.y, Math.max(viewRect.width, 1), Math.max(viewRect.height, 1))
        const m = Math.max(b.width, b.height) * 0.06 + 40
        return Qt.rect(b.x - m, b.y - m, b.width + 2 * m, b.height + 2 * m)
    }
    readonly property real mapScale: Math.min((width - 12) / area.width, (height - 12) / area.height)

    /// The user clicked or dragged to \a point (scene coordinates).
    signal navigate(point scenePoint)

    width: 220
    height: 150
    radius: 8
    color: Theme.panel
    border.color: Theme.border
    clip: true

    Item {
        id: inner
        // Centre the drawing in the frame.
        x: (map.width - map.area.width * map.mapScale) / 2 - map.area.x * map.mapScale
        y: (map.height - map.area.height * map.mapScale) / 2 - map.area.y * map.mapScale
        scale: map.mapScale
        transformOrigin: Item.TopLeft

        Repeater {
            model: map.zones
            Rectangle {
                required property real posX
                required property real posY
                required property real itemWidth
                required property real itemHeight
                required property string kind
                x: posX
                y: posY
                width: itemWidth
                height: itemHeight
                color: CanvasStyleSingleton.zoneTint(kind)
                border.width: 1 / Math.max(map.mapScale, 1e-6)
                border.color: CanvasStyleSingleton.zoneBorder(kind)
            }
        }
        CardLayer {
            scene: map.scene
            simple: true
            zoom: map.mapScale
        }
        Rectangle {
            x: map.viewRect.x
            y: map.viewRect.y
            width: map.viewRect.width
            height: map.viewRect.height
            color: CanvasStyleSingleton.selectionFill
            border.width: 1.5 / Math.max(map.mapScale, 1e-6)
            border.color: Theme.selection
        }
    }

    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor
        function go(mouse) {
            map.navigate(Qt.point((mouse.x - inner.x) / map.mapScale, (mouse.y - inner.y) / map.mapScale))
        }
        onPressed: (mouse) => go(mouse)
        onPositionChanged: (mouse) => { if (pressed) go(mouse) }
    }

    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Overview map")
}
