import QtQuick
import MlsdBoard

/*!
 * The Inspector tab: the selected component's, connection's or zone's editor, a summary of a
 * multiple selection, or the design overview when nothing is selected.
 */
Item {
    id: root

    required property Session session

    readonly property string componentId: root.session.selection.currentComponent
    readonly property string connectionId: root.session.selection.currentConnection
    readonly property string zoneId: root.session.selection.currentZone

    // The editors load from their files with their required properties bound to ours (an inline
    // component could not reach root, and a bound one cannot be a Loader's on Qt 6.4).
    Loader {
        anchors.fill: parent
        active: root.componentId.length > 0
        visible: active
        Component.onCompleted: setSource(Qt.resolvedUrl("ComponentEditor.qml"),
                                         { session: Qt.binding(() => root.session), componentId: Qt.binding(() => root.componentId) })
    }

    Loader {
        anchors.fill: parent
        active: root.connectionId.length > 0
        visible: active
        Component.onCompleted: setSource(Qt.resolvedUrl("ConnectionEditor.qml"),
                                         { session: Qt.binding(() => root.session), connectionId: Qt.binding(() => root.connectionId) })
    }

    Loader {
        anchors.fill: parent
        active: root.zoneId.length > 0
        visible: active
        Component.onCompleted: setSource(Qt.resolvedUrl("ZoneEditor.qml"),
                                         { session: Qt.binding(() => root.session), zoneId: Qt.binding(() => root.zoneId) })
    }

    DesignOverview {
        anchors.fill: parent
        visible: root.componentId.length === 0 && root.connectionId.length === 0 && root.zoneId.length === 0
        session: root.session
    }
}
