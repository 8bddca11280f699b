pragma ComponentBehavior: Bound
import QtQuick
import MlsdBoard

/*!
 * The eight resize handles of a selected zone, at its corners and edge midpoints; it fills the
 * zone. Sizes are in scene units, scaled by `pixel` so the handles keep their size on screen.
 */
Item {
    id: handles

    /// Scene units per screen pixel.
    required property real pixel

    Repeater {
        model: 8
        Rectangle {
            required property int index
            readonly property real size: 9 * handles.pixel
            x: [0, 0.5, 1, 1, 1, 0.5, 0, 0][index] * handles.width - size / 2
            y: [0, 0, 0, 0.5, 1, 1, 1, 0.5][index] * handles.height - size / 2
            width: size
            height: size
            radius: 2 * handles.pixel
            color: Theme.node
            border.width: 1.5 * handles.pixel
            border.color: Theme.selection
        }
    }
}
