import QtQuick
import QtQuick.Controls
import MlsdBoard

/*!
 * A multi-line text field that grows with its text (up to `maxHeight`, then scrolls). `label` is
 * its accessible name. Tab moves focus on (it does not insert a tab).
 */
ScrollView {
    id: root

    property alias text: area.text
    property alias placeholderText: area.placeholderText
    property alias area: area
    property string label
    property int minHeight: 56
    property int maxHeight: 260
    property bool monospace: false

    signal textEdited(string text)
    signal editingFinished()

    implicitHeight: Math.max(minHeight, Math.min(maxHeight, area.implicitHeight + 2))
    clip: true
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    background: FieldFrame {
        focused: area.activeFocus
        hovered: area.hovered
    }

    TextArea {
        id: area
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontSize
        font.family: root.monospace ? Theme.monoFamily : font.family
        color: Theme.text
        placeholderTextColor: Theme.textFaint
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        selectByMouse: true
        hoverEnabled: true
        padding: 8
        background: null
        Accessible.name: root.label.length > 0 ? root.label : root.placeholderText
        KeyNavigation.priority: KeyNavigation.BeforeItem
        Keys.onTabPressed: (event) => { area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
        Keys.onBacktabPressed: (event) => { area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
        onTextChanged: if (activeFocus) root.textEdited(text)
        onEditingFinished: root.editingFinished()
    }
}
