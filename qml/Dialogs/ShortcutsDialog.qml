pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*! The keyboard shortcuts, grouped. */
AppDialog {
    id: root

    width: 520
    height: Math.min(620, parent ? parent.height - 80 : 620)
    title: qsTr("Keyboard shortcuts")
    standardButtons: Dialog.Close

    readonly property var groups: [
        { title: qsTr("Files"), items: [
            [qsTr("New design"), StandardShortcut.New], [qsTr("Open"), StandardShortcut.Open],
            [qsTr("Save"), StandardShortcut.Save], [qsTr("Save as"), "Ctrl+Shift+S"],
            [qsTr("Export"), "Ctrl+E"],
            [qsTr("Close window"), StandardShortcut.Close]] },
        { title: qsTr("Edit"), items: [
            [qsTr("Undo"), StandardShortcut.Undo], [qsTr("Redo"), StandardShortcut.Redo],
            [qsTr("Cut"), StandardShortcut.Cut], [qsTr("Copy"), StandardShortcut.Copy],
            [qsTr("Paste"), StandardShortcut.Paste], [qsTr("Duplicate"), "Ctrl+D"],
            [qsTr("Delete"), StandardShortcut.Delete], [qsTr("Select all"), StandardShortcut.SelectAll],
            [qsTr("Find on canvas"), StandardShortcut.Find], [qsTr("Search components"), "Ctrl+K"]] },
        { title: qsTr("View"), items: [
            [qsTr("Zoom in"), StandardShortcut.ZoomIn], [qsTr("Zoom out"), StandardShortcut.ZoomOut],
            [qsTr("Actual size"), "Ctrl+0"], [qsTr("Fit to content"), "Ctrl+1"],
            [qsTr("Select tool"), "V"], [qsTr("Zone tool"), "Z"]] }
    ]


    ScrollView {
        anchors.fill: parent
        clip: true
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 6
            Repeater {
                model: root.groups
                delegate: ColumnLayout {
                    id: group
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 4
                    SectionHeader { text: group.modelData.title }
                    Repeater {
                        model: group.modelData.items
                        delegate: RowLayout {
                            id: row
                            required property var modelData
                            Layout.fillWidth: true
                            Text {
                                Layout.fillWidth: true
                                text: row.modelData[0]
                                color: Theme.text
                                font.pixelSize: Theme.fontSize
                            }
                            Rectangle {
                                implicitWidth: keyLabel.implicitWidth + 12
                                implicitHeight: 22
                                radius: Theme.radiusSmall
                                color: Theme.panelAlt
                                border.color: Theme.border
                                Text {
                                    id: keyLabel
                                    anchors.centerIn: parent
                                    text: ShortcutText.of(row.modelData[1])
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSizeSmall
                                    font.family: Theme.monoFamily
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
