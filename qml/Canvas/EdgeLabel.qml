import QtQuick
import MlsdBoard

/// A connection's label, centred on the middle of its curve (its pill is drawn by the CardLayer).
Text {
    id: label

    required property string connectionId
    required property string label
    required property real midX
    required property real midY

    x: midX - width / 2
    y: midY - height / 2
    width: Math.min(implicitWidth, 220)
    text: label.label
    color: Theme.textMuted
    font.pixelSize: 11
    elide: Text.ElideRight
    maximumLineCount: 1
}
