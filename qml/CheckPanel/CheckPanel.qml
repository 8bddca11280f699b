pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * The Check tab: the template picker, coverage ("14 of 16 stages"), the template's stages, and the
 * findings grouped by severity. Clicking a finding selects its components and centres the view on
 * the first (`showComponents`); Fix applies the rule's fix as one undo step; a finding's rule can
 * be suppressed with a reason.
 */
Item {
    id: root

    required property Session session

    readonly property CheckRunner checker: root.session.checker
    readonly property alias findingsList: findings
    /// Hidden during a practice run, as in a real interview, until revealed.
    property bool concealed: false

    /// Asks the window to select \a ids and centre the view on the first.
    signal showComponents(var ids)
    /// The user asked to see the check during a practice run.
    signal revealRequested()

    /// Shows the components of the finding under the keyboard cursor.
    function showCurrentFinding() {
        if (findings.currentIndex >= 0)
            root.showComponents(root.checker.componentsAt(findings.currentIndex))
    }

    TemplateListModel {
        id: templates
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: !root.concealed

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            spacing: Theme.spacing

            SectionHeader { text: qsTr("Template") }
            ThemedComboBox {
                id: templateBox
                Layout.fillWidth: true
                label: qsTr("Template to check against")
                model: templates
                textRole: "name"
                valueRole: "templateId"
                enabled: templates.count > 0
                displayText: templates.count === 0 ? qsTr("No templates installed")
                           : currentIndex < 0 ? qsTr("Choose a template…") : currentText
                currentIndex: templates.rowOf(root.session.templateId)
                onActivated: root.session.templateId = currentValue
            }
            Text {
                Layout.fillWidth: true
                visible: templateBox.currentIndex >= 0
                text: templateBox.currentIndex >= 0 ? templates.data(templates.index(templateBox.currentIndex, 0), TemplateListModel.DescriptionRole) || "" : ""
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall
            }

            CoverageBar {
                Layout.fillWidth: true
                Layout.topMargin: 4
                visible: root.checker.available
                checker: root.checker
            }
        }

        Separator {}

        ListView {
            id: findings
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.checker.findings
            spacing: 6
            topMargin: Theme.spacing
            bottomMargin: Theme.padding
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Findings")
            ScrollBar.vertical: ScrollBar {}

            section.property: "section"
            section.delegate: sections.header

            delegate: FindingDelegate {
                x: Theme.padding
                width: ListView.view.width - 2 * Theme.padding
                current: ListView.isCurrentItem && findings.activeFocus
                onShow: (ids) => {
                    findings.currentIndex = index
                    root.showComponents(ids)
                }
                onFixRequested: root.checker.applyFix(index)
                onSuppressRequested: suppressDialog.openFor(index, message)
                onRestoreRequested: root.checker.unsuppress(index)
            }
            Keys.onReturnPressed: root.showCurrentFinding()
            Keys.onSpacePressed: root.showCurrentFinding()

            EmptyFindings {
                anchors.centerIn: parent
                width: parent.width - 4 * Theme.padding
                visible: findings.count === 0
                checker: root.checker
                hasTemplates: templates.count > 0
            }
        }
    }

    HiddenCheckNotice {
        anchors.fill: parent
        visible: root.concealed
        onRevealRequested: root.revealRequested()
    }

    // The section headers, from a file that is not bound (see ListSections).
    ListSections { id: sections }

    SuppressDialog {
        id: suppressDialog
        onSuppress: (row, reason) => root.checker.suppress(row, reason)
    }
}
