import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

/*! A practice run driven as a candidate, on a fake clock: the phases hand over with a warning
 *  first, pause stops the clock, the check stays hidden until revealed, the record reaches the
 *  file while the run goes on (what autosave writes), and finishing gives the summary. */
Item {
    id: root
    width: 1000
    height: 600

    Session {
        id: session
    }

    PracticeSession {
        id: practice
        session: session
        Component.onCompleted: useManualClock()
    }

    PracticeBar {
        id: bar
        width: 900
        practice: practice
    }

    Session {
        id: reopened
    }
    PracticeSession {
        id: reopenedPractice
        session: reopened
    }

    SignalSpy {
        id: finishedSpy
        target: practice
        signalName: "runFinished"
    }

    TestCase {
        name: "Practice"
        when: windowShown

        function init() {
            session.newDesign()
            finishedSpy.clear()
            verify(practice.start("kb-qa", 120, true))
        }

        function text(name) {
            const item = findChild(bar, name)
            verify(item, "no " + name)
            return item.text
        }

        function test_startMakesADesignForTheQuestion() {
            compare(session.designTitle, "Question answering over an internal knowledge base")
            compare(session.templateId, "search-qa")
            verify(practice.running)
            verify(practice.checkHidden)
            compare(practice.durationS, 120)
            compare(practice.phaseCount, 6)
            compare(text("phaseLabel"), "1 of 6  ·  Task and requirements")
            compare(text("phaseTime"), "0:13")
            compare(text("runTime"), "2:00 left in the run")
            verify(!findChild(bar, "notice").visible)
        }

        function test_warningThenHandover() {
            practice.advanceClock(9000)
            verify(!practice.warning)
            practice.advanceClock(1000)   // the last quarter of a 13 s phase
            verify(practice.warning)
            compare(text("notice"), "0:03 left for Task and requirements: time to wrap it up.")
            practice.advanceClock(3000)
            compare(practice.currentPhase, 1)
            verify(!practice.warning)
            compare(text("phaseLabel"), "2 of 6  ·  Metrics")
            compare(text("notice"), "Time is up for Task and requirements: on to Metrics.")
        }

        function test_pauseStopsTheClock() {
            practice.advanceClock(5000)
            mouseClick(findChild(bar, "pauseButton"))
            verify(!practice.running)
            verify(practice.active)
            compare(text("runTime"), "Paused · 1:55 left")
            practice.advanceClock(60000)
            compare(practice.elapsedS, 5)
            mouseClick(findChild(bar, "pauseButton"))
            verify(practice.running)
            practice.advanceClock(2000)
            compare(practice.elapsedS, 7)
        }

        function test_nextPhaseMovesOnEarly() {
            practice.advanceClock(4000)
            mouseClick(findChild(bar, "nextPhaseButton"))
            compare(practice.currentPhase, 1)
            compare(practice.phaseSpentS, 0)
            compare(practice.elapsedS, 4)
            compare(text("phaseLabel"), "2 of 6  ·  Metrics")
        }

        function test_checkHiddenUntilRevealed() {
            verify(practice.checkHidden)
            practice.checkRevealed = true
            verify(!practice.checkHidden)
            mouseClick(findChild(bar, "finishButton"))
            verify(!practice.checkHidden)
        }

        function test_recordReachesTheFileWhileRunning() {
            // What autosave writes mid-run is the document as it is: the time must already be in it.
            practice.advanceClock(16000)
            practice.advanceClock(16000)
            verify(session.modified)
            const path = tempDir + "/practice-running.mlsd"
            verify(session.saveAs(path))
            verify(reopened.open(path))
            compare(reopenedPractice.state, PracticeSession.Paused)
            compare(reopenedPractice.questionId, "kb-qa")
            verify(reopenedPractice.elapsedS >= 30, "elapsed " + reopenedPractice.elapsedS)
            compare(reopenedPractice.currentPhase, 2)
        }

        function test_finishShowsTheSummaryAndKeepsIt() {
            practice.advanceClock(20000)
            mouseClick(findChild(bar, "finishButton"))
            compare(finishedSpy.count, 1)
            verify(practice.finished)
            verify(!practice.active)
            verify(practice.hasResult)
            compare(practice.resultTemplateId, "search-qa")
            compare(practice.resultPresent, 0)
            verify(practice.resultRequired > 0)
            verify(practice.resultFindings.length > 0)
            compare(practice.elapsedS, 20)

            const path = tempDir + "/practice-finished.mlsd"
            verify(session.saveAs(path))
            verify(reopened.open(path))
            verify(reopenedPractice.finished)
            verify(reopenedPractice.hasResult)
            compare(reopenedPractice.resultRequired, practice.resultRequired)
            compare(reopenedPractice.elapsedS, 20)
        }

        function test_runOutOfTimeFinishes() {
            for (let i = 0; i < 13; ++i)
                practice.advanceClock(10000)
            verify(practice.finished)
            compare(finishedSpy.count, 1)
            compare(practice.elapsedS, 120)
        }
    }
}
