import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*! "Save changes to X?" with Save, Don't Save and Cancel. */
AppDialog {
    id: root

    property string documentName

    signal saveChosen()
    signal discardChosen()
    signal cancelChosen()

    width: 440
    title: qsTr("Save changes to “%1”?").arg(root.documentName)
    closePolicy: Popup.CloseOnEscape

    onRejected: root.cancelChosen()

    Text {
        width: parent ? parent.width : 400
        text: qsTr("Your changes will be lost if you don't save them.")
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSize
    }

    footer: RowLayout {
        spacing: 8
        Item { Layout.fillWidth: true; Layout.leftMargin: 16 }
        ThemedButton {
            objectName: "discardButton"
            text: qsTr("Don't Save")
            onClicked: { root.close(); root.discardChosen() }
        }
        ThemedButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            onClicked: root.reject()
        }
        ThemedButton {
            id: saveButton
            objectName: "saveButton"
            Layout.rightMargin: 16
            Layout.bottomMargin: 16
            Layout.topMargin: 4
            primary: true
            text: qsTr("Save")
            onClicked: { root.close(); root.saveChosen() }
        }
    }
    onOpened: saveButton.forceActiveFocus()
}
