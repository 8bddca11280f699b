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
        delegate: ThemedButton {
            primary: DialogButtonBox.buttonRole === DialogButtonBox.AcceptRole
                     || DialogButtonBox.buttonRole === DialogButtonBox.YesRole
        }
    }
}
