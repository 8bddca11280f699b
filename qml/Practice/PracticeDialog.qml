pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * Start a practice run: pick a question of the bank and a duration (45 minutes by default, the
 * length of an interview). `start(questionId, seconds, fresh)`; with `fresh` the run starts on a
 * blank design made for the question, otherwise on the design that is open.
 */
AppDialog {
    id: root

    /// The current design has something on it (offer to practise on it instead).
    property bool designHasContent: false

    readonly property alias list: list
    readonly property alias minutesField: minutesField
    readonly property alias freshBox: freshBox
    readonly property int minutes: Math.max(1, Math.min(180, parseInt(minutesField.text) || 0))
    readonly property string currentId: questions.idAt(list.currentIndex)

    signal start(string questionId, int seconds, bool fresh)

    width: Math.min(720, parent ? parent.width - 80 : 720)
    height: Math.min(640, parent ? parent.height - 80 : 640)
    title: qsTr("Start a practice run")
    standardButtons: Dialog.Ok | Dialog.Cancel

    onAboutToShow: {
        minutesField.text = Preferences.practiceMinutes
        freshBox.checked = true
        if (list.currentIndex < 0)
            list.currentIndex = 0
    }
    onOpened: list.forceActiveFocus()
    onAccepted: {
        if (root.currentId.length === 0)
            return
        Preferences.practiceMinutes = root.minutes
        root.start(root.currentId, root.minutes * 60, freshBox.checked || !root.designHasContent)
    }

    Component.onCompleted: {
        const ok = standardButton(Dialog.Ok)
        if (ok) {
            ok.text = qsTr("Start")
            ok.objectName = "startButton"
        }
    }

    QuestionModel {
        id: questions
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Text {
            Layout.fillWidth: true
            text: qsTr("The clock follows the guide's presentation framework, phase by phase. The check stays hidden until the end, as in a real interview.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Questions")
            ScrollBar.vertical: ScrollBar {}
            model: questions
            delegate: Rectangle {
                id: entry
                required property int index
                required property string questionId
                required property string title
                required property string prompt
                required property string templateName
                required property string templateId
                readonly property bool selected: ListView.isCurrentItem
                objectName: "question_" + questionId
                width: ListView.view.width - 4
                implicitHeight: column.implicitHeight + 20
                radius: Theme.radius
                color: selected ? Theme.accentSoft : hover.hovered ? Theme.hover : Theme.panel
                border.width: selected ? 2 : 1
                border.color: selected ? Theme.accent : Theme.border
                Accessible.role: Accessible.ListItem
                Accessible.name: entry.title
                HoverHandler { id: hover }
                TapHandler {
                    onTapped: list.currentIndex = entry.index
                    onDoubleTapped: { list.currentIndex = entry.index; root.accept() }
                }
                Column {
                    id: column
                    x: 12
                    y: 10
                    width: parent.width - 24
                    spacing: 4
                    RowLayout {
                        width: parent.width
                        spacing: 8
                        Text {
                            Layout.fillWidth: true
                            text: entry.title
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Tag {
                            text: entry.templateName.length > 0 ? entry.templateName : entry.templateId
                            tint: Theme.accent
                        }
                    }
                    Text {
                        width: parent.width
                        text: entry.prompt
                        wrapMode: Text.WordWrap
                        maximumLineCount: entry.selected ? 6 : 2
                        elide: Text.ElideRight
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                }
            }
            Keys.onReturnPressed: root.accept()
            Keys.onEnterPressed: root.accept()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            FormLabel { text: qsTr("Duration") }
            Item { Layout.preferredWidth: 4 }
            Repeater {
                model: [15, 30, 45, 60]
                delegate: SegmentButton {
                    required property int modelData
                    text: qsTr("%1 min").arg(modelData)
                    implicitHeight: 26
                    checked: root.minutes === modelData
                    onClicked: minutesField.text = modelData
                }
            }
            Item { Layout.preferredWidth: 8 }
            TextInputField {
                id: minutesField
                objectName: "minutesField"
                Layout.preferredWidth: 56
                label: qsTr("Minutes")
                horizontalAlignment: TextInput.AlignRight
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 1; top: 180 }
                selectByMouse: true
                onAccepted: root.accept()
            }
            Text {
                text: qsTr("minutes")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize
            }
            Item { Layout.fillWidth: true }
        }

        CheckBox {
            id: freshBox
            objectName: "freshBox"
            visible: root.designHasContent
            checked: true
            text: qsTr("Start on a blank canvas (the open design asks to be saved first)")
            font.pixelSize: Theme.fontSize
            padding: 0
            indicator: Rectangle {
                x: freshBox.leftPadding
                y: (freshBox.height - height) / 2
                implicitWidth: 16
                implicitHeight: 16
                radius: 3
                color: freshBox.checked ? Theme.accent : Theme.field
                border.width: freshBox.visualFocus ? 2 : 1
                border.color: freshBox.visualFocus ? Theme.focus : freshBox.checked ? Theme.accent : Theme.borderStrong
                Text {
                    anchors.centerIn: parent
                    visible: freshBox.checked
                    text: "✓"
                    color: Theme.accentText
                    font.pixelSize: 12
                    font.weight: Font.Bold
                }
            }
            contentItem: Text {
                leftPadding: freshBox.indicator.width + 8
                text: freshBox.text
                color: Theme.text
                font: freshBox.font
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
