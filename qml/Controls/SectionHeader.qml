import QtQuick
import QtQuick.Layouts
import MlsdBoard

/*!
 * A small uppercase heading of a panel section, with an optional item on the right (a count, a
 * button) in `trailing`.
 */
Item {
    id: root

    property string text
    default property alias trailing: trailingRow.data

    implicitHeight: 28
    Layout.fillWidth: true

    Text {
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        text: root.text.toUpperCase()
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        font.weight: Font.DemiBold
        font.letterSpacing: 0.6
        Accessible.role: Accessible.Heading
        Accessible.name: root.text
    }
    Row {
        id: trailingRow
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: 4
    }
}
