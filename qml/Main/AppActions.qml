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
    required property Item canvas
    required property FileController files
    /// Called with no arguments: the window's close, palette search, tab switch and dialogs.
    property var closeWindow: function() {}
    property var focusPalette: function() {}
    property var showTab: function(index) {}
    property var showAbout: function() {}
    property var showShortcuts: function() {}
    property var showExport: function() {}

    readonly property bool hasSelection: !root.session.selection.empty

    function canvasCall(name, arg) {
        if (root.canvas && typeof root.canvas[name] === "function")
            return root.canvas[name](arg)
        return undefined
    }
    function setTool(tool) {
        if (root.canvas && root.canvas.tool !== undefined)
            root.canvas.tool = tool
    }
    readonly property string tool: root.canvas && root.canvas.tool !== undefined ? root.canvas.tool : "select"

    // ---- File ----
    readonly property Action newDesign: Action {
        text: qsTr("&New…")
        icon.name: "new"
        shortcut: StandardKey.New
        onTriggered: root.files.newDesign()
    }
    readonly property Action open: Action {
        text: qsTr("&Open…")
        icon.name: "open"
        shortcut: StandardKey.Open
        onTriggered: root.files.open()
    }
    readonly property Action save: Action {
        text: qsTr("&Save")
        icon.name: "save"
        shortcut: StandardKey.Save
        onTriggered: root.files.save()
    }
    readonly property Action saveAs: Action {
        text: qsTr("Save &As…")
        shortcut: StandardKey.SaveAs
        onTriggered: root.files.saveAs()
    }
    readonly property Action exportDesign: Action {
        text: qsTr("&Export…")
        icon.name: "export"
        shortcut: "Ctrl+E"
        onTriggered: root.showExport()
    }
    readonly property Action close: Action {
        text: qsTr("&Close Window")
        shortcut: StandardKey.Close
        onTriggered: root.closeWindow()
    }
    readonly property Action quit: Action {
        text: qsTr("&Quit")
        shortcut: StandardKey.Quit
        onTriggered: root.closeWindow()
    }

    // ---- Edit ----
    readonly property Action undo: Action {
        text: root.session.history.canUndo ? qsTr("&Undo %1").arg(root.session.history.undoText) : qsTr("&Undo")
        icon.name: "undo"
        shortcut: StandardKey.Undo
        enabled: root.session.history.canUndo
        onTriggered: root.session.history.undo()
    }
    readonly property Action redo: Action {
        text: root.session.history.canRedo ? qsTr("&Redo %1").arg(root.session.history.redoText) : qsTr("&Redo")
        icon.name: "redo"
        shortcut: StandardKey.Redo
        enabled: root.session.history.canRedo
        onTriggered: root.session.history.redo()
    }
    readonly property Action cut: Action {
        text: qsTr("Cu&t")
        shortcut: StandardKey.Cut
        enabled: root.hasSelection
        onTriggered: root.canvasCall("cutSelection")
    }
    readonly property Action copy: Action {
        text: qsTr("&Copy")
        shortcut: StandardKey.Copy
        enabled: root.hasSelection
        onTriggered: root.canvasCall("copySelection")
    }
    readonly property Action paste: Action {
        text: qsTr("&Paste")
        shortcut: StandardKey.Paste
        onTriggered: root.canvasCall("paste")
    }
    readonly property Action duplicate: Action {
        text: qsTr("D&uplicate")
        shortcut: "Ctrl+D"
        enabled: root.hasSelection
        onTriggered: root.canvasCall("duplicateSelection")
    }
    readonly property Action deleteSelection: Action {
        text: qsTr("&Delete")
        icon.name: "trash"
        shortcut: StandardKey.Delete
        enabled: root.hasSelection
        onTriggered: root.canvasCall("deleteSelection")
    }
    readonly property Action selectAll: Action {
        text: qsTr("Select &All")
        shortcut: StandardKey.SelectAll
        onTriggered: root.canvasCall("selectAll")
    }
    readonly property Action find: Action {
        text: qsTr("&Find on Canvas…")
        icon.name: "search"
        shortcut: StandardKey.Find
        onTriggered: root.canvasCall("openFind")
    }
    readonly property Action searchComponents: Action {
        text: qsTr("Search &Components")
        shortcut: "Ctrl+K"
        onTriggered: root.focusPalette()
    }
    readonly property Action renameSelection: Action {
        text: qsTr("&Rename")
        shortcut: "F2"
        enabled: root.session.selection.currentComponent.length > 0
        onTriggered: root.canvasCall("editLabel", root.session.selection.currentComponent)
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
        shortcut: StandardKey.ZoomIn
        onTriggered: root.canvasCall("zoomIn")
    }
    readonly property Action zoomOut: Action {
        text: qsTr("Zoom &Out")
        icon.name: "zoom-out"
        shortcut: StandardKey.ZoomOut
        onTriggered: root.canvasCall("zoomOut")
    }
    readonly property Action resetZoom: Action {
        text: qsTr("&Actual Size")
        shortcut: "Ctrl+0"
        onTriggered: root.canvasCall("resetZoom")
    }
    readonly property Action fit: Action {
        text: qsTr("&Fit to Content")
        icon.name: "fit"
        shortcut: "Ctrl+1"
        onTriggered: root.canvasCall("fitToContent")
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
        onTriggered: root.showTab(0)
    }
    readonly property Action showCheck: Action {
        text: qsTr("&Check")
        shortcut: "Ctrl+Shift+K"
        onTriggered: root.showTab(1)
    }
    readonly property Action showBrief: Action {
        text: qsTr("&Brief")
        shortcut: "Ctrl+Shift+B"
        onTriggered: root.showTab(2)
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
        shortcut: StandardKey.HelpContents
        onTriggered: root.showShortcuts()
    }
    readonly property Action about: Action {
        text: qsTr("&About MLSD Board")
        onTriggered: root.showAbout()
    }
}
