pragma ComponentBehavior: Bound
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
        width: ListView.view ? ListView.view.width : root.width
        height: Theme.controlHeight
        highlighted: root.highlightedIndex === option.index
        contentItem: Text {
            // textAt() reads any model (a list, a JS array of objects, an item model with roles);
            // a required modelData would not exist for an item model with named roles.
            text: root.textAt(option.index)
            color: Theme.text
            font.pixelSize: Theme.fontSize
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            color: option.highlighted ? Theme.hover : "transparent"
        }
    }
    // The popup is as wide as the longest choice (a template name), never narrower than the box,
    // and kept inside the window.
    FontMetrics {
        id: choiceMetrics
        font.pixelSize: Theme.fontSize
    }
    function widestChoice() {
        let widest = 0
        for (let i = 0; i < root.count; ++i)
            widest = Math.max(widest, choiceMetrics.advanceWidth(root.textAt(i)))
        return widest
    }
    popup: Popup {
        y: root.height + 2
        width: Math.max(root.width, root.popup.visible ? root.widestChoice() + 40 : 0)
        x: Math.min(0, root.width - width)
        margins: 8
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
