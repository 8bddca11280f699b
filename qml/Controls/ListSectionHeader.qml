import QtQuick
import MlsdBoard

/*! The section header of a list view (`section.delegate`): the section's name as a SectionHeader. */
Item {
    id: root

    required property string section

    implicitHeight: 32

    SectionHeader {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        text: root.section
    }
}
