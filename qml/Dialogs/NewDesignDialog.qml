pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * New design: blank, or from a framework template with its stages laid out. Lists the templates
 * with their names and descriptions; `create(templateId)` ("" for blank).
 */
AppDialog {
    id: root

    signal create(string templateId)

    readonly property alias list: list

    width: 560
    height: Math.min(560, parent ? parent.height - 80 : 560)
    title: qsTr("New design")
    standardButtons: Dialog.Ok | Dialog.Cancel

    onOpened: {
        list.currentIndex = templates.count > 0 ? 1 : 0
        list.forceActiveFocus()
    }
    onAccepted: root.create(list.currentIndex <= 0 ? "" : templates.idAt(list.currentIndex - 1))

    Component.onCompleted: {
        const ok = standardButton(Dialog.Ok)
        if (ok) ok.text = qsTr("Create")
    }

    TemplateListModel {
        id: templates
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Text {
            Layout.fillWidth: true
            text: qsTr("Start from a framework template: its stages are laid out and the check follows it.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Templates")
            ScrollBar.vertical: ScrollBar {}
            model: templates.count + 1
            delegate: Rectangle {
                id: entry
                required property int index
                readonly property bool selected: ListView.isCurrentItem
                width: ListView.view.width - 4
                implicitHeight: column.implicitHeight + 20
                radius: Theme.radius
                color: selected ? Theme.accentSoft : hover.hovered ? Theme.hover : Theme.panel
                border.width: selected ? 2 : 1
                border.color: selected ? Theme.accent : Theme.border
                Accessible.role: Accessible.ListItem
                Accessible.name: nameText.text
                HoverHandler { id: hover }
                TapHandler {
                    onTapped: list.currentIndex = entry.index
                    onDoubleTapped: { list.currentIndex = entry.index; root.accept() }
                }
                Column {
                    id: column
                    x: 12
                    y: 10
                    width: parent.width - 24
                    spacing: 3
                    Text {
                        id: nameText
                        width: parent.width
                        text: entry.index === 0 ? qsTr("Blank design")
                              : templates.data(templates.index(entry.index - 1, 0), TemplateListModel.NameRole)
                        color: Theme.text
                        font.pixelSize: Theme.fontSize
                        font.weight: Font.DemiBold
                    }
                    Text {
                        width: parent.width
                        text: entry.index === 0 ? qsTr("An empty canvas; pick a template later in the Check tab.")
                              : templates.data(templates.index(entry.index - 1, 0), TemplateListModel.DescriptionRole)
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall
                    }
                }
            }
            Keys.onReturnPressed: root.accept()
            Keys.onEnterPressed: root.accept()
        }
    }
}
