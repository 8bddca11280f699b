import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

/*! The whole window: its title follows the file and its state, the standard shortcuts reach the
 *  undo stack, the status bar counts, the read-only banner, and closing with unsaved changes
 *  asks first. */
Item {
    id: root
    width: 100
    height: 100

    Session {
        id: testSession
    }

    Component {
        id: mainComponent
        Main {
            width: 1280
            height: 800
            session: testSession
        }
    }

    TestCase {
        id: testCase
        name: "Window"
        when: windowShown

        property var window: null

        function init() {
            verify(testSession.open(sourceDir + "/tests/data/basic/design.mlsd"))
            window = createTemporaryObject(mainComponent, testCase)
            verify(window)
            window.requestActivate()
            tryVerify(() => window.active)
        }
        function cleanup() {
            // Let the temporary window go without asking.
            window.files.closeApproved = true
        }

        // A delegate Qt cannot create (in 6.4, a `pragma ComponentBehavior: Bound` file's
        // section delegates, for one) only logs "Component is not ready" and leaves a hole.
        function test_windowBuildsWithoutQmlWarnings() {
            failOnWarning(/Component is not ready/)
            failOnWarning(/Binding loop detected/)
            const other = createTemporaryObject(mainComponent, testCase)
            verify(other)
            other.files.closeApproved = true
            const list = other.palettePanel.list
            tryVerify(() => list.count > 0)
            let headers = []
            const children = list.contentItem.children
            for (let i = 0; i < children.length; ++i) {
                const child = children[i]
                if (child.section !== undefined && child.visible && child.section.length > 0)
                    headers.push(child.section)
            }
            verify(headers.length > 0, "the palette shows its categories")
        }

        function test_titleShowsTheFileAndItsState() {
            compare(window.title, "design.mlsd — MLSD Board")
            testSession.designTitle = "Edited"
            compare(window.title, "design.mlsd* — MLSD Board")
            testSession.newDesign()
            compare(window.title, "Untitled design — MLSD Board")
        }

        function test_undoShortcutUndoesTheLastEdit() {
            testSession.designTitle = "Edited"
            testSession.sealMerge()
            window.canvas.forceActiveFocus()
            compare(window.actions.undo.text, "&Undo Rename design")
            keySequence(StandardKey.Undo)
            compare(testSession.title, "Basic funnel")
            keySequence(StandardKey.Redo)
            compare(testSession.title, "Edited")
        }

        function test_statusBarCounts() {
            const counts = findChild(window.footer, "countStatus")
            verify(counts)
            compare(counts.text, "4 components  ·  3 connections")
            const file = findChild(window.footer, "fileStatus")
            compare(file.text, "Saved")
            testSession.designTitle = "Edited"
            compare(file.text, "Unsaved changes")
        }


        function test_closingWithUnsavedChangesAsks() {
            testSession.designTitle = "Edited"
            window.close()
            tryVerify(() => window.files.unsavedDialog.opened)
            verify(window.visible)
            mouseClick(findChild(window.files.unsavedDialog.footer, "cancelButton"))
            tryVerify(() => !window.files.unsavedDialog.visible)
            verify(window.visible)
            verify(!window.files.closeApproved)
            // Don't Save closes.
            window.close()
            tryVerify(() => window.files.unsavedDialog.opened)
            mouseClick(findChild(window.files.unsavedDialog.footer, "discardButton"))
            tryVerify(() => !window.visible)
        }

        function test_newFromTemplateLaysOutItsStages() {
            keySequence(StandardKey.New)
            const dialog = window.files.newDialog
            tryVerify(() => dialog.opened)
            verify(dialog.list.count > 1)
            compare(dialog.list.currentIndex, 1)   // the first template, not "Blank"
            keyClick(Qt.Key_Up)
            compare(dialog.list.currentIndex, 0)   // Blank design
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.visible)
            verify(testSession.componentCount > 0)
            verify(testSession.templateId.length > 0)
            verify(!testSession.modified)
            compare(testSession.filePath, "")
        }

        // Qt's own (non-native) file dialogs need the Qt.labs.folderlistmodel QML module at run
        // time; without it they silently never open and the user cannot open or save.
        function test_saveAsShortcutOpensTheSaveDialog() {
            // Ctrl+Shift+S on every desktop (Qt's StandardKey.SaveAs has no binding outside
            // GNOME, KDE and macOS, nor here under offscreen).
            window.canvas.forceActiveFocus()
            const dialog = window.files.saveDialog
            keyClick(Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
            tryVerify(() => dialog.visible, 5000, "Save As opened")
            dialog.reject()
            tryVerify(() => !dialog.visible)
        }

        function test_openAndSaveDialogsOpen() {
            for (const dialog of [window.files.openDialog, window.files.saveDialog]) {
                dialog.open()
                tryVerify(() => dialog.visible, 5000, dialog.title)
                dialog.reject()
                tryVerify(() => !dialog.visible)
            }
        }

        function test_recentFilesAreInTheFileMenu() {
            const file = tempDir + "/recent-menu.mlsd"
            verify(window.files.saveTo("file://" + file))
            const fileMenu = window.menuBar.menuAt(0)
            let recent = null
            for (let i = 0; i < fileMenu.count; ++i) {
                const item = fileMenu.itemAt(i)
                if (item && item.subMenu && item.subMenu.title.indexOf("Recent") >= 0)
                    recent = item.subMenu
            }
            verify(recent, "File › Open Recent")
            verify(recent.enabled)
            compare(recent.itemAt(0).text, "&1  recent-menu.mlsd")
        }

        function test_dragFromThePaletteAddsAComponent() {
            testSession.newDesign()
            const item = window.palettePanel.list.itemAtIndex(0)
            verify(item)
            const canvas = window.canvas
            const target = canvas.mapToItem(null, canvas.width / 2, canvas.height / 2)
            const start = item.mapToItem(null, item.width / 2, item.height / 2)
            mousePress(window.contentItem, start.x, start.y)
            for (let i = 1; i <= 20; ++i)
                mouseMove(window.contentItem, start.x + (target.x - start.x) * i / 20,
                          start.y + (target.y - start.y) * i / 20)
            mouseRelease(window.contentItem, target.x, target.y)
            compare(testSession.componentCount, 1)
            compare(testSession.history.undoText, "Add component")
        }

        function test_doubleClickInThePaletteAddsAtTheCentre() {
            testSession.newDesign()
            const item = window.palettePanel.list.itemAtIndex(1)
            verify(item)
            mouseDoubleClickSequence(item, item.width / 2, item.height / 2)
            compare(testSession.componentCount, 1)
            testSession.history.undo()
            compare(testSession.componentCount, 0)
        }

        function test_paletteShortcutFocusesTheSearch() {
            window.canvas.forceActiveFocus()
            keySequence("Ctrl+K")
            verify(window.palettePanel.searchField.activeFocus)
        }
    }
}
