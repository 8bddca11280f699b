import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

/*! The session and the window's file commands: open, save → open round trip, and the
 *  unsaved-changes prompt (Save / Don't Save / Cancel) that guards replacing the design. */
Item {
    id: root
    width: 800
    height: 600

    Session {
        id: session
    }

    FileController {
        id: files
        anchors.fill: parent
        session: session
    }

    SignalSpy {
        id: openedSpy
        target: files
        signalName: "opened"
    }

    TestCase {
        id: testCase
        name: "Session"
        when: windowShown

        property int actionRuns: 0

        function init() {
            verify(session.open(sourceDir + "/tests/data/basic/design.mlsd"))
            actionRuns = 0
            openedSpy.clear()
        }
        function cleanup() {
            if (files.unsavedDialog.visible)
                files.unsavedDialog.close()
            files.messageDialog.close()
        }

        function test_openReportsTitleAndCounts() {
            compare(session.title, "Basic funnel")
            compare(session.componentCount, 4)
            compare(session.connectionCount, 3)
            compare(session.zoneCount, 1)
            compare(session.errorMessage, "")
            compare(session.fileName, "design.mlsd")
            verify(!session.modified)
        }

        function test_failedOpenKeepsTheDesign() {
            verify(!session.open(sourceDir + "/tests/data/no-such-file.mlsd"))
            compare(session.componentCount, 4)
            verify(session.errorMessage.indexOf("no-such-file.mlsd") >= 0)
        }

        function test_failedLoadShowsTheLoaderMessage() {
            files.load(sourceDir + "/tests/data/no-such-file.mlsd")
            tryVerify(() => files.messageDialog.opened)
            const details = findChild(files.messageDialog.contentItem, "messageDetails")
            verify(details)
            verify(details.text.indexOf("no-such-file.mlsd") >= 0)
            verify(details.readOnly)
            compare(session.componentCount, 4)
            compare(openedSpy.count, 0)
        }

        function test_saveThenOpenRoundTrips() {
            session.designTitle = "Round trip"
            verify(session.modified)
            const file = tempDir + "/roundtrip.mlsd"
            verify(files.saveTo("file://" + file))
            verify(!session.modified)
            compare(session.fileName, "roundtrip.mlsd")
            verify(RecentFiles.paths.indexOf(file) >= 0)

            session.newDesign()
            compare(session.componentCount, 0)
            verify(files.load(file))
            compare(openedSpy.count, 1)
            compare(session.title, "Round trip")
            compare(session.componentCount, 4)
            compare(session.connectionCount, 3)
            compare(session.componentLabel("rk"), "DCN ranker")
        }

        function test_guardRunsAtOnceWhenNothingIsUnsaved() {
            files.guard(() => testCase.actionRuns++)
            compare(actionRuns, 1)
            verify(!files.unsavedDialog.visible)
        }

        function test_guardAsks_data() {
            return [
                { tag: "cancel", button: "cancelButton", runs: 0, modified: true },
                { tag: "don't save", button: "discardButton", runs: 1, modified: true },
                { tag: "save", button: "saveButton", runs: 1, modified: false },
            ]
        }
        function test_guardAsks(data) {
            // Work on a copy: "save" writes the file.
            verify(files.saveTo("file://" + tempDir + "/guard-" + data.button + ".mlsd"))
            session.designTitle = "Edited"
            verify(session.modified)
            files.guard(() => testCase.actionRuns++)
            tryVerify(() => files.unsavedDialog.opened)
            compare(actionRuns, 0)
            verify(files.unsavedDialog.title.indexOf("guard-" + data.button + ".mlsd") >= 0)
            const button = findChild(files.unsavedDialog.footer, data.button)
            verify(button, data.button)
            mouseClick(button)
            tryVerify(() => !files.unsavedDialog.visible)
            compare(actionRuns, data.runs)
            compare(session.modified, data.modified)
            compare(files.pendingAction, null)
        }

        function test_escapeCancels() {
            session.designTitle = "Edited"
            files.guard(() => testCase.actionRuns++)
            tryVerify(() => files.unsavedDialog.opened)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !files.unsavedDialog.visible)
            compare(actionRuns, 0)
            verify(session.modified)
        }

        function test_openingAnotherFileAsksFirst() {
            session.designTitle = "Edited"
            files.openPath(sourceDir + "/tests/data/basic/design.mlsd")
            tryVerify(() => files.unsavedDialog.opened)
            compare(session.title, "Edited")
            mouseClick(findChild(files.unsavedDialog.footer, "discardButton"))
            tryVerify(() => !files.unsavedDialog.visible)
            compare(session.title, "Basic funnel")
            verify(!session.modified)
        }
    }
}
