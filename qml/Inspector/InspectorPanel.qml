import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
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

    Loader {
        anchors.fill: parent
        active: root.componentId.length > 0
        visible: active
        sourceComponent: ComponentEditor {
            session: root.session
            componentId: root.componentId
        }
    }

    Loader {
        anchors.fill: parent
        active: root.connectionId.length > 0
        visible: active
        sourceComponent: ConnectionEditor {
            session: root.session
            connectionId: root.connectionId
        }
    }

    Loader {
        anchors.fill: parent
        active: root.zoneId.length > 0
        visible: active
        sourceComponent: ZoneEditor {
            session: root.session
            zoneId: root.zoneId
        }
    }

    DesignOverview {
        anchors.fill: parent
        visible: root.componentId.length === 0 && root.connectionId.length === 0 && root.zoneId.length === 0
        session: root.session
    }
}
