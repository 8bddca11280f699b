import QtQuick
import MlsdBoard

/*! The label of a form row; `buddy` gets focus when the label is clicked. */
Text {
    id: root

    property Item buddy

    color: Theme.textMuted
    font.pixelSize: Theme.fontSize
    Accessible.ignored: true

    MouseArea {
        anchors.fill: parent
        onClicked: if (root.buddy) root.buddy.forceActiveFocus(Qt.MouseFocusReason)
    }
}
