import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*! Edits one connection: its label and kind; shows where it runs. */
ScrollView {
    id: root

    required property Session session
    required property string connectionId

    clip: true
    contentWidth: availableWidth

    ConnectionInspector {
        id: inspector
        session: root.session
        connectionId: root.connectionId
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spacing

        SectionHeader {
            Layout.topMargin: Theme.padding
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            text: qsTr("Connection")
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            text: inspector.fromLabel + "  →  " + inspector.toLabel
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontSizeLarge - 1
            font.weight: Font.DemiBold
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            columns: 2
            columnSpacing: 10
            rowSpacing: Theme.spacing
            FormLabel { text: qsTr("Label"); buddy: labelField }
            TextInputField {
                id: labelField
                objectName: "connectionLabelField"
                Layout.fillWidth: true
                label: qsTr("Connection label")
                placeholderText: qsTr("e.g. top-500")
                text: inspector.label
                onTextEdited: inspector.setLabel(text)
                onEditingFinished: root.session.sealMerge()
            }
            FormLabel { text: qsTr("Kind"); buddy: kindBox }
            ThemedComboBox {
                id: kindBox
                Layout.fillWidth: true
                label: qsTr("Connection kind")
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
            text: qsTr("Feedback connections close loops (logs to training); the check ignores them when it judges the order of the funnel.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
        }
    }
}
