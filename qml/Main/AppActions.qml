import QtQuick
import QtQuick.Controls
import MlsdBoard

/*!
 * The window's commands, shared by the menus and the toolbar, with standard shortcuts. Canvas
 * commands call the canvas's public functions; the canvas handles its own keys when focused.
 */
QtObject {
    id: root

    required property Session session
    required property Canvas canvas
    required property FileController files

    /// The window closes, the palette's search takes focus, a side-panel tab shows, a dialog opens.
    signal closeWindowRequested()
    signal focusPaletteRequested()
    signal tabRequested(int index)
    signal aboutRequested()
    signal shortcutsRequested()
    signal exportRequested()

    readonly property bool hasSelection: !root.session.selection.empty

    function setTool(tool) {
        if (root.canvas)
            root.canvas.tool = tool
    }
    readonly property string tool: root.canvas ? root.canvas.tool : "select"

    // ---- File ----
    readonly property Action newDesign: Action {
        text: qsTr("&New…")
        icon.name: "new"
        shortcut: StandardShortcut.New
        onTriggered: root.files.newDesign()
    }
    readonly property Action open: Action {
        text: qsTr("&Open…")
        icon.name: "open"
        shortcut: StandardShortcut.Open
        onTriggered: root.files.open()
    }
    readonly property Action save: Action {
        text: qsTr("&Save")
        icon.name: "save"
        shortcut: StandardShortcut.Save
        onTriggered: root.files.save()
    }
    readonly property Action saveAs: Action {
        text: qsTr("Save &As…")
        // Not StandardKey.SaveAs: Qt binds it only under GNOME, KDE and macOS (Ctrl+Shift+S
        // there), so on any other desktop Save As would have no shortcut at all.
        shortcut: "Ctrl+Shift+S"
        onTriggered: root.files.saveAs()
    }
    readonly property Action exportDesign: Action {
        text: qsTr("&Export…")
        icon.name: "export"
        shortcut: "Ctrl+E"
        onTriggered: root.exportRequested()
    }
    readonly property Action close: Action {
        text: qsTr("&Close Window")
        shortcut: StandardShortcut.Close
        onTriggered: root.closeWindowRequested()
    }
    readonly property Action quit: Action {
        text: qsTr("&Quit")
        shortcut: StandardShortcut.Quit
        onTriggered: root.closeWindowRequested()
    }

    // ---- Edit ----
    readonly property Action undo: Action {
        text: root.session.history.canUndo ? qsTr("&Undo %1").arg(root.session.history.undoText) : qsTr("&Undo")
        icon.name: "undo"
        shortcut: StandardShortcut.Undo
        enabled: root.session.history.canUndo
        onTriggered: root.session.history.undo()
    }
    readonly property Action redo: Action {
        text: root.session.history.canRedo ? qsTr("&Redo %1").arg(root.session.history.redoText) : qsTr("&Redo")
        icon.name: "redo"
        shortcut: StandardShortcut.Redo
        enabled: root.session.history.canRedo
        onTriggered: root.session.history.redo()
    }
    readonly property Action cut: Action {
        text: qsTr("Cu&t")
        shortcut: StandardShortcut.Cut
        enabled: root.hasSelection
        onTriggered: root.canvas.cutSelection()
    }
    readonly property Action copy: Action {
        text: qsTr("&Copy")
        shortcut: StandardShortcut.Copy
        enabled: root.hasSelection
        onTriggered: root.canvas.copySelection()
    }
    readonly property Action paste: Action {
        text: qsTr("&Paste")
        shortcut: StandardShortcut.Paste
        onTriggered: root.canvas.paste()
    }
    readonly property Action duplicate: Action {
        text: qsTr("D&uplicate")
        shortcut: "Ctrl+D"
        enabled: root.hasSelection
        onTriggered: root.canvas.duplicateSelection()
    }
    readonly property Action deleteSelection: Action {
        text: qsTr("&Delete")
        icon.name: "trash"
        shortcut: StandardShortcut.Delete
        enabled: root.hasSelection
        onTriggered: root.canvas.deleteSelection()
    }
    readonly property Action selectAll: Action {
        text: qsTr("Select &All")
        shortcut: StandardShortcut.SelectAll
        onTriggered: root.canvas.selectAll()
    }
    readonly property Action find: Action {
        text: qsTr("&Find on Canvas…")
        icon.name: "search"
        shortcut: StandardShortcut.Find
        onTriggered: root.canvas.openFind()
    }
    readonly property Action searchComponents: Action {
        text: qsTr("Search &Components")
        shortcut: "Ctrl+K"
        onTriggered: root.focusPaletteRequested()
    }
    readonly property Action renameSelection: Action {
        text: qsTr("&Rename")
        shortcut: "F2"
        enabled: root.session.selection.currentComponent.length > 0
        onTriggered: root.canvas.editLabel(root.session.selection.currentComponent)
    }

    // ---- View ----
    readonly property Action selectTool: Action {
        text: qsTr("&Select Tool")
        icon.name: "select"
        shortcut: "V"
        checkable: true
        checked: root.tool === "select"
        onTriggered: root.setTool("select")
    }
    readonly property Action zoneTool: Action {
        text: qsTr("&Zone Tool")
        icon.name: "zone"
        shortcut: "Z"
        checkable: true
        checked: root.tool === "zone"
        onTriggered: root.setTool("zone")
    }
    readonly property Action zoomIn: Action {
        text: qsTr("Zoom &In")
        icon.name: "zoom-in"
        shortcut: StandardShortcut.ZoomIn
        onTriggered: root.canvas.zoomIn()
    }
    readonly property Action zoomOut: Action {
        text: qsTr("Zoom &Out")
        icon.name: "zoom-out"
        shortcut: StandardShortcut.ZoomOut
        onTriggered: root.canvas.zoomOut()
    }
    readonly property Action resetZoom: Action {
        text: qsTr("&Actual Size")
        shortcut: "Ctrl+0"
        onTriggered: root.canvas.resetZoom()
    }
    readonly property Action fit: Action {
        text: qsTr("&Fit to Content")
        icon.name: "fit"
        shortcut: "Ctrl+1"
        onTriggered: root.canvas.fitToContent()
    }
    readonly property Action showGrid: Action {
        text: qsTr("Show &Grid")
        icon.name: "grid"
        checkable: true
        checked: Preferences.showGrid
        onTriggered: Preferences.showGrid = checked
    }
    readonly property Action snapToGrid: Action {
        text: qsTr("S&nap to Grid")
        icon.name: "snap"
        checkable: true
        checked: Preferences.snapToGrid
        onTriggered: Preferences.snapToGrid = checked
    }
    readonly property Action showMinimap: Action {
        text: qsTr("Show &Minimap")
        icon.name: "minimap"
        checkable: true
        checked: Preferences.showMinimap
        onTriggered: Preferences.showMinimap = checked
    }
    readonly property Action showInspector: Action {
        text: qsTr("&Inspector")
        shortcut: "Ctrl+Shift+I"
        onTriggered: root.tabRequested(0)
    }
    readonly property Action showCheck: Action {
        text: qsTr("&Check")
        shortcut: "Ctrl+Shift+K"
        onTriggered: root.tabRequested(1)
    }
    readonly property Action showBrief: Action {
        text: qsTr("&Brief")
        shortcut: "Ctrl+Shift+B"
        onTriggered: root.tabRequested(2)
    }
    readonly property Action cycleTheme: Action {
        text: Preferences.themeMode === "system" ? qsTr("Theme: System")
            : Preferences.themeMode === "light" ? qsTr("Theme: Light") : qsTr("Theme: Dark")
        icon.name: Preferences.themeMode === "system" ? "theme-system"
                 : Preferences.themeMode === "light" ? "sun" : "moon"
        onTriggered: Preferences.themeMode = Preferences.themeMode === "system" ? "light"
                                           : Preferences.themeMode === "light" ? "dark" : "system"
    }

    // ---- Help ----
    readonly property Action shortcuts: Action {
        text: qsTr("&Keyboard Shortcuts")
        shortcut: StandardShortcut.HelpContents
        onTriggered: root.shortcutsRequested()
    }
    readonly property Action about: Action {
        text: qsTr("&About MLSD Board")
        onTriggered: root.aboutRequested()
    }
}
