pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import MlsdBoard

/*!
 * The phases of a practice run as one segmented bar: each segment as wide as the phase's planned
 * time, filled with the time spent in it; the current phase is accented (amber while its warning
 * shows), past ones muted.
 */
Row {
    id: root

    required property PracticeSession practice

    spacing: 3

    Repeater {
        model: root.practice.phases
        delegate: Rectangle {
            id: segment
            required property int index
            required property string title
            required property int plannedS
            required property int spentS
            required property bool current
            required property bool done
            readonly property real share: root.practice.durationS > 0 ? plannedS / root.practice.durationS : 0

            width: Math.max(4, (root.width - root.spacing * (root.practice.phaseCount - 1)) * share)
            height: 6
            radius: height / 2
            color: Theme.border
            Accessible.role: Accessible.ProgressBar
            Accessible.name: qsTr("%1: %2 of %3").arg(title)
                             .arg(root.practice.formatDuration(spentS)).arg(root.practice.formatDuration(plannedS))

            Rectangle {
                width: parent.width * Math.min(1, segment.plannedS > 0 ? segment.spentS / segment.plannedS : 0)
                height: parent.height
                radius: parent.radius
                color: segment.current ? (root.practice.warning ? Theme.warning : Theme.accent)
                                       : Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.45)
                Behavior on width { NumberAnimation { duration: 240 } }
            }
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered
            ToolTip.delay: 300
            ToolTip.text: qsTr("%1 — %2 of %3").arg(segment.title)
                          .arg(root.practice.formatDuration(segment.spentS))
                          .arg(root.practice.formatDuration(segment.plannedS))
        }
    }
}
