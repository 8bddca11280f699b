pragma ComponentBehavior: Bound
import QtQuick
import MlsdBoard

/*!
 * The review markers of a canvas: a bubble on every commented component near the view. It lies
 * above the canvas's pointer area with the canvas's pan and zoom, so a click on a marker reaches
 * it (`activated(componentId)`) while every other press goes through to the canvas.
 */
Item {
    id: root

    required property CanvasScene scene
    required property rect viewport
    required property real zoom

    readonly property alias model: markers

    signal activated(string componentId)

    transformOrigin: Item.TopLeft
    scale: root.zoom

    ReviewMarkerModel {
        id: markers
        scene: root.scene
        viewport: root.viewport
    }

    Repeater {
        model: markers
        delegate: ReviewMarker {
            zoom: root.zoom
            onActivated: (id) => root.activated(id)
        }
    }
}
