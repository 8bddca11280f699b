pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * One dimension of the rubric: its title and what it covers, the score as four buttons (1 weak …
 * 4 strong; the chosen one again clears it; keys 1–4 and 0 when focused) and the notes.
 */
ColumnLayout {
    id: root

    required property int index
    required property string dimension
    required property string title
    required property string help
    required property int score
    required property string notes

    readonly property alias notesField: notesField
    readonly property var scoreNames: [qsTr("Weak"), qsTr("Mixed"), qsTr("Good"), qsTr("Strong")]

    signal scored(int row, int score)
    signal notesEdited(int row, string notes)
    signal finished()

    spacing: 4
    objectName: "rubric_" + dimension

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 1
            Text {
                Layout.fillWidth: true
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.fontSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: root.score > 0 ? root.scoreNames[root.score - 1] + " · " + root.help : root.help
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }
        }
        Row {
            id: scores
            Layout.alignment: Qt.AlignTop
            spacing: 3
            Accessible.role: Accessible.RadioButton
            Repeater {
                model: 4
                delegate: AbstractButton {
                    id: button
                    required property int index
                    readonly property int value: index + 1
                    readonly property bool chosen: root.score === value
                    objectName: "score_" + root.dimension + "_" + value
                    implicitWidth: 26
                    implicitHeight: 26
                    hoverEnabled: true
                    focusPolicy: Qt.StrongFocus
                    text: value
                    Accessible.name: qsTr("%1: %2 of 4, %3").arg(root.title).arg(value).arg(root.scoreNames[index])
                    Accessible.checked: chosen
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: chosen ? qsTr("%1 — click again to clear").arg(root.scoreNames[index])
                                         : qsTr("%1 of 4: %2").arg(value).arg(root.scoreNames[index])
                    onClicked: root.scored(root.index, chosen ? 0 : value)
                    Keys.onPressed: (event) => {
                        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_4) {
                            root.scored(root.index, event.key - Qt.Key_0)
                            event.accepted = true
                        }
                    }
                    contentItem: Text {
                        text: button.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        color: button.chosen ? Theme.accentText
                             : root.score >= button.value ? Theme.accent : Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall + 1
                        font.weight: button.chosen ? Font.Bold : Font.Medium
                    }
                    background: Rectangle {
                        radius: Theme.radiusSmall
                        color: button.chosen ? Theme.accent
                             : root.score >= button.value ? Theme.accentSoft
                             : button.hovered ? Theme.hover : Theme.panel
                        border.width: button.visualFocus ? 2 : 1
                        border.color: button.visualFocus ? Theme.focus
                                    : root.score >= button.value ? Theme.accent : Theme.border
                    }
                }
            }
        }
    }
    TextAreaField {
        id: notesField
        objectName: "notes_" + root.dimension
        Layout.fillWidth: true
        minHeight: 34
        maxHeight: 160
        label: qsTr("%1 notes").arg(root.title)
        placeholderText: qsTr("Notes")
        text: root.notes
        onTextEdited: (text) => { if (text !== root.notes) root.notesEdited(root.index, text) }
        onEditingFinished: root.finished()
    }
}
