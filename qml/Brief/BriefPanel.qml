pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * The Brief tab: the presentation brief, one field per section in presentation order (task,
 * business objective, … roadmap), each with the section's help text.
 */
Item {
    id: root

    required property Session session

    readonly property alias model: brief
    readonly property alias list: sections

    BriefModel {
        id: brief
        session: root.session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.bottomMargin: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Presentation brief")
                color: Theme.text
                font.pixelSize: Theme.fontSize + 1
                font.weight: Font.DemiBold
            }
            Text {
                text: qsTr("%1 of %2 filled").arg(brief.filledCount).arg(brief.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }
        }
        Separator {}

        ListView {
            id: sections
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: brief
            spacing: Theme.padding + 2
            topMargin: Theme.padding
            bottomMargin: Theme.padding
            boundsBehavior: Flickable.StopAtBounds
            cacheBuffer: 4000  // keep every section alive: Tab walks through all of them
            ScrollBar.vertical: ScrollBar {}

            delegate: BriefSection {
                x: Theme.padding
                width: ListView.view.width - 2 * Theme.padding
                onEdited: (row, text) => brief.setText(row, text)
                onFinished: root.session.sealMerge()
            }
        }
    }
}
