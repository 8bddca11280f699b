import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * Coverage of the template's required stages ("14 of 16 stages"), a bar, the counts per
 * severity, and the stages as chips (present ones ticked).
 */
ColumnLayout {
    id: root

    required property CheckRunner checker
    property bool showStages: false

    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 of %2 stages").arg(root.checker.present).arg(root.checker.required)
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.weight: Font.DemiBold
        }
        CountChip { severity: "error"; count: root.checker.errors }
        CountChip { severity: "warning"; count: root.checker.warnings }
        CountChip { severity: "info"; count: root.checker.infos }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 6
        radius: 3
        color: Theme.border
        Accessible.role: Accessible.ProgressBar
        Accessible.name: qsTr("Stage coverage")
        Rectangle {
            width: root.checker.required > 0 ? parent.width * root.checker.present / root.checker.required : 0
            height: parent.height
            radius: 3
            color: root.checker.present >= root.checker.required ? Theme.success : Theme.accent
            Behavior on width { NumberAnimation { duration: 200; easing.type: Easing.OutCubic } }
        }
    }

    AbstractButton {
        id: toggle
        Layout.fillWidth: true
        implicitHeight: 22
        visible: root.checker.stages.length > 0
        text: root.showStages ? qsTr("Hide stages") : qsTr("Show stages")
        onClicked: root.showStages = !root.showStages
        Accessible.name: text
        contentItem: Text {
            text: toggle.text
            color: toggle.hovered ? Theme.accent : Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            font.underline: toggle.visualFocus
        }
        background: null
    }

    Flow {
        Layout.fillWidth: true
        visible: root.showStages
        spacing: 4
        Repeater {
            model: root.checker.stages
            delegate: Tag {
                required property var modelData
                text: (modelData.present ? "✓ " : "") + modelData.name
                tint: modelData.present ? Theme.success : (modelData.required ? Theme.textMuted : Theme.textFaint)
            }
        }
    }
}
