import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import MlsdBoard

/*! A combo box in the app's style. `label` is its accessible name. */
ComboBox {
    id: root

    property string label

    implicitHeight: Theme.controlHeight
    font.pixelSize: Theme.fontSize
    hoverEnabled: true
    Accessible.name: root.label

    contentItem: Text {
        leftPadding: 8
        rightPadding: root.indicator.width + 4
        text: root.displayText
        font: root.font
        color: root.enabled ? Theme.text : Theme.textFaint
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    indicator: IconImage {
        x: root.width - width - 8
        y: (root.height - height) / 2
        source: Theme.icon("chevron-down")
        sourceSize.width: 14
        sourceSize.height: 14
        width: 14
        height: 14
        color: Theme.textMuted
    }
    background: FieldFrame {
        focused: root.visualFocus || root.popup.visible
        hovered: root.hovered
    }
    delegate: ItemDelegate {
        id: option
        required property int index
        required property var model
        required property var modelData
        width: ListView.view ? ListView.view.width : root.width
        height: Theme.controlHeight
        highlighted: root.highlightedIndex === option.index
        contentItem: Text {
            text: root.textRole ? (Array.isArray(root.model) ? option.modelData[root.textRole] : option.model[root.textRole]) : option.modelData
            color: Theme.text
            font.pixelSize: Theme.fontSize
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            color: option.highlighted ? Theme.hover : "transparent"
        }
    }
    popup: Popup {
        y: root.height + 2
        width: root.width
        implicitHeight: Math.min(contentItem.implicitHeight + 8, 360)
        padding: 4
        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: root.popup.visible ? root.delegateModel : null
            currentIndex: root.highlightedIndex
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        background: Rectangle {
            color: Theme.panel
            border.color: Theme.border
            radius: Theme.radius
        }
    }
}
