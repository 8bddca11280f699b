import QtQuick
import QtQuick.Layouts
import MlsdBoard

/*! A thin horizontal rule between panel sections. */
Rectangle {
    Layout.fillWidth: true
    implicitHeight: 1
    color: Theme.border
}
