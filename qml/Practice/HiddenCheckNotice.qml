import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import MlsdBoard

/*!
 * What the check panel shows during a practice run: the check is hidden, as in a real interview,
 * and a button reveals it (`revealRequested`).
 */
Rectangle {
    id: root

    signal revealRequested()

    color: Theme.panel

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.padding, 300)
        spacing: 10

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 44
            implicitHeight: 44
            radius: 22
            color: Theme.accentSoft
            IconImage {
                anchors.centerIn: parent
                source: Theme.icon("eye-off")
                sourceSize.width: 22
                sourceSize.height: 22
                width: 22
                height: 22
                color: Theme.accent
            }
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("The check is hidden during the practice run")
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
            font.weight: Font.DemiBold
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("As in a real interview, nobody flags what is missing. You will see coverage and findings in the summary at the end.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall + 1
        }
        ThemedButton {
            objectName: "revealCheckButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 4
            text: qsTr("Reveal the check")
            iconName: "eye"
            onClicked: root.revealRequested()
        }
    }
}
