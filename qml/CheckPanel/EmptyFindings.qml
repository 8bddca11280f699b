import QtQuick
import QtQuick.Controls.impl
import MlsdBoard

/*! What the findings list shows when it is empty: all clear, or how to start checking. */
Column {
    id: root

    required property CheckRunner checker
    property bool hasTemplates: true

    spacing: 8

    IconImage {
        anchors.horizontalCenter: parent.horizontalCenter
        source: Theme.icon(root.checker.available ? "check" : "template")
        sourceSize.width: 32
        sourceSize.height: 32
        width: 32
        height: 32
        color: root.checker.available ? Theme.success : Theme.textFaint
    }
    Text {
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: Theme.fontSize
        font.weight: Font.Medium
        text: root.checker.available ? qsTr("No findings")
            : root.hasTemplates ? qsTr("Choose a template to check the design")
            : qsTr("No templates are installed")
    }
    Text {
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        text: root.checker.available
              ? qsTr("The design passes every rule of %1.").arg(root.checker.templateName)
              : qsTr("The check runs as you edit and lists missing stages, wrong order and missing annotations.")
    }
}
