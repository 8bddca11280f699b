import QtQuick
import MlsdBoard

/*! A severity icon with a count ("2" errors), dimmed at zero. */
Row {
    id: root

    property string severity
    property int count

    spacing: 3
    opacity: count > 0 ? 1 : 0.45
    Accessible.role: Accessible.StaticText
    Accessible.name: count + " " + severity

    SeverityIcon {
        anchors.verticalCenter: parent.verticalCenter
        severity: root.severity
        width: 14
        height: 14
        muted: root.count === 0
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: root.count
        color: Theme.text
        font.pixelSize: Theme.fontSizeSmall
        font.weight: Font.Medium
    }
}
