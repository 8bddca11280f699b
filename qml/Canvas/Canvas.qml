import QtQuick
import MlsdBoard

/*!
 * The whiteboard: zones, components and connections of the session's design, with pan and zoom.
 * Placeholder until the canvas lands; the properties and functions below are its public interface
 * (the window's menus, toolbar, palette and check panel call them).
 */
Item {
    id: root

    required property Session session

    /// Zoom factor of the view (1 = 100 %).
    property real zoom: 1
    property bool showGrid: true
    property bool snapToGrid: true
    property bool showMinimap: true

    /// Fits the whole design into the view.
    function fitToContent() {}
    /// Scrolls so that component \a id is in the middle of the view (and selects it).
    function centerOn(id) {}
    /// Adds a component of catalog type \a type at the centre of the view; returns its id.
    function addComponentAtCenter(type) { return "" }
    function zoomIn() {}
    function zoomOut() {}
    function resetZoom() {}
    function deleteSelection() {}
    function copySelection() {}
    function cutSelection() {}
    function paste() {}
    function duplicateSelection() {}
    function selectAll() {}
    /// Opens the find bar (Ctrl+F): type a label, Enter jumps to the component.
    function openFind() {}
    /// Starts editing the label of component \a id in place.
    function editLabel(id) {}

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
