import QtQuick
import QtQuick.Dialogs
import MlsdBoard

/*!
 * The file commands of a window: new, open, save, save as, open recent, open a dropped file, and
 * the unsaved-changes prompt that guards every command replacing the design (and closing).
 * `guard(action)` runs \a action at once when nothing is unsaved; otherwise it asks Save / Don't
 * Save / Cancel first. Failures show the loader's or writer's message and change nothing.
 */
Item {
    id: root

    required property Session session
    /// Set once the user agreed to close (the window's onClosing lets it through).
    property bool closeApproved: false
    /// The action waiting for the unsaved-changes answer.
    property var pendingAction: null

    readonly property alias unsavedDialog: unsavedDialog
    readonly property alias messageDialog: messageDialog
    readonly property alias newDialog: newDialog
    readonly property alias openDialog: openDialog
    readonly property alias saveDialog: saveDialog
    readonly property bool promptOpen: unsavedDialog.opened || unsavedDialog.visible

    signal opened()

    /// Runs \a action, first asking to save unsaved changes.
    function guard(action) {
        if (!root.session.modified) {
            action()
            return
        }
        root.pendingAction = action
        unsavedDialog.documentName = root.session.fileName.length > 0 ? root.session.fileName : root.session.title
        unsavedDialog.open()
    }
    /// The answers of the unsaved-changes prompt.
    function answerSave() {
        const action = root.pendingAction
        root.pendingAction = null
        root.save(action)
    }
    function answerDiscard() {
        const action = root.pendingAction
        root.pendingAction = null
        if (action)
            action()
    }
    function answerCancel() {
        root.pendingAction = null
    }

    function newDesign() {
        guard(() => newDialog.open())
    }
    function createDesign(templateId) {
        if (templateId.length === 0)
            root.session.newDesign()
        else if (!root.session.newFromTemplate(templateId))
            messageDialog.show(qsTr("Could not create the design"), "", root.session.errorMessage)
        root.opened()
    }
    function open() {
        guard(() => openDialog.open())
    }
    /// Opens \a path (a path or a file URL) after the unsaved-changes prompt.
    function openPath(path) {
        guard(() => root.load(path))
    }
    function load(path) {
        if (root.session.open(path)) {
            RecentFiles.add(root.session.filePath)
            Preferences.lastFolder = String(root.session.folderUrl)
            root.opened()
            return true
        }
        messageDialog.show(qsTr("Could not open the file"),
                           qsTr("The design was not changed."), root.session.errorMessage)
        return false
    }
    /// Saves, asking for a file name when there is none (or the file is read-only); then runs
    /// \a then (optional). Returns true when saved at once.
    function save(then) {
        if (root.session.filePath.length === 0 || root.session.readOnly) {
            saveAs(then)
            return false
        }
        if (!root.session.save()) {
            messageDialog.show(qsTr("Could not save"), qsTr("The file on disk was not changed."),
                               root.session.errorMessage)
            return false
        }
        RecentFiles.add(root.session.filePath)
        if (then)
            then()
        return true
    }
    function saveAs(then) {
        saveDialog.then = then || null
        if (String(root.session.fileUrl).length > 0)
            saveDialog.selectedFile = root.session.fileUrl
        saveDialog.open()
    }
    function saveTo(url, then) {
        if (!root.session.saveAs(url)) {
            messageDialog.show(qsTr("Could not save"), qsTr("The file on disk was not changed."),
                               root.session.errorMessage)
            return false
        }
        RecentFiles.add(root.session.filePath)
        Preferences.lastFolder = String(root.session.folderUrl)
        if (then)
            then()
        return true
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open design")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("MLSD designs (*.mlsd)"), qsTr("JSON files (*.json)"), qsTr("All files (*)")]
        currentFolder: Preferences.lastFolder.length > 0 ? Preferences.lastFolder : ""
        onAccepted: root.load(root.session.dialogFile(selectedFile, currentFolder))
    }

    FileDialog {
        id: saveDialog
        property var then: null
        title: qsTr("Save design as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "mlsd"
        nameFilters: [qsTr("MLSD designs (*.mlsd)")]
        currentFolder: String(root.session.folderUrl).length > 0 ? root.session.folderUrl
                     : Preferences.lastFolder.length > 0 ? Preferences.lastFolder : ""
        onAccepted: root.saveTo(root.session.dialogFile(selectedFile, currentFolder), then)
    }

    UnsavedChangesDialog {
        id: unsavedDialog
        onSaveChosen: root.answerSave()
        onDiscardChosen: root.answerDiscard()
        onCancelChosen: root.answerCancel()
    }

    NewDesignDialog {
        id: newDialog
        onCreate: (templateId) => root.createDesign(templateId)
    }

    MessageBox {
        id: messageDialog
    }
}
