import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * A message with selectable text (a loader's error names the file and the place: people copy it).
 * `show(title, summary, details)`.
 */
AppDialog {
    id: root

    property string summary
    property string details

    function show(title, summary, details) {
        root.title = title
        root.summary = summary
        root.details = details || ""
        open()
    }

    width: Math.min(640, parent ? parent.width - 80 : 640)
    standardButtons: Dialog.Ok

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Text {
            Layout.fillWidth: true
            text: root.summary
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(220, detailsArea.implicitHeight + 4)
            visible: root.details.length > 0
            TextArea {
                id: detailsArea
                objectName: "messageDetails"
                text: root.details
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSizeSmall + 1
                color: Theme.text
                selectionColor: Theme.accent
                selectedTextColor: Theme.accentText
                Accessible.name: qsTr("Details")
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.panelAlt
                    border.color: Theme.border
                }
            }
        }
    }
}
