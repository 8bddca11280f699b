import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * The Inspector tab: the selected component's editor, a summary of a multiple selection, or the
 * design overview when nothing is selected.
 */
Item {
    id: root

    required property Session session

    readonly property string componentId: root.session.selection.currentComponent

    Loader {
        anchors.fill: parent
        active: root.componentId.length > 0
        visible: active
        sourceComponent: ComponentEditor {
            session: root.session
            componentId: root.componentId
        }
    }

    DesignOverview {
        anchors.fill: parent
        visible: root.componentId.length === 0
        session: root.session
    }
}
