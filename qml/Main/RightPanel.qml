import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*! The right panel: Inspector, Check, Brief and Review tabs. */
Rectangle {
    id: root

    required property Session session
    /// The window's practice run (hides the check while it is on).
    property PracticeSession practice: null
    readonly property bool checkHidden: root.practice ? root.practice.checkHidden : false
    property alias currentIndex: tabs.currentIndex

    readonly property alias inspector: inspectorPanel
    readonly property alias checkPanel: checkPanel
    readonly property alias briefPanel: briefPanel
    readonly property alias reviewPanel: reviewPanel

    /// Asks the window to select \a ids and centre the view on the first.
    signal showComponents(var ids)

    color: Theme.panel
    implicitWidth: Theme.panelWidth

    /// The count on a tab: a pill of \a tint.
    component TabBadge: Rectangle {
        id: badge
        property int count: 0
        property color tint: Theme.textMuted
        implicitWidth: Math.max(18, badgeText.implicitWidth + 8)
        implicitHeight: 18
        radius: 9
        color: Qt.rgba(badge.tint.r, badge.tint.g, badge.tint.b, Theme.dark ? 0.25 : 0.14)
        Text {
            id: badgeText
            anchors.centerIn: parent
            text: badge.count
            color: badge.tint
            font.pixelSize: Theme.fontSizeSmall - 1
            font.weight: Font.DemiBold
        }
    }

    component PanelTab: TabButton {
        id: tab
        property int badge: 0
        property color badgeColor: Theme.textMuted
        implicitHeight: 38
        font.pixelSize: Theme.fontSize
        hoverEnabled: true
        Accessible.name: tab.text
        // The text and the count badge, centred. (No ids in here: contentItem is deferred.)
        contentItem: Item {
          // From the row's implicit size (childrenRect would loop through the centring anchor).
          implicitWidth: children[0].implicitWidth
          implicitHeight: children[0].implicitHeight
          Row {
            spacing: 6
            anchors.centerIn: parent
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: tab.text
                font.pixelSize: Theme.fontSize
                color: tab.checked ? Theme.text : Theme.textMuted
                font.weight: tab.checked ? Font.DemiBold : Font.Normal
            }
            TabBadge {
                anchors.verticalCenter: parent.verticalCenter
                visible: tab.badge > 0
                count: tab.badge
                tint: tab.badgeColor
            }
          }
        }
        background: Rectangle {
            color: tab.hovered && !tab.checked ? Theme.hover : "transparent"
            Rectangle {
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                width: parent.width - 16
                height: 2
                radius: 1
                color: tab.checked ? Theme.accent : "transparent"
            }
            Rectangle {
                anchors.fill: parent
                anchors.margins: 3
                radius: Theme.radius
                color: "transparent"
                border.width: tab.visualFocus ? 2 : 0
                border.color: Theme.focus
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            background: Rectangle {
                color: Theme.panel
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.border
                }
            }
            PanelTab { text: qsTr("Inspector") }
            PanelTab {
                text: qsTr("Check")
                badge: root.checkHidden ? 0
                     : root.session.checker.errors > 0 ? root.session.checker.errors : root.session.checker.warnings
                badgeColor: root.session.checker.errors > 0 ? Theme.error : Theme.warning
            }
            PanelTab { text: qsTr("Brief") }
            PanelTab {
                text: qsTr("Review")
                badge: reviewPanel.comments.count
                badgeColor: Theme.accent
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            InspectorPanel {
                id: inspectorPanel
                session: root.session
            }
            CheckPanel {
                id: checkPanel
                session: root.session
                onShowComponents: (ids) => root.showComponents(ids)
                concealed: root.checkHidden
                onRevealRequested: if (root.practice) root.practice.checkRevealed = true
            }
            BriefPanel {
                id: briefPanel
                session: root.session
            }
            ReviewPanel {
                id: reviewPanel
                session: root.session
                onShowComponents: (ids) => root.showComponents(ids)
            }
        }
    }
}
