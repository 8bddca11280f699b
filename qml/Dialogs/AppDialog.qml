import QtQuick
import QtQuick.Controls
import MlsdBoard

/*! A modal dialog in the app's style, centred on the window. */
Dialog {
    id: root

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    padding: 20
    topPadding: 8

    Overlay.modal: Rectangle { color: Theme.overlay }

    background: Rectangle {
        color: Theme.panel
        radius: Theme.radius + 4
        border.color: Theme.border
    }
    header: Text {
        text: root.title
        visible: root.title.length > 0
        color: Theme.text
        font.pixelSize: Theme.fontSizeLarge
        font.weight: Font.DemiBold
        leftPadding: 20
        rightPadding: 20
        topPadding: 18
        bottomPadding: 4
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: root.title
    }
    footer: DialogButtonBox {
        visible: count > 0
        padding: 16
        topPadding: 4
        spacing: 8
        alignment: Qt.AlignRight
        background: null
        // The accented button has QPlatformDialogHelper::AcceptRole (0) or YesRole (5): qmllint 6.4
        // cannot see the enum DialogButtonBox takes from its extension type, and a delegate here
        // must not reach outside itself (a bound component cannot be its delegate on Qt 6.4).
        delegate: ThemedButton {
            primary: DialogButtonBox.buttonRole === 0 || DialogButtonBox.buttonRole === 5
        }
    }
}
