import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import MlsdBoard

/*!
 * File › Export…: the format (Markdown, HTML, Mermaid, SVG, PNG, PDF) and its options, a live
 * preview of what will be written, then a file dialog opened beside the design. The export is
 * written atomically by the core exporter (the same bytes as `mlsdboard export` / `render`). On
 * success the dialog closes and `exported(path, message)` tells the window; on failure it stays
 * open and says why, naming the file.
 */
AppDialog {
    id: root

    required property Session session

    readonly property alias controller: controller
    readonly property alias formatList: formatList
    readonly property alias preview: preview
    readonly property alias fileDialog: fileDialog

    /// The export was written to \a path (in \a folder); \a message says so for the window.
    signal exported(string path, string message, url folder)

    /// Opens the file dialog on the suggested file (beside the design).
    function chooseFile() {
        fileDialog.selectedFile = controller.suggestedUrl
        fileDialog.open()
    }
    /// The row of format \a id in the list.
    function formatIndex(id) {
        const list = controller.formats
        for (let i = 0; i < list.length; ++i) {
            if (list[i].id === id)
                return i
        }
        return 0
    }
    /// Exports to \a target (a path or a file URL); closes the dialog on success.
    function exportTo(target) {
        if (!controller.exportTo(target))
            return false
        root.exported(controller.lastPath, controller.lastMessage, controller.lastFolderUrl)
        root.close()
        return true
    }

    width: Math.min(1120, parent ? parent.width - 80 : 1120)
    height: Math.min(760, parent ? parent.height - 60 : 760)
    title: qsTr("Export")
    padding: 20
    topPadding: 10
    bottomPadding: 8

    onAboutToShow: {
        controller.format = Preferences.exportFormat
        controller.theme = Preferences.exportTheme
        controller.scale = Preferences.exportScale
    }
    onOpened: formatList.forceActiveFocus()

    ExportController {
        id: controller
        session: root.session
        active: root.visible
        previewDark: Theme.dark
        previewWidth: preview.textWidth
        onFormatChanged: {
            Preferences.exportFormat = controller.format
            formatList.currentIndex = root.formatIndex(controller.format)
        }
        onThemeChanged: Preferences.exportTheme = controller.theme
        onScaleChanged: Preferences.exportScale = controller.scale
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Export as %1").arg(controller.suffix.toUpperCase())
        fileMode: FileDialog.SaveFile
        nameFilters: controller.nameFilters
        defaultSuffix: controller.suffix
        currentFolder: controller.suggestedFolderUrl
        onAccepted: root.exportTo(root.session.dialogFile(fileDialog.selectedFile, fileDialog.currentFolder))
    }

    RowLayout {
        anchors.fill: parent
        spacing: 16

        ColumnLayout {
            Layout.preferredWidth: 270
            Layout.maximumWidth: 270
            Layout.fillHeight: true
            spacing: 6

            SectionHeader { text: qsTr("Format") }
            ListView {
                id: formatList
                objectName: "exportFormats"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                spacing: 2
                keyNavigationEnabled: true
                activeFocusOnTab: true
                model: controller.formats
                Component.onCompleted: currentIndex = root.formatIndex(controller.format)
                onCurrentIndexChanged: {
                    if (currentIndex >= 0)
                        controller.format = controller.formats[currentIndex].id
                }
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Format")
                // Through ListView.view: this file is not bound (on Qt 6.4 a ListView cannot
                // create a bound highlight component).
                delegate: ExportFormatOption {
                    id: option
                    width: ListView.view.width
                    selected: ListView.isCurrentItem
                    onClicked: ListView.view.currentIndex = option.index
                }
                // The keyboard focus ring, around the chosen format.
                highlight: Rectangle {
                    color: "transparent"
                    radius: Theme.radius
                    border.width: ListView.view && ListView.view.activeFocus ? 2 : 0
                    border.color: Theme.focus
                    z: 2
                }
                highlightMoveDuration: 0
                Keys.onReturnPressed: root.chooseFile()
                Keys.onEnterPressed: root.chooseFile()
            }

            SectionHeader {
                text: qsTr("Image")
                visible: controller.imageFormat
                Layout.topMargin: 6
            }
            GridLayout {
                visible: controller.imageFormat
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12
                rowSpacing: 8
                FormLabel { text: qsTr("Theme") }
                Row {
                    spacing: 2
                    SegmentButton {
                        objectName: "lightButton"
                        text: qsTr("Light")
                        checked: controller.theme === "light"
                        onClicked: controller.theme = "light"
                    }
                    SegmentButton {
                        objectName: "darkButton"
                        text: qsTr("Dark")
                        checked: controller.theme === "dark"
                        onClicked: controller.theme = "dark"
                    }
                }
                FormLabel {
                    text: qsTr("Scale")
                    visible: controller.format === "png"
                }
                Row {
                    visible: controller.format === "png"
                    spacing: 2
                    SegmentButton {
                        objectName: "scale1Button"
                        text: qsTr("1×")
                        checked: controller.scale === 1
                        onClicked: controller.scale = 1
                        Accessible.name: qsTr("Scale 1×")
                    }
                    SegmentButton {
                        objectName: "scale2Button"
                        text: qsTr("2× (HiDPI)")
                        checked: controller.scale === 2
                        onClicked: controller.scale = 2
                        Accessible.name: qsTr("Scale 2×, for HiDPI screens")
                    }
                }
            }

            Item { Layout.fillHeight: true }

            SectionHeader { text: qsTr("Saves to") }
            Text {
                objectName: "exportTarget"
                Layout.fillWidth: true
                text: controller.suggestedPath
                elide: Text.ElideMiddle
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall + 1
                ToolTip.visible: targetHover.hovered && truncated
                ToolTip.text: text
                ToolTip.delay: 500
                HoverHandler { id: targetHover }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("You can pick another place in the next step.")
                wrapMode: Text.WordWrap
                color: Theme.textFaint
                font.pixelSize: Theme.fontSizeSmall
            }
        }

        ExportPreview {
            id: preview
            Layout.fillWidth: true
            Layout.fillHeight: true
            controller: controller
        }
    }

    footer: RowLayout {
        spacing: 8
        // The last failure, selectable (people copy paths and errors).
        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: 20
            Layout.topMargin: 4
            Layout.bottomMargin: 16
            implicitHeight: errorText.implicitHeight + 12
            visible: controller.lastError.length > 0 && root.visible
            radius: Theme.radius
            color: Theme.errorSoft
            border.color: Theme.error
            TextEdit {
                id: errorText
                objectName: "exportError"
                anchors.fill: parent
                anchors.margins: 6
                anchors.leftMargin: 10
                text: controller.lastMessage + (controller.lastError !== controller.lastMessage
                                                 ? "\n" + controller.lastError : "")
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontSizeSmall + 1
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        Item {
            Layout.fillWidth: true
            visible: !(controller.lastError.length > 0)
        }
        ThemedButton {
            Layout.bottomMargin: 16
            text: qsTr("Cancel")
            onClicked: root.close()
        }
        ThemedButton {
            objectName: "exportButton"
            Layout.rightMargin: 20
            Layout.bottomMargin: 16
            primary: true
            enabled: controller.previewError.length === 0
            text: qsTr("Export…")
            onClicked: root.chooseFile()
        }
    }
}
