import QtQuick
import QtQuick.Controls.impl
import MlsdBoard

/*! The icon of a finding's severity ("error", "warning", "info"), in its colour. */
IconImage {
    property string severity: "info"
    property bool muted: false

    source: Theme.icon(severity === "error" ? "error" : severity === "warning" ? "warning" : "info")
    width: 16
    height: 16
    sourceSize.width: width
    sourceSize.height: height
    color: muted ? Theme.textFaint : Theme.severityColor(severity)
    Accessible.name: severity
}
