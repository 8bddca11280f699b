pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * The Review tab, for an interviewer: comments on components or on the whole design, and the
 * rubric (1–4 with notes per dimension). Both are saved in the file's `review` and every edit is
 * undoable. A click on a comment's component shows it on the canvas (`showComponents`).
 */
Item {
    id: root

    required property Session session

    readonly property alias comments: comments
    readonly property alias rubric: rubric
    readonly property alias composer: composer
    readonly property alias commentList: commentList
    readonly property alias rubricList: rubricList
    /// "comments" or "rubric".
    property string page: "comments"

    /// Asks the window to select \a ids and centre the view on the first.
    signal showComponents(var ids)

    /// Shows the comments and focuses the composer, on \a target ("" for the whole design).
    function compose(target) {
        root.page = "comments"
        composer.compose(target)
    }
    /// Shows the comments on component \a id (the first of them at the top).
    function showCommentsOn(id) {
        root.page = "comments"
        const row = comments.firstRowFor(id)
        if (row >= 0)
            commentList.positionViewAtIndex(row, ListView.Contain)
    }

    ReviewCommentModel {
        id: comments
        session: root.session
    }
    RubricModel {
        id: rubric
        session: root.session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.bottomMargin: Theme.spacing
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: qsTr("Review")
                color: Theme.text
                font.pixelSize: Theme.fontSize + 1
                font.weight: Font.DemiBold
            }
            SegmentButton {
                objectName: "commentsPage"
                text: comments.count > 0 ? qsTr("Comments · %1").arg(comments.count) : qsTr("Comments")
                checked: root.page === "comments"
                onClicked: root.page = "comments"
            }
            SegmentButton {
                objectName: "rubricPage"
                text: rubric.scoredCount > 0 ? qsTr("Rubric · %1/%2").arg(rubric.scoredCount).arg(rubric.count) : qsTr("Rubric")
                checked: root.page === "rubric"
                onClicked: root.page = "rubric"
            }
        }
        Separator {}

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.page === "rubric" ? 1 : 0

            // ---- Comments ----
            ColumnLayout {
                spacing: 0
                CommentComposer {
                    id: composer
                    Layout.fillWidth: true
                    Layout.margins: Theme.padding
                    selectedComponent: root.session.selection.currentComponent
                    selectedLabel: comments.count >= 0 ? comments.targetLabel(selectedComponent) : ""
                    onSubmitted: (target, author, text) => {
                        const id = comments.addComment(target, author, text)
                        const row = comments.rowOf(id)
                        if (row >= 0)
                            commentList.positionViewAtIndex(row, ListView.Contain)
                    }
                }
                ListView {
                    id: commentList
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: comments
                    spacing: 8
                    bottomMargin: Theme.padding
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Review comments")
                    ScrollBar.vertical: ScrollBar {}
                    delegate: CommentDelegate {
                        x: Theme.padding
                        width: ListView.view.width - 2 * Theme.padding
                        highlighted: target.length > 0 && target === root.session.selection.currentComponent
                        onShowTarget: (id) => root.showComponents([id])
                        onTextEdited: (id, text) => comments.setText(id, text)
                        onEditFinished: root.session.sealMerge()
                        onRemoveRequested: (id) => comments.removeComment(id)
                    }

                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 24
                        width: parent.width - 4 * Theme.padding
                        visible: commentList.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("No comments yet. Select a component on the canvas to comment on it, or comment on the whole design.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                }
            }

            // ---- Rubric ----
            ColumnLayout {
                spacing: 0
                Text {
                    objectName: "rubricSummary"
                    Layout.fillWidth: true
                    // Two lines whatever it says: scoring never shifts the rows under the pointer.
                    Layout.preferredHeight: Math.max(implicitHeight, 2 * summaryMetrics.lineSpacing)
                    Layout.leftMargin: Theme.padding
                    Layout.rightMargin: Theme.padding
                    Layout.topMargin: Theme.padding
                    text: rubric.scoredCount > 0
                          ? qsTr("%1 of %2 dimensions scored · average %3 / 4").arg(rubric.scoredCount).arg(rubric.count)
                                .arg(rubric.average.toFixed(1))
                          : qsTr("Score each dimension from 1 (weak) to 4 (strong), with notes for the candidate.")
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall + 1
                    FontMetrics {
                        id: summaryMetrics
                        font.pixelSize: Theme.fontSizeSmall + 1
                    }
                }
                ListView {
                    id: rubricList
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: rubric
                    spacing: Theme.padding + 4
                    topMargin: Theme.padding
                    bottomMargin: Theme.padding
                    boundsBehavior: Flickable.StopAtBounds
                    cacheBuffer: 4000  // every dimension stays alive: Tab walks through all of them
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Rubric")
                    ScrollBar.vertical: ScrollBar {}

                    delegate: RubricRow {
                        x: Theme.padding
                        width: ListView.view.width - 2 * Theme.padding
                        onScored: (row, score) => rubric.setScore(row, score)
                        onNotesEdited: (row, notes) => rubric.setNotes(row, notes)
                        onFinished: root.session.sealMerge()
                    }
                }
            }
        }
    }
}
