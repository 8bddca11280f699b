import QtQuick
import QtQuick.Controls
import MlsdBoard

/*! A one-line text field in the app's style. `label` is its accessible name. */
TextField {
    id: root

    property string label

    implicitHeight: Theme.controlHeight
    leftPadding: 8
    rightPadding: 8
    font.pixelSize: Theme.fontSize
    color: Theme.text
    placeholderTextColor: Theme.textFaint
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    selectByMouse: true
    hoverEnabled: true
    Accessible.name: root.label.length > 0 ? root.label : root.placeholderText

    // A long text shows its beginning unless the user is editing it.
    onTextChanged: if (!activeFocus) cursorPosition = 0
    onActiveFocusChanged: if (!activeFocus) cursorPosition = 0
    Component.onCompleted: cursorPosition = 0

    background: FieldFrame {
        focused: root.activeFocus
        hovered: root.hovered
    }
}
