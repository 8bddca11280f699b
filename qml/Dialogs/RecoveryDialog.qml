pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * Offered at start when a session crashed with unsaved changes: the autosaved designs, each with
 * Restore and Discard. `restore(designPath, originalPath)`; the entry is removed once restored.
 * The dialog closes itself when no entry is left.
 */
AppDialog {
    id: root

    required property RecoveryModel model

    signal restore(string designPath, string originalPath, int row)

    width: 560
    title: qsTr("Recover unsaved work")
    standardButtons: Dialog.Close
    closePolicy: Popup.CloseOnEscape

    // Once every entry is restored or discarded there is nothing left to offer.
    Connections {
        target: root.model
        function onCountChanged() {
            if (root.model.count === 0)
                root.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Text {
            Layout.fillWidth: true
            text: qsTr("MLSD Board did not close properly. These designs had changes that were not saved:")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
        }
        Repeater {
            model: root.model
            delegate: Rectangle {
                id: entry
                required property int index
                required property string title
                required property string originalPath
                required property string designPath
                required property string savedAt
                Layout.fillWidth: true
                implicitHeight: 56
                radius: Theme.radius
                color: Theme.panelAlt
                border.color: Theme.border
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 10
                    spacing: 8
                    Column {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            width: parent.width
                            text: entry.title
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                            font.weight: Font.DemiBold
                        }
                        Text {
                            width: parent.width
                            text: (entry.originalPath.length > 0 ? entry.originalPath : qsTr("Never saved"))
                                  + "  ·  " + entry.savedAt
                            elide: Text.ElideMiddle
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSizeSmall
                        }
                    }
                    ThemedButton {
                        objectName: "discard"
                        text: qsTr("Discard")
                        onClicked: root.model.discard(entry.index)
                    }
                    ThemedButton {
                        primary: true
                        text: qsTr("Restore")
                        onClicked: root.restore(entry.designPath, entry.originalPath, entry.index)
                    }
                }
            }
        }
    }
}
