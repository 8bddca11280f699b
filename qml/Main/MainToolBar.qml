import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * The toolbar: file commands, undo/redo, the select and zone tools, zoom, fit, grid and snap, the
 * template the design is checked against, and the theme switch.
 */
ToolBar {
    id: root

    required property AppActions actions
    required property Session session
    required property Canvas canvas
    required property PracticeActions practiceActions
    required property ReviewActions reviewActions

    implicitHeight: Theme.toolbarHeight
    padding: 0
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing

    background: Rectangle {
        color: Theme.panel
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    component ActionButton: IconButton {
        required property Action act
        action: act
        iconName: act.icon.name
        shortcutText: ShortcutText.of(act.shortcut)
    }
    component Divider: Rectangle {
        Layout.preferredWidth: 1
        Layout.preferredHeight: 22
        Layout.leftMargin: 4
        Layout.rightMargin: 4
        color: Theme.border
    }

    TemplateListModel {
        id: templates
    }

    RowLayout {
        anchors.fill: parent
        spacing: 2

        Image {
            Layout.leftMargin: 4
            Layout.rightMargin: 6
            source: "qrc:/mlsd/icons/app.svg"
            sourceSize.width: 22
            sourceSize.height: 22
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22
            Accessible.ignored: true
        }
        ActionButton { act: root.actions.newDesign }
        ActionButton { act: root.actions.open }
        ActionButton { act: root.actions.save }
        ActionButton { act: root.actions.exportDesign }
        Divider {}
        ActionButton { act: root.actions.undo }
        ActionButton { act: root.actions.redo }
        Divider {}
        ActionButton { act: root.actions.selectTool }
        ActionButton { act: root.actions.zoneTool }
        Divider {}
        ActionButton { act: root.actions.zoomOut }
        ToolButton {
            id: zoomLabel
            implicitWidth: 54
            implicitHeight: 32
            text: Math.round((root.canvas ? root.canvas.zoom : 1) * 100) + "%"
            font.pixelSize: Theme.fontSizeSmall + 1
            hoverEnabled: true
            Accessible.name: qsTr("Zoom %1, reset to 100%").arg(text)
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Reset zoom to 100%")
            onClicked: root.actions.resetZoom.trigger()
            contentItem: Text {
                text: zoomLabel.text
                font: zoomLabel.font
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius
                color: zoomLabel.down ? Theme.pressed : zoomLabel.hovered ? Theme.hover : "transparent"
                border.width: zoomLabel.visualFocus ? 2 : 0
                border.color: Theme.focus
            }
        }
        ActionButton { act: root.actions.zoomIn }
        ActionButton { act: root.actions.fit }
        Divider {}
        ActionButton { act: root.actions.showGrid }
        ActionButton { act: root.actions.snapToGrid }
        ActionButton { act: root.actions.showMinimap }
        Divider {}
        ActionButton { objectName: "practiceButton"; act: root.practiceActions.start }
        ActionButton { objectName: "reviewButton"; act: root.reviewActions.show }

        Item { Layout.fillWidth: true }

        Text {
            text: qsTr("Template")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall + 1
            Layout.rightMargin: 4
        }
        ThemedComboBox {
            id: templateBox
            Layout.preferredWidth: 240
            label: qsTr("Template to check against")
            model: templates
            textRole: "name"
            valueRole: "templateId"
            enabled: templates.count > 0
            displayText: templates.count === 0 ? qsTr("None installed")
                       : currentIndex < 0 ? qsTr("Choose…") : currentText
            currentIndex: templates.rowOf(root.session.templateId)
            onActivated: root.session.templateId = currentValue
        }
        Divider {}
        ActionButton { act: root.actions.cycleTheme }
    }
}
