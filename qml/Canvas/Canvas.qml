import QtQuick
import MlsdBoard

/*!
 * The whiteboard: zones, components and connections of the session's design, with pan and zoom.
 * (Placeholder until the canvas lands: shows the component count.)
 */
Item {
    id: root

    required property Session session

    /// Zoom factor of the view (1 = 100 %).
    property real zoom: 1

    /// Fits the whole design into the view.
    function fitToContent() {}
    /// Scrolls so that component \a id is in the middle of the view.
    function centerOn(id) {}
    /// Adds a component of catalog type \a type at the centre of the view.
    function addComponentAtCenter(type) {}

    Rectangle {
        anchors.fill: parent
        color: Theme.canvas
    }
    Text {
        anchors.centerIn: parent
        color: Theme.textMuted
        text: qsTr("%1 components").arg(root.session.componentCount)
    }
}
