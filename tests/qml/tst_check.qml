import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

/*! The check panel: a design without a filtering stage lists the missing stage, and its Fix
 *  button adds the stage as one undo step; clicking a finding asks to show its components. */
Item {
    id: root
    width: 420
    height: 900

    Session {
        id: session
    }

    CheckPanel {
        id: panel
        anchors.fill: parent
        session: session
    }

    SignalSpy {
        id: showSpy
        target: panel
        signalName: "showComponents"
    }

    SignalSpy {
        id: reportSpy
        target: session.checker
        signalName: "reportChanged"
    }

    TestCase {
        name: "CheckPanel"
        when: windowShown

        function init() {
            showSpy.clear()
        }

        function load(file) {
            reportSpy.clear()
            verify(session.open(sourceDir + "/tests/data/" + file))
            reportSpy.wait(5000)
            verify(!session.checker.busy)
        }

        function rowOf(rule) {
            const model = session.checker.findings
            for (let i = 0; i < model.count; ++i) {
                if (model.data(model.index(i, 0), FindingsModel.RuleRole) === rule)
                    return i
            }
            return -1
        }


        function test_missingStageIsListedAndFixedInOneStep() {
            load("check-rec-missing-filtering/design.mlsd")
            compare(session.checker.templateId, "recommendation")
            compare(session.checker.required, 16)
            compare(session.checker.present, 15)
            const row = rowOf("recommendation/filtering")
            verify(row >= 0, "the missing filtering stage is listed")
            panel.findingsList.positionViewAtIndex(row, ListView.Beginning)
            const item = panel.findingsList.itemAtIndex(row)
            verify(item)
            verify(item.hasFix)
            const fix = findChild(item, "fixButton")
            verify(fix && fix.visible)
            const before = session.componentCount

            reportSpy.clear()
            mouseClick(fix)
            compare(session.componentCount, before + 1)
            reportSpy.wait(5000)
            compare(session.checker.present, 16)
            compare(rowOf("recommendation/filtering"), -1)

            // One undo step takes the whole fix back.
            reportSpy.clear()
            session.history.undo()
            compare(session.componentCount, before)
            reportSpy.wait(5000)
            verify(rowOf("recommendation/filtering") >= 0)
        }

        function test_clickingAFindingShowsItsComponents() {
            load("check-rec-wrong-funnel/design.mlsd")
            const model = session.checker.findings
            let row = -1
            for (let i = 0; i < model.count; ++i) {
                if (model.data(model.index(i, 0), FindingsModel.ComponentsRole).length > 0) {
                    row = i
                    break
                }
            }
            verify(row >= 0, "a finding names components")
            panel.findingsList.positionViewAtIndex(row, ListView.Beginning)
            const item = panel.findingsList.itemAtIndex(row)
            mouseClick(item, 20, 12)
            compare(showSpy.count, 1)
            compare(showSpy.signalArguments[0][0], model.data(model.index(row, 0), FindingsModel.ComponentsRole))
        }

        function test_templatePickerChangesTheTemplate() {
            load("basic/design.mlsd")
            compare(session.templateId, "recommendation")
            reportSpy.clear()
            session.templateId = "search-qa"
            reportSpy.wait(5000)
            compare(session.checker.templateId, "search-qa")
            session.history.undo()
            compare(session.templateId, "recommendation")
        }
    }
}
