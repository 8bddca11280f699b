import QtQuick
import QtQuick.Layouts
import MlsdBoard

/*!
 * One phase of the summary: its title, the time spent against the plan as a bar (the plan as the
 * track, time over it in amber), and the difference ("+0:40", "−1:10").
 */
RowLayout {
    id: root

    required property PracticeSession practice
    required property string title
    required property int plannedS
    required property int spentS

    /// The longest phase (planned or spent) sets the scale of every bar.
    readonly property int scale: Math.max(1, root.practice.durationS > 0 ? root.practice.durationS * 0.45 : 1)
    readonly property int difference: spentS - plannedS

    spacing: 10
    Accessible.role: Accessible.Row
    Accessible.name: qsTr("%1: %2 spent of %3 planned").arg(title)
                     .arg(practice.formatDuration(spentS)).arg(practice.formatDuration(plannedS))

    Text {
        Layout.preferredWidth: 150
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.fontSize
        elide: Text.ElideRight
    }
    Item {
        Layout.fillWidth: true
        implicitHeight: 10
        // The plan.
        Rectangle {
            width: Math.min(parent.width, parent.width * root.plannedS / root.scale)
            height: parent.height
            radius: 3
            color: "transparent"
            border.color: Theme.borderStrong
            border.width: 1
        }
        // Spent within the plan, then over it.
        Rectangle {
            width: Math.min(parent.width, parent.width * Math.min(root.spentS, root.plannedS) / root.scale)
            height: parent.height
            radius: 3
            color: Theme.accent
        }
        Rectangle {
            visible: root.difference > 0
            x: Math.min(parent.width, parent.width * root.plannedS / root.scale)
            width: Math.max(0, Math.min(parent.width - x, parent.width * root.difference / root.scale))
            height: parent.height
            radius: 3
            color: Theme.warning
        }
    }
    Text {
        Layout.preferredWidth: 92
        horizontalAlignment: Text.AlignRight
        text: root.practice.formatDuration(root.spentS) + " / " + root.practice.formatDuration(root.plannedS)
        color: Theme.textMuted
        font.family: Theme.monoFamily
        font.pixelSize: Theme.fontSizeSmall
    }
    Text {
        Layout.preferredWidth: 48
        horizontalAlignment: Text.AlignRight
        text: root.difference === 0 ? "–"
            : (root.difference > 0 ? "+" : "−") + root.practice.formatDuration(Math.abs(root.difference))
        color: root.difference > 0 ? Theme.warning : Theme.textMuted
        font.family: Theme.monoFamily
        font.pixelSize: Theme.fontSizeSmall
        font.weight: root.difference > 0 ? Font.DemiBold : Font.Normal
    }
}
