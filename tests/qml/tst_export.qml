import QtQuick
import QtQuick.Controls
import QtTest
import MlsdBoard

/*! File › Export…: Ctrl+E opens the dialog with a live preview, picking a format and its options
 *  updates it, the file dialog starts beside the design, an export closes the dialog and the
 *  window says where the file went, and a failure keeps the dialog open with the reason. */
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

    Image {
        id: probe
        cache: false
    }

    TestCase {
        id: testCase
        name: "Export"
        when: windowShown

        property var window: null
        property var dialog: null

        function init() {
            Preferences.exportFormat = "markdown"
            Preferences.exportTheme = "light"
            Preferences.exportScale = 2
            verify(testSession.open(sourceDir + "/resources/examples/homepage-recommendations.mlsd"))
            window = createTemporaryObject(mainComponent, testCase)
            verify(window)
            window.requestActivate()
            tryVerify(() => window.active)
            dialog = window.exportDialog
        }
        function cleanup() {
            if (dialog.fileDialog.visible)
                dialog.fileDialog.reject()
            dialog.close()
            window.files.closeApproved = true
        }

        function openDialog() {
            window.canvas.forceActiveFocus()
            keySequence("Ctrl+E")
            tryVerify(() => dialog.opened)
            tryVerify(() => !dialog.controller.busy && dialog.controller.previewKind.length > 0, 20000)
        }
        function formatItem(id) {
            const list = dialog.formatList
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                if (item && item.formatId === id)
                    return item
            }
            return null
        }

        function test_ctrlEOpensTheDialogWithAPreview() {
            compare(window.actions.exportDesign.shortcut, "Ctrl+E")
            openDialog()
            compare(dialog.formatList.count, 6)
            compare(dialog.controller.format, "markdown")
            compare(dialog.controller.previewKind, "rich")
            const text = findChild(dialog.preview, "exportPreviewText")
            verify(text.visible)
            verify(text.text.indexOf("Homepage video recommendations") >= 0)
            verify(findChild(dialog.preview, "exportSummary").text.indexOf("lines") > 0)
            // The target is beside the design.
            verify(findChild(dialog.contentItem, "exportTarget").text.endsWith("/resources/examples/homepage-recommendations.md"))

            // Source view: the Markdown text itself.
            mouseClick(findChild(dialog.preview, "sourceButton"))
            verify(text.text.startsWith("# Homepage video recommendations\n"))
            mouseClick(findChild(dialog.preview, "renderedButton"))
            verify(!text.text.startsWith("# "))
        }

        function test_choosingAFormatUpdatesThePreview() {
            openDialog()
            const png = formatItem("png")
            verify(png)
            mouseClick(png)
            compare(dialog.controller.format, "png")
            compare(Preferences.exportFormat, "png")
            tryVerify(() => !dialog.controller.busy && dialog.controller.previewKind === "image", 20000)
            const image = findChild(dialog.preview, "exportPreviewImage")
            tryVerify(() => image.status === Image.Ready, 20000)
            compare(image.implicitWidth, dialog.controller.previewImageSize.width)
            const twice = dialog.controller.previewImageSize.width

            // Scale and theme apply to images, and change the preview.
            const scale1 = findChild(dialog.contentItem, "scale1Button")
            verify(scale1.visible)
            mouseClick(scale1)
            compare(dialog.controller.scale, 1)
            tryVerify(() => !dialog.controller.busy && dialog.controller.previewImageSize.width < twice, 20000)
            verify(Math.abs(dialog.controller.previewImageSize.width * 2 - twice) <= 1)
            mouseClick(findChild(dialog.contentItem, "darkButton"))
            compare(dialog.controller.theme, "dark")
            compare(Preferences.exportTheme, "dark")

            // The keyboard moves through the formats: PDF shows its page, Markdown has no image options.
            dialog.formatList.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(dialog.controller.format, "pdf")
            tryVerify(() => !dialog.controller.busy && dialog.controller.summary.indexOf("A4") === 0, 20000)
            verify(!findChild(dialog.contentItem, "scale1Button").visible)
            mouseClick(formatItem("markdown"))
            verify(!findChild(dialog.contentItem, "darkButton").visible)
        }

        function test_fileDialogStartsBesideTheDesign() {
            openDialog()
            mouseClick(formatItem("html"))
            // (Whether the file dialog itself shows depends on the platform: a native one, or
            // Qt's own, which needs Qt.labs.folderlistmodel. What it is given does not.)
            mouseClick(findChild(dialog.footer, "exportButton"))
            compare(dialog.fileDialog.selectedFile, dialog.controller.suggestedUrl)
            verify(dialog.fileDialog.selectedFile.toString().endsWith("/resources/examples/homepage-recommendations.html"))
            compare(dialog.fileDialog.defaultSuffix, "html")
            compare(dialog.fileDialog.nameFilters[0], "HTML files (*.html)")
            dialog.fileDialog.reject()
            verify(dialog.opened)
        }

        function test_exportWritesTheFileAndSaysWhere() {
            openDialog()
            mouseClick(formatItem("png"))
            tryVerify(() => !dialog.controller.busy && dialog.controller.previewKind === "image", 20000)
            const target = tempDir + "/exported diagram.png"
            verify(dialog.exportTo("file://" + target))
            tryVerify(() => !dialog.visible)
            const notice = findChild(window.contentItem, "exportNoticeText")
            verify(notice)
            tryVerify(() => notice.parent.parent.visible)
            verify(notice.text.indexOf(target) >= 0)
            verify(notice.text.indexOf("PNG") >= 0)
            // The file is the PNG the preview showed.
            probe.source = "file://" + target
            tryVerify(() => probe.status === Image.Ready)
            compare(probe.implicitWidth, dialog.controller.previewImageSize.width)
        }

        function test_failureKeepsTheDialogOpenAndSaysWhy() {
            openDialog()
            const target = tempDir + "/no such folder/design.md"
            verify(!dialog.exportTo(target))
            verify(dialog.opened)
            const error = findChild(dialog.footer, "exportError")
            verify(error)
            tryVerify(() => error.parent.visible)
            verify(error.text.indexOf(target) >= 0)
            verify(error.text.indexOf("Nothing was written") >= 0)
            // Closing and opening again starts clean.
            dialog.close()
            tryVerify(() => !dialog.visible)
            openDialog()
            verify(!error.parent.visible)
        }
    }
}
