import QtQuick
import QtTest
import MlsdBoard

TestCase {
    id: testCase
    name: "Session"

    Session {
        id: session
    }

    function test_openReportsTitleAndCounts() {
        verify(session.open(sourceDir + "/tests/data/basic/design.mlsd"))
        compare(session.title, "Basic funnel")
        compare(session.componentCount, 4)
        compare(session.connectionCount, 3)
        compare(session.errorMessage, "")
    }

    function test_failedOpenKeepsTheDesign() {
        verify(session.open(sourceDir + "/tests/data/basic/design.mlsd"))
        verify(!session.open(sourceDir + "/tests/data/no-such-file.mlsd"))
        compare(session.componentCount, 4)
        verify(session.errorMessage.indexOf("no-such-file.mlsd") >= 0)
    }
}
