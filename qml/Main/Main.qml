import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * The main window: menus, toolbar, the palette on the left, the canvas, the Inspector / Check /
 * Brief panel on the right, and the status bar. Files dropped on the window open; closing with
 * unsaved changes asks first; on start, designs left by a crashed session are offered back.
 */
ApplicationWindow {
    id: root

    required property Session session

    readonly property alias canvas: canvas
    readonly property alias palettePanel: palettePanel
    readonly property alias rightPanel: rightPanel
    readonly property alias files: files
    readonly property alias actions: actions
    readonly property alias exportDialog: exportDialog

    width: Math.min(1600, Screen.desktopAvailableWidth)
    height: Math.min(1000, Screen.desktopAvailableHeight)
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    color: Theme.window
    title: (root.session.fileName.length > 0 ? root.session.fileName : root.session.title)
           + (root.session.modified ? "*" : "")
           + (root.session.readOnly ? " " + qsTr("[read-only]") : "")
           + " — MLSD Board"

    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.field
    palette.alternateBase: Theme.panelAlt
    palette.text: Theme.text
    palette.button: Theme.panel
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.light: Theme.panelAlt
    palette.midlight: Theme.border
    palette.mid: Theme.borderStrong
    palette.dark: Theme.textFaint
    palette.shadow: Theme.shadow
    palette.toolTipBase: Theme.dark ? "#2b303b" : "#1d2330"
    palette.toolTipText: "#ffffff"
    palette.placeholderText: Theme.textFaint
    palette.link: Theme.accent

    /// Selects \a ids and centres the view on the first (from the check panel).
    function showComponents(ids) {
        if (!ids || ids.length === 0)
            return
        canvas.centerOn(ids[0])
        root.session.selection.setComponents(ids)
    }

    onClosing: (close) => {
        if (files.closeApproved || !root.session.modified)
            return
        close.accepted = false
        files.guard(() => {
            files.closeApproved = true
            root.close()
        })
    }

    menuBar: MainMenuBar {
        actions: actions
        files: files
    }

    header: MainToolBar {
        actions: actions
        session: root.session
        canvas: canvas
    }

    footer: StatusBar {
        session: root.session
        canvas: canvas
        onCheckClicked: rightPanel.currentIndex = 1
    }

    // The theme the user chose (remembered), or the system's.
    Binding {
        target: Theme
        property: "mode"
        value: Preferences.themeMode
    }

    AppActions {
        id: actions
        session: root.session
        canvas: canvas
        files: files
        onCloseWindowRequested: root.close()
        onFocusPaletteRequested: palettePanel.focusSearch()
        onTabRequested: (index) => rightPanel.currentIndex = index
        onAboutRequested: aboutDialog.open()
        onShortcutsRequested: shortcutsDialog.open()
        onExportRequested: exportDialog.open()
    }

    FileController {
        id: files
        session: root.session
        onOpened: canvas.fitToContentLater()
    }

    // Files dropped anywhere on the window (under the canvas's own drop area for components).
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: (drag) => drag.accepted = drag.hasUrls && Session.isDesignFile(drag.urls[0])
        onDropped: (drop) => {
            if (drop.hasUrls && Session.isDesignFile(drop.urls[0])) {
                drop.acceptProposedAction()
                files.openPath(String(drop.urls[0]))
            }
        }
    }

    SplitView {
        id: split
        anchors.fill: parent
        orientation: Qt.Horizontal

        handle: Rectangle {
            implicitWidth: 1
            color: SplitHandle.hovered || SplitHandle.pressed ? Theme.accent : Theme.border
            Rectangle {
                anchors.centerIn: parent
                width: 7
                height: parent.height
                color: "transparent"
            }
        }

        Palette {
            id: palettePanel
            // Narrower side panels on small screens leave the canvas room.
            SplitView.preferredWidth: root.width < 1400 ? Theme.paletteWidth - 32 : Theme.paletteWidth
            SplitView.minimumWidth: 200
            SplitView.maximumWidth: 420
            onAddRequested: (typeId) => {
                canvas.addComponentAtCenter(typeId)
                canvas.forceActiveFocus()
            }
        }

        Item {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 360
            clip: true

            Canvas {
                id: canvas
                anchors.fill: parent
                session: root.session
                showGrid: Preferences.showGrid
                snapToGrid: Preferences.snapToGrid
                showMinimap: Preferences.showMinimap
                Accessible.name: qsTr("Canvas")
            }

            ExportNotice {
                id: exportNotice
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottomMargin: 20
            }

            ReadOnlyBanner {
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.padding
                session: root.session
                onSaveAsRequested: files.saveAs()
            }
        }

        RightPanel {
            id: rightPanel
            session: root.session
            SplitView.preferredWidth: root.width < 1400 ? Theme.panelWidth - 24 : Theme.panelWidth
            SplitView.minimumWidth: 280
            SplitView.maximumWidth: 560
            onShowComponents: (ids) => root.showComponents(ids)
        }
    }

    Connections {
        target: canvas
        ignoreUnknownSignals: true
        function onNewFromTemplateRequested() { files.newDesign() }
    }

    RecoveryModel {
        id: recovery
    }

    RecoveryDialog {
        id: recoveryDialog
        model: recovery
        onRestore: (designPath, originalPath, row) => {
            files.guard(() => {
                if (root.session.restoreRecovery(designPath, originalPath)) {
                    recovery.discard(row)
                    canvas.fitToContentLater()
                } else {
                    files.messageDialog.show(qsTr("Could not restore"), "", root.session.errorMessage)
                }
                if (recovery.count === 0)
                    recoveryDialog.close()
            })
        }
    }

    ExportDialog {
        id: exportDialog
        session: root.session
        onExported: (path, message, folder) => exportNotice.show(message, folder)
    }

    AboutDialog { id: aboutDialog }
    ShortcutsDialog { id: shortcutsDialog }

    Component.onCompleted: {
        if (root.session.errorMessage.length > 0 && !root.session.readOnly)
            files.messageDialog.show(qsTr("Could not open the file"), "", root.session.errorMessage)
        else if (root.session.autosaveDirectory.length > 0 && recovery.count > 0)
            recoveryDialog.open()
        if (root.session.componentCount > 0)
            canvas.fitToContentLater()
    }
}
