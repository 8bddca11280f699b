import QtQuick
import QtQuick.Controls
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
    readonly property alias practice: practiceSession
    readonly property alias practiceBar: practiceBar
    readonly property alias practiceDialog: practiceDialog
    readonly property alias practiceSummary: practiceSummary
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

    /// Shows brief section \a id in the Brief tab, ready to type (from the practice bar).
    function showBriefSection(id) {
        rightPanel.currentIndex = 2
        const list = rightPanel.briefPanel.list
        const row = rightPanel.briefPanel.model.rowOf(id)
        list.positionViewAtIndex(row, ListView.Beginning)
        const item = list.itemAtIndex(row) as BriefSection
        if (item)
            item.field.area.forceActiveFocus()
    }
    /// Opens the Review tab on the comments of component \a id (from its marker).
    function showReviewOf(id) {
        root.session.selection.selectComponent(id)
        rightPanel.currentIndex = 3
        rightPanel.reviewPanel.showCommentsOn(id)
    }

    /// Selects \a ids and centres the view on the first (from the check panel).
    function showComponents(ids) {
        if (!ids || ids.length === 0)
            return
        canvas.centerOn(ids[0])
        root.session.selection.setComponents(ids)
    }

    onClosing: (close) => {
        practiceSession.syncRecord()
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
        practiceActions: practiceActions
        reviewActions: reviewActions
    }

    header: MainToolBar {
        actions: actions
        session: root.session
        canvas: canvas
        practiceActions: practiceActions
        reviewActions: reviewActions
    }

    footer: StatusBar {
        session: root.session
        canvas: canvas
        checkHidden: practiceSession.checkHidden
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

    PracticeSession {
        id: practiceSession
        session: root.session
        onRunFinished: practiceSummary.open()
    }
    PracticeActions {
        id: practiceActions
        practice: practiceSession
        onPickerRequested: practiceDialog.open()
        onSummaryRequested: practiceSummary.open()
        onCheckRequested: rightPanel.currentIndex = 1
    }
    ReviewActions {
        id: reviewActions
        session: root.session
        onCommentRequested: (target) => {
            rightPanel.currentIndex = 3
            rightPanel.reviewPanel.compose(target)
        }
        onReviewRequested: (page) => {
            rightPanel.currentIndex = 3
            rightPanel.reviewPanel.page = page
        }
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
                topInset: practiceBar.visible ? practiceBar.height + Theme.padding : 0
                practicing: practiceSession.active
                Accessible.name: qsTr("Canvas")
            }

            PracticeBar {
                id: practiceBar
                anchors.top: parent.top
                anchors.topMargin: Theme.padding
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width - 2 * Theme.padding, 900)
                visible: practiceSession.active
                practice: practiceSession
                onBriefSectionRequested: (id) => root.showBriefSection(id)
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
            practice: practiceSession
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
        function onReviewMarkerActivated(id) { root.showReviewOf(id) }
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
            })
        }
    }

    PracticeDialog {
        id: practiceDialog
        designHasContent: root.session.componentCount > 0
        onStart: (questionId, seconds, fresh) => {
            if (!fresh) {
                practiceSession.start(questionId, seconds, false)
                return
            }
            files.guard(() => {
                if (practiceSession.start(questionId, seconds, true))
                    Qt.callLater(() => canvas.fitToContent())
            })
        }
    }
    PracticeSummary {
        id: practiceSummary
        practice: practiceSession
        onShowCheck: rightPanel.currentIndex = 1
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
