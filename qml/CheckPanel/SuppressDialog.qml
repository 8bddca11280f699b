import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*! Asks why a rule is suppressed; the reason is kept in the file and in the exports. */
Dialog {
    id: root

    property int row: -1
    property string message

    signal suppress(int row, string reason)

    function openFor(row, message) {
        root.row = row
        root.message = message
        reason.text = ""
        open()
        reason.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: 420
    title: qsTr("Suppress this rule")
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAccepted: root.suppress(root.row, reason.text)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
        }
        TextInputField {
            id: reason
            Layout.fillWidth: true
            label: qsTr("Reason")
            placeholderText: qsTr("Why this does not apply, e.g. “single catalog, v1 scope”")
            onAccepted: root.accept()
        }
    }
}
