import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import MlsdBoard

/*!
 * The clock of a practice run, floating over the top of the canvas: the question, the phases as a
 * segmented bar, the current phase and what to cover, the time left in the phase and in the run,
 * and pause / next phase / finish. Shortly before a phase ends its time turns amber and a line
 * says so; when a phase's time is up, a note names the next one.
 */
Rectangle {
    id: root

    required property PracticeSession practice

    readonly property alias notice: noticeText
    readonly property alias phaseTime: phaseTime
    /// Shown for a few seconds after a phase's time ran out.
    property string handoverNote

    /// Asks the window to show the brief section \a sectionId (the phase's part of the brief).
    signal briefSectionRequested(string sectionId)

    implicitHeight: column.implicitHeight + 20
    radius: Theme.radius + 4
    color: Theme.panel
    border.color: root.practice.warning ? Theme.warning : Theme.border
    border.width: 1
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Practice run")

    Behavior on border.color { ColorAnimation { duration: 300 } }

    // A soft shadow, as the cards on the canvas.
    Rectangle {
        z: -1
        anchors.fill: parent
        anchors.topMargin: 3
        anchors.bottomMargin: -3
        radius: parent.radius
        color: Theme.shadow
        opacity: 0.6
    }

    Connections {
        target: root.practice
        function onPhaseTimeUp(from, next) {
            root.handoverNote = qsTr("Time is up for %1: on to %2.").arg(from).arg(next)
            noticeTimer.restart()
        }
        function onStateChanged() {
            if (!root.practice.active)
                root.handoverNote = ""
        }
    }
    Timer {
        id: noticeTimer
        interval: 6000
        onTriggered: root.handoverNote = ""
    }

    /// The stopwatch in a tinted circle: amber while the warning shows, grey while paused.
    component ClockBadge: Rectangle {
        id: badge
        property bool warning: false
        property bool paused: false
        readonly property color tint: badge.warning ? Theme.warning : badge.paused ? Theme.textMuted : Theme.accent
        implicitWidth: 32
        implicitHeight: 32
        radius: 16
        color: Qt.rgba(tint.r, tint.g, tint.b, Theme.dark ? 0.22 : 0.12)
        IconImage {
            anchors.centerIn: parent
            source: Theme.icon("timer")
            sourceSize.width: 18
            sourceSize.height: 18
            width: 18
            height: 18
            color: badge.tint
        }
        SequentialAnimation on scale {
            running: badge.warning
            loops: Animation.Infinite
            alwaysRunToEnd: true
            NumberAnimation { from: 1; to: 1.08; duration: 600; easing.type: Easing.InOutQuad }
            NumberAnimation { from: 1.08; to: 1; duration: 600; easing.type: Easing.InOutQuad }
        }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 10
        anchors.leftMargin: 14
        anchors.rightMargin: 10
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 10

            ClockBadge {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 2
                warning: root.practice.warning
                paused: !root.practice.running
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: root.practice.questionTitle
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    HoverHandler { id: titleHover }
                    ToolTip.visible: titleHover.hovered && root.practice.prompt.length > 0
                    ToolTip.delay: 400
                    ToolTip.text: root.practice.prompt
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Text {
                        objectName: "phaseLabel"
                        text: qsTr("%1 of %2").arg(root.practice.currentPhase + 1).arg(root.practice.phaseCount)
                              + "  ·  " + root.practice.phaseTitle
                        color: root.practice.warning ? Theme.warning : Theme.accent
                        font.pixelSize: Theme.fontSizeSmall + 1
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        text: root.practice.phaseHelp
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall + 1
                        elide: Text.ElideRight
                    }
                    AbstractButton {
                        id: briefLink
                        visible: root.practice.phaseSections.length > 0
                        text: qsTr("Brief")
                        implicitWidth: implicitContentWidth + 8
                        implicitHeight: 20
                        hoverEnabled: true
                        Accessible.name: qsTr("Write this phase in the brief")
                        ToolTip.visible: hovered
                        ToolTip.delay: 500
                        ToolTip.text: qsTr("Write it in the brief: %1")
                                      .arg(Array.from(root.practice.phaseSections, s => s.title).join(", "))
                        onClicked: root.briefSectionRequested(root.practice.phaseSections[0].id)
                        // (No ids inside: contentItem is deferred.)
                        contentItem: Row {
                            spacing: 3
                            leftPadding: 4
                            Text {
                                anchors.verticalCenter: parent.verticalCenter
                                text: briefLink.text
                                color: briefLink.hovered ? Theme.accent : Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall
                                font.underline: briefLink.hovered || briefLink.visualFocus
                            }
                            Text {
                                anchors.verticalCenter: parent.verticalCenter
                                text: "›"
                                color: briefLink.hovered ? Theme.accent : Theme.textMuted
                                font.pixelSize: Theme.fontSize
                            }
                        }
                        background: null
                    }
                }
            }

            ColumnLayout {
                spacing: 0
                Layout.alignment: Qt.AlignVCenter
                Text {
                    id: phaseTime
                    objectName: "phaseTime"
                    Layout.alignment: Qt.AlignRight
                    text: root.practice.formatDuration(root.practice.phaseRemainingS)
                    color: root.practice.warning ? Theme.warning : Theme.text
                    opacity: root.practice.running ? 1 : 0.55
                    font.family: Theme.monoFamily
                    font.pixelSize: 22
                    font.weight: Font.DemiBold
                    Accessible.name: qsTr("%1 left in this phase").arg(text)
                }
                Text {
                    objectName: "runTime"
                    Layout.alignment: Qt.AlignRight
                    text: root.practice.running ? qsTr("%1 left in the run").arg(root.practice.formatDuration(root.practice.remainingS))
                                                : qsTr("Paused · %1 left").arg(root.practice.formatDuration(root.practice.remainingS))
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                }
            }

            Rectangle {
                Layout.preferredWidth: 1
                Layout.preferredHeight: 30
                color: Theme.border
            }

            IconButton {
                objectName: "pauseButton"
                iconName: root.practice.running ? "pause" : "play"
                text: root.practice.running ? qsTr("Pause") : qsTr("Resume")
                shortcutText: ShortcutText.of("Ctrl+Shift+Space")
                iconColor: root.practice.running ? Theme.text : Theme.accent
                onClicked: root.practice.togglePause()
            }
            IconButton {
                objectName: "nextPhaseButton"
                iconName: "skip"
                text: qsTr("Next phase")
                shortcutText: ShortcutText.of("Ctrl+Shift+N")
                enabled: !root.practice.lastPhase
                onClicked: root.practice.nextPhase()
            }
            ThemedButton {
                objectName: "finishButton"
                text: qsTr("Finish")
                iconName: "flag"
                onClicked: root.practice.finish()
            }
        }

        PhaseStepper {
            Layout.fillWidth: true
            practice: root.practice
        }

        Text {
            id: noticeText
            objectName: "notice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.handoverNote.length > 0 ? root.handoverNote
                : root.practice.warning ? qsTr("%1 left for %2: time to wrap it up.")
                                              .arg(root.practice.formatDuration(root.practice.phaseRemainingS))
                                              .arg(root.practice.phaseTitle)
                : ""
            color: root.handoverNote.length > 0 ? Theme.accent : Theme.warning
            font.pixelSize: Theme.fontSizeSmall + 1
            elide: Text.ElideRight
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
