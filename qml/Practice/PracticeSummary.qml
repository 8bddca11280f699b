pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * The end of a practice run: how much of the template the design covered, the findings open when
 * time ran out, the time spent per phase against the plan, and the questions to prepare next
 * time (the clarifying questions a candidate should ask, the interviewer's follow-ups).
 * `showCheck()` asks the window to open the check panel.
 */
AppDialog {
    id: root

    required property PracticeSession practice

    signal showCheck()

    readonly property alias phaseList: phaseRepeater

    width: Math.min(640, parent ? parent.width - 80 : 640)
    height: Math.min(720, parent ? parent.height - 60 : 720)
    title: qsTr("Practice run finished")

    component Heading: SectionHeader {}
    component Muted: Text {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall + 1
    }
    component Bullets: ColumnLayout {
        id: bullets
        property var items: []
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: bullets.items
            delegate: Text {
                required property string modelData
                Layout.fillWidth: true
                text: "•  " + modelData
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.fontSize
            }
        }
    }

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        padding: 16
        topPadding: 4
        spacing: 8
        background: null
        ThemedButton {
            objectName: "showCheckButton"
            text: qsTr("Show the check")
            iconName: "check"
            primary: true
            DialogButtonBox.buttonRole: Dialog.ActionRole  // the same enum; qmllint 6.4 sees it on Dialog only
            onClicked: {
                root.showCheck()
                root.close()
            }
        }
        ThemedButton {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: Dialog.RejectRole
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            Text {
                Layout.fillWidth: true
                text: root.practice.questionTitle
                color: Theme.text
                font.pixelSize: Theme.fontSize + 1
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }
            Muted {
                text: qsTr("%1 used of %2.").arg(root.practice.formatDuration(root.practice.elapsedS))
                                            .arg(root.practice.formatDuration(root.practice.durationS))
                      + (root.practice.prompt.length > 0 ? "  " + root.practice.prompt : "")
            }

            // ---- Coverage ----
            Heading { text: qsTr("Coverage at the end"); Layout.topMargin: 4 }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: coverage.implicitHeight + 24
                radius: Theme.radius
                color: Theme.panelAlt
                border.color: Theme.border
                ColumnLayout {
                    id: coverage
                    x: 12
                    y: 12
                    width: parent.width - 24
                    spacing: 8
                    RowLayout {
                        Layout.fillWidth: true
                        visible: root.practice.hasResult
                        Text {
                            objectName: "coverageText"
                            Layout.fillWidth: true
                            text: qsTr("%1 of %2 required stages").arg(root.practice.resultPresent).arg(root.practice.resultRequired)
                            color: Theme.text
                            font.pixelSize: Theme.fontSize
                            font.weight: Font.DemiBold
                        }
                        CountChip { severity: "error"; count: root.practice.resultErrors }
                        CountChip { severity: "warning"; count: root.practice.resultWarnings }
                        CountChip { severity: "info"; count: root.practice.resultInfos }
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        visible: root.practice.hasResult
                        implicitHeight: 6
                        radius: 3
                        color: Theme.border
                        Rectangle {
                            width: root.practice.resultRequired > 0
                                   ? parent.width * root.practice.resultPresent / root.practice.resultRequired : 0
                            height: parent.height
                            radius: 3
                            color: root.practice.resultPresent >= root.practice.resultRequired ? Theme.success : Theme.accent
                        }
                    }
                    Muted {
                        visible: !root.practice.hasResult
                        text: qsTr("The design has no template, so it was not checked. Pick one in the Check tab.")
                    }
                }
            }

            // ---- Time ----
            Heading { text: qsTr("Time per phase"); Layout.topMargin: 4 }
            Repeater {
                id: phaseRepeater
                model: root.practice.phases
                delegate: PhaseTimeRow {
                    Layout.fillWidth: true
                    practice: root.practice
                }
            }

            // ---- Findings ----
            Heading {
                text: qsTr("Findings open at the end")
                visible: root.practice.resultFindings.length > 0
                Layout.topMargin: 4
            }
            Repeater {
                model: root.practice.resultFindings
                delegate: RowLayout {
                    id: findingRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 8
                    opacity: modelData.open ? 1 : 0.6
                    SeverityIcon {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 1
                        severity: findingRow.modelData.severity
                        width: 16
                        height: 16
                    }
                    Text {
                        Layout.fillWidth: true
                        text: findingRow.modelData.message.length > 0 ? findingRow.modelData.message : findingRow.modelData.rule
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        font.strikeout: !findingRow.modelData.open
                    }
                    Tag {
                        Layout.alignment: Qt.AlignTop
                        visible: !findingRow.modelData.open
                        text: qsTr("fixed since")
                        tint: Theme.success
                    }
                }
            }

            // ---- Preparation ----
            Heading {
                text: qsTr("Clarifying questions to ask")
                visible: root.practice.clarifyingQuestions.length > 0
                Layout.topMargin: 4
            }
            Bullets { items: root.practice.clarifyingQuestions }
            Heading {
                text: qsTr("Follow-ups an interviewer may ask")
                visible: root.practice.followUps.length > 0
                Layout.topMargin: 4
            }
            Bullets { items: root.practice.followUps }
            Item { implicitHeight: 4 }
        }
    }
}
