pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import MlsdBoard

/*! File, Edit, View, Practice, Review and Help menus over the window's actions. */
MenuBar {
    id: root

    required property AppActions actions
    required property FileController files
    required property PracticeActions practiceActions
    required property ReviewActions reviewActions

    background: Rectangle {
        implicitHeight: 28
        color: Theme.panel
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    delegate: MenuBarItem {
        id: barItem
        font.pixelSize: Theme.fontSize
        contentItem: Text {
            text: barItem.text.replace(/&(?!&)/g, "")
            font: barItem.font
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            color: barItem.highlighted ? Theme.hover : "transparent"
            radius: Theme.radiusSmall
        }
    }

    AppMenu {
        title: qsTr("&File")
        AppMenuItem { action: root.actions.newDesign }
        AppMenuItem { action: root.actions.open }
        AppMenu {
            id: recentMenu
            title: qsTr("Open &Recent")
            enabled: RecentFiles.paths.length > 0
            Instantiator {
                model: RecentFiles.paths
                delegate: AppMenuItem {
                    required property string modelData
                    required property int index
                    text: (index < 9 ? "&" + (index + 1) + "  " : "") + RecentFiles.displayName(modelData)
                    ToolTip.visible: hovered
                    ToolTip.text: modelData
                    ToolTip.delay: 600
                    onTriggered: root.files.openPath(modelData)
                }
                onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => recentMenu.removeItem(object)
            }
            MenuSeparator {}
            AppMenuItem {
                text: qsTr("&Clear Recent Files")
                onTriggered: RecentFiles.clear()
            }
        }
        MenuSeparator {}
        AppMenuItem { action: root.actions.save }
        AppMenuItem { action: root.actions.saveAs }
        AppMenuItem { action: root.actions.exportDesign }
        MenuSeparator {}
        AppMenuItem { action: root.actions.close }
        AppMenuItem { action: root.actions.quit }
    }
    AppMenu {
        title: qsTr("&Edit")
        AppMenuItem { action: root.actions.undo }
        AppMenuItem { action: root.actions.redo }
        MenuSeparator {}
        AppMenuItem { action: root.actions.cut }
        AppMenuItem { action: root.actions.copy }
        AppMenuItem { action: root.actions.paste }
        AppMenuItem { action: root.actions.duplicate }
        AppMenuItem { action: root.actions.deleteSelection }
        MenuSeparator {}
        AppMenuItem { action: root.actions.selectAll }
        AppMenuItem { action: root.actions.renameSelection }
        AppMenuItem { action: root.actions.find }
        AppMenuItem { action: root.actions.searchComponents }
    }
    AppMenu {
        title: qsTr("&View")
        AppMenuItem { action: root.actions.selectTool }
        AppMenuItem { action: root.actions.zoneTool }
        MenuSeparator {}
        AppMenuItem { action: root.actions.zoomIn }
        AppMenuItem { action: root.actions.zoomOut }
        AppMenuItem { action: root.actions.resetZoom }
        AppMenuItem { action: root.actions.fit }
        MenuSeparator {}
        AppMenuItem { action: root.actions.showGrid }
        AppMenuItem { action: root.actions.snapToGrid }
        AppMenuItem { action: root.actions.showMinimap }
        MenuSeparator {}
        AppMenuItem { action: root.actions.showInspector }
        AppMenuItem { action: root.actions.showCheck }
        AppMenuItem { action: root.actions.showBrief }
        MenuSeparator {}
        AppMenu {
            title: qsTr("&Theme")
            AppMenuItem {
                text: qsTr("&System")
                checkable: true
                checked: Preferences.themeMode === "system"
                onTriggered: Preferences.themeMode = "system"
            }
            AppMenuItem {
                text: qsTr("&Light")
                checkable: true
                checked: Preferences.themeMode === "light"
                onTriggered: Preferences.themeMode = "light"
            }
            AppMenuItem {
                text: qsTr("&Dark")
                checkable: true
                checked: Preferences.themeMode === "dark"
                onTriggered: Preferences.themeMode = "dark"
            }
        }
    }
    AppMenu {
        title: qsTr("&Practice")
        AppMenuItem { action: root.practiceActions.start }
        MenuSeparator {}
        AppMenuItem { action: root.practiceActions.pause }
        AppMenuItem { action: root.practiceActions.nextPhase }
        AppMenuItem { action: root.practiceActions.finish }
        MenuSeparator {}
        AppMenuItem { action: root.practiceActions.revealCheck }
        AppMenuItem { action: root.practiceActions.summary }
    }
    AppMenu {
        title: qsTr("&Review")
        AppMenuItem { action: root.reviewActions.show }
        AppMenuItem { action: root.reviewActions.commentOnSelection }
        AppMenuItem { action: root.reviewActions.commentOnDesign }
        AppMenuItem { action: root.reviewActions.scoreRubric }
    }
    AppMenu {
        title: qsTr("&Help")
        AppMenuItem { action: root.actions.shortcuts }
        AppMenuItem { action: root.actions.about }
    }
}
