pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import MlsdBoard

/*!
 * The component palette: the catalog by category, with a search field (name, id, description,
 * keywords). Drag an entry onto the canvas, or double-click it (Enter on the keyboard) to add it
 * at the centre of the view: `addRequested(typeId)`.
 */
Rectangle {
    id: root

    /// Asks the window to add a component of catalog type \a typeId at the centre of the view.
    signal addRequested(string typeId)

    readonly property alias model: paletteModel
    readonly property alias searchField: search
    readonly property alias list: list

    color: Theme.panel
    implicitWidth: Theme.paletteWidth

    /// Moves keyboard focus to the search field.
    function focusSearch() {
        search.forceActiveFocus(Qt.ShortcutFocusReason)
        search.selectAll()
    }

    PaletteModel {
        id: paletteModel
        filter: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.bottomMargin: Theme.spacing
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Text {
                    text: qsTr("Components")
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeLarge - 1
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    text: paletteModel.count
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSizeSmall
                }
            }

            TextInputField {
                id: search
                Layout.fillWidth: true
                placeholderText: qsTr("Search components")
                label: qsTr("Search components")
                leftPadding: 30
                rightPadding: clearButton.visible ? 30 : 8

                IconImage {
                    x: 9
                    anchors.verticalCenter: parent.verticalCenter
                    source: Theme.icon("search")
                    sourceSize.width: 15
                    sourceSize.height: 15
                    width: 15
                    height: 15
                    color: Theme.textFaint
                }
                IconButton {
                    id: clearButton
                    anchors.right: parent.right
                    anchors.rightMargin: 3
                    anchors.verticalCenter: parent.verticalCenter
                    size: 24
                    iconName: "close"
                    text: qsTr("Clear search")
                    visible: search.text.length > 0
                    focusPolicy: Qt.NoFocus
                    onClicked: search.clear()
                }
                Keys.onDownPressed: {
                    list.currentIndex = 0
                    list.forceActiveFocus(Qt.TabFocusReason)
                }
                Keys.onEscapePressed: search.clear()
                onAccepted: {
                    if (paletteModel.count > 0)
                        root.addRequested(paletteModel.typeAt(Math.max(0, list.currentIndex)))
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: paletteModel
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            bottomMargin: Theme.spacing
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Component types")
            ScrollBar.vertical: ScrollBar {}

            // Categories while browsing; best matches first (no sections) while searching.
            section.property: search.text.trim().length > 0 ? "" : "categoryName"
            section.criteria: ViewSection.FullString
            section.delegate: sections.header

            delegate: PaletteItem {
                width: ListView.view.width
                dragGhost: ghost
                current: ListView.isCurrentItem && list.activeFocus
                onActivated: (typeId) => root.addRequested(typeId)
                onPressed: list.currentIndex = index
            }

            Keys.onReturnPressed: if (currentIndex >= 0) root.addRequested(paletteModel.typeAt(currentIndex))
            Keys.onEnterPressed: if (currentIndex >= 0) root.addRequested(paletteModel.typeAt(currentIndex))
            onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0

            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.padding
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("No component matches “%1”.").arg(search.text)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSize
            }
        }
    }

    // The section headers, from a file that is not bound (see ListSections).
    ListSections { id: sections }

    DragGhost {
        id: ghost
        parent: Overlay.overlay
    }
}
