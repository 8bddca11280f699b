import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

// The recovery dialog offered after a crash (recoveryFixtureDir: one autosaved design whose
// session is gone).
Item {
    id: root
    width: 800
    height: 600

    RecoveryModel {
        id: recovery
        directory: recoveryFixtureDir
    }

    RecoveryDialog {
        id: dialog
        model: recovery
    }

    TestCase {
        name: "Recovery"
        when: windowShown

        function test_discardingTheLastEntryClosesTheDialog() {
            recovery.refresh()
            compare(recovery.count, 1)
            dialog.open()
            tryVerify(() => dialog.opened)
            const discard = findChild(dialog.contentItem, "discard")
            verify(discard, "the entry's Discard button")
            mouseClick(discard)
            compare(recovery.count, 0)
            tryVerify(() => !dialog.visible, 2000, "the empty dialog closed")
        }
    }
}
