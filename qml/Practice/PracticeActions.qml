import QtQuick
import QtQuick.Controls
import MlsdBoard

/*!
 * The practice commands for the menus and the toolbar: start a run, pause or resume, move on to
 * the next phase, finish, reveal the hidden check, and show the summary of a finished run.
 */
QtObject {
    id: root

    required property PracticeSession practice
    /// Asks the window to open the question picker.
    signal pickerRequested()
    /// Asks the window to open the summary of the finished run.
    signal summaryRequested()
    /// Asks the window to show the check tab.
    signal checkRequested()

    readonly property Action start: Action {
        text: qsTr("&Start Practice Run…")
        icon.name: "timer"
        shortcut: "Ctrl+Shift+P"
        onTriggered: root.pickerRequested()
    }
    readonly property Action pause: Action {
        text: root.practice.running ? qsTr("&Pause") : qsTr("&Resume")
        icon.name: root.practice.running ? "pause" : "play"
        shortcut: "Ctrl+Shift+Space"
        enabled: root.practice.active
        onTriggered: root.practice.togglePause()
    }
    readonly property Action nextPhase: Action {
        text: qsTr("&Next Phase")
        icon.name: "skip"
        shortcut: "Ctrl+Shift+N"
        enabled: root.practice.active && !root.practice.lastPhase
        onTriggered: root.practice.nextPhase()
    }
    readonly property Action finish: Action {
        text: qsTr("&Finish Run")
        icon.name: "flag"
        enabled: root.practice.active
        onTriggered: root.practice.finish()
    }
    readonly property Action revealCheck: Action {
        text: qsTr("Reveal the &Check")
        icon.name: "eye"
        enabled: root.practice.checkHidden
        onTriggered: {
            root.practice.checkRevealed = true
            root.checkRequested()
        }
    }
    readonly property Action summary: Action {
        text: qsTr("Show &Summary")
        enabled: root.practice.finished
        onTriggered: root.summaryRequested()
    }
}
