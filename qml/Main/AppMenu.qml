import QtQuick
import QtQuick.Controls
import MlsdBoard

/*! A menu in the app's style: themed background, items with their shortcuts. */
Menu {
    id: root

    implicitWidth: 280
    font.pixelSize: Theme.fontSize

    background: Rectangle {
        implicitWidth: 260
        color: Theme.panel
        border.color: Theme.border
        radius: Theme.radius
    }

    delegate: AppMenuItem {}
}
