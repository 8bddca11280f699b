import QtQuick
import MlsdBoard

/*! The background of an input field: a bordered rounded rectangle, accented when focused. */
Rectangle {
    property bool focused: false
    property bool hovered: false

    radius: Theme.radius
    color: Theme.field
    border.width: focused ? 2 : 1
    border.color: focused ? Theme.focus : hovered ? Theme.borderStrong : Theme.fieldBorder
}
