pragma ComponentBehavior: Bound
import QtQuick
import MlsdBoard

/// The four connection handles around a component's rectangle \a rect (scene coordinates).
Item {
    id: handles

    property rect rect
    /// Scene units per screen pixel, so handles keep about their size on screen.
    property real pixel: 1
    readonly property real size: 10 * Math.min(Math.max(pixel, 0.5), 1.6)

    visible: rect.width > 0
    x: rect.x
    y: rect.y
    width: rect.width
    height: rect.height

    Repeater {
        model: [Qt.point(0, 0.5), Qt.point(1, 0.5), Qt.point(0.5, 0), Qt.point(0.5, 1)]
        Rectangle {
            required property point modelData
            x: modelData.x * handles.width - width / 2
            y: modelData.y * handles.height - height / 2
            width: handles.size
            height: handles.size
            radius: width / 2
            color: Theme.node
            border.width: 1.5 * Math.min(Math.max(handles.pixel, 0.5), 1.6)
            border.color: Theme.selection
        }
    }
}
