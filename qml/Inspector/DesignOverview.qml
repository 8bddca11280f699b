pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * What the Inspector shows when nothing is selected: the design's title, its counts and how to
 * get started; a summary when several items are selected.
 */
ScrollView {
    id: root

    required property Session session

    readonly property int selectedCount: root.session.selection.count

    clip: true
    contentWidth: availableWidth

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        SectionHeader {
            Layout.topMargin: Theme.padding
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            text: root.selectedCount > 1 ? qsTr("Selection") : qsTr("Design")
        }

        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            visible: root.selectedCount > 1
            text: qsTr("%1 components, %2 connections and %3 zones selected.")
                    .arg(root.session.selection.componentIds.length)
                    .arg(root.session.selection.connectionIds.length)
                    .arg(root.session.selection.zoneIds.length)
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
        }

        FormLabel {
            Layout.leftMargin: Theme.padding
            visible: root.selectedCount <= 1
            text: qsTr("Title")
            buddy: titleField
        }
        TextInputField {
            id: titleField
            objectName: "designTitleField"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            visible: root.selectedCount <= 1
            label: qsTr("Design title")
            placeholderText: qsTr("Untitled design")
            text: root.session.designTitle
            onTextEdited: root.session.designTitle = text
            onEditingFinished: root.session.sealMerge()
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            visible: root.selectedCount <= 1
            columns: 3
            columnSpacing: Theme.spacing
            Repeater {
                model: [
                    { label: qsTr("Components"), value: root.session.componentCount },
                    { label: qsTr("Connections"), value: root.session.connectionCount },
                    { label: qsTr("Zones"), value: root.session.zoneCount }
                ]
                delegate: Rectangle {
                    id: countTile
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: 58
                    radius: Theme.radius
                    color: Theme.panelAlt
                    border.color: Theme.border
                    Column {
                        anchors.centerIn: parent
                        spacing: 2
                        Text {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: countTile.modelData.value
                            color: Theme.text
                            font.pixelSize: 20
                            font.weight: Font.DemiBold
                        }
                        Text {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: countTile.modelData.label
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                        }
                    }
                }
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            visible: root.selectedCount === 0
            text: qsTr("Select a component to edit its label, type, zone, annotations and notes.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
            lineHeight: 1.2
        }
    }
}
