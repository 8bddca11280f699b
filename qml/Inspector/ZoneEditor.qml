import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*! Edits one zone: its title and kind. */
ScrollView {
    id: root

    required property Session session
    required property string zoneId

    clip: true
    contentWidth: availableWidth

    ZoneInspector {
        id: inspector
        session: root.session
        zoneId: root.zoneId
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        SectionHeader {
            Layout.topMargin: Theme.padding
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            text: qsTr("Zone")
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            columns: 2
            columnSpacing: 10
            rowSpacing: Theme.spacing
            FormLabel { text: qsTr("Title"); buddy: labelField }
            TextInputField {
                id: labelField
                objectName: "zoneLabelField"
                Layout.fillWidth: true
                label: qsTr("Zone title")
                text: inspector.label
                onTextEdited: inspector.setLabel(text)
                onEditingFinished: root.session.sealMerge()
            }
            FormLabel { text: qsTr("Kind"); buddy: kindBox }
            ThemedComboBox {
                id: kindBox
                Layout.fillWidth: true
                label: qsTr("Zone kind")
                model: inspector.kindOptions
                textRole: "title"
                valueRole: "id"
                currentIndex: Math.max(0, indexOfValue(inspector.kind))
                onActivated: inspector.setKind(currentValue)
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            text: inspector.componentCount === 1 ? qsTr("1 component in this zone.")
                                                 : qsTr("%1 components in this zone.").arg(inspector.componentCount)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
        }
    }
}
