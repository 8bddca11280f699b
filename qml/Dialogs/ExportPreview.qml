pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import MlsdBoard

/*!
 * The export dialog's live preview of what will be written: Markdown and HTML rendered (or their
 * source), Mermaid as its source, images as the file itself (PDF: its page), with the size and
 * anything the reader should know.
 */
Rectangle {
    id: root

    required property ExportController controller
    /// Markdown and HTML: show the text that is written instead of its rendering.
    property bool showSource: false
    /// Images: at their own size (scrolling) instead of fitted into the pane.
    property bool actualSize: false

    readonly property bool sourceAvailable: root.controller.previewKind === "rich"
    readonly property bool showsText: root.controller.previewKind === "text"
                                      || (root.controller.previewKind === "rich")
    readonly property bool showsImage: root.controller.previewKind === "image"
    /// Width the rendered text is laid out at (the HTML preview draws its diagram to fit it).
    readonly property int textWidth: Math.max(200, textView.width - 48)
    readonly property alias textItem: textArea
    readonly property alias image: image

    color: Theme.panelAlt
    radius: Theme.radius
    border.color: Theme.border
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Preview")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        // Header: what will be written, and the view switches.
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 40
            Layout.leftMargin: 14
            Layout.rightMargin: 8
            spacing: 8
            Text {
                text: qsTr("Preview")
                color: Theme.text
                font.pixelSize: Theme.fontSize
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "exportSummary"
                Layout.fillWidth: true
                text: root.controller.previewError.length > 0 ? "" : root.controller.summary
                color: Theme.textMuted
                font.pixelSize: Theme.fontSizeSmall + 1
                elide: Text.ElideRight
            }
            Text {
                visible: root.controller.busy
                text: qsTr("Updating…")
                color: Theme.textFaint
                font.pixelSize: Theme.fontSizeSmall + 1
            }
            Row {
                visible: root.sourceAvailable
                spacing: 2
                SegmentButton {
                    objectName: "renderedButton"
                    text: qsTr("Rendered")
                    checked: !root.showSource
                    onClicked: root.showSource = false
                }
                SegmentButton {
                    objectName: "sourceButton"
                    text: qsTr("Source")
                    checked: root.showSource
                    onClicked: root.showSource = true
                }
            }
            Row {
                visible: root.showsImage
                spacing: 2
                SegmentButton {
                    text: qsTr("Fit")
                    checked: !root.actualSize
                    onClicked: root.actualSize = false
                }
                SegmentButton {
                    text: qsTr("Actual size")
                    checked: root.actualSize
                    onClicked: root.actualSize = true
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }

        // Warnings about the export (not checked, chart reduced to zones, image scaled down).
        Repeater {
            model: root.controller.previewError.length > 0 ? [] : root.controller.warnings
            delegate: RowLayout {
                id: warningRow
                required property string modelData
                Layout.fillWidth: true
                Layout.leftMargin: 14
                Layout.rightMargin: 14
                Layout.topMargin: 8
                spacing: 8
                SeverityIcon {
                    Layout.alignment: Qt.AlignTop
                    severity: "warning"
                }
                Text {
                    Layout.fillWidth: true
                    text: warningRow.modelData
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.fontSizeSmall + 1
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Text: rendered Markdown / HTML, or the source.
            ScrollView {
                id: textView
                anchors.fill: parent
                anchors.margins: 10
                visible: root.showsText && root.controller.previewError.length === 0
                clip: true
                contentWidth: availableWidth
                background: Rectangle {
                    color: Theme.panel
                    radius: Theme.radiusSmall
                    border.color: Theme.border
                }
                TextArea {
                    id: textArea
                    objectName: "exportPreviewText"
                    readonly property bool source: root.controller.previewKind === "text" || root.showSource
                    readOnly: true
                    selectByMouse: true
                    wrapMode: source ? TextEdit.WrapAnywhere : TextEdit.Wrap
                    textFormat: source ? TextEdit.PlainText : TextEdit.RichText
                    text: source ? root.controller.sourceText : root.controller.previewText
                    font.family: source ? Theme.monoFamily : Application.font.family
                    font.pixelSize: source ? Theme.fontSizeSmall + 1 : Theme.fontSize
                    color: Theme.text
                    selectionColor: Theme.accent
                    selectedTextColor: Theme.accentText
                    padding: 24
                    background: null
                    Accessible.name: qsTr("Document preview")
                    onLinkActivated: (link) => Qt.openUrlExternally(link)
                }
            }

            // Images: the file itself (PDF: a picture of its page).
            Flickable {
                id: imageView
                anchors.fill: parent
                anchors.margins: 10
                visible: root.showsImage && root.controller.previewError.length === 0
                clip: true
                contentWidth: Math.max(width, imageFrame.width)
                contentHeight: Math.max(height, imageFrame.height)
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                ScrollBar.horizontal: ScrollBar {}

                Rectangle {
                    id: imageFrame
                    readonly property int naturalWidth: root.controller.previewImageSize.width
                    readonly property int naturalHeight: root.controller.previewImageSize.height
                    readonly property real fit: naturalWidth > 0
                        ? Math.min(1, (imageView.width - 2) / naturalWidth, (imageView.height - 2) / naturalHeight) : 1
                    readonly property real shown: root.actualSize ? 1 : fit
                    x: Math.max(0, (imageView.contentWidth - width) / 2)
                    y: Math.max(0, (imageView.contentHeight - height) / 2)
                    width: Math.round(naturalWidth * shown) + 2
                    height: Math.round(naturalHeight * shown) + 2
                    color: "transparent"
                    border.color: Theme.border
                    Image {
                        id: image
                        objectName: "exportPreviewImage"
                        anchors.fill: parent
                        anchors.margins: 1
                        source: root.showsImage ? root.controller.previewImage : ""
                        // An SVG is drawn at the size it is shown; a bitmap decoded as it is.
                        readonly property bool vector: root.controller.format === "svg"
                        sourceSize.width: vector ? Math.max(1, width * Screen.devicePixelRatio) : imageFrame.naturalWidth
                        sourceSize.height: vector ? Math.max(1, height * Screen.devicePixelRatio) : imageFrame.naturalHeight
                        fillMode: Image.PreserveAspectFit
                        smooth: true
                        mipmap: true
                        asynchronous: true
                        cache: false
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Image preview")
                    }
                }
            }

            // Nothing can be exported in this format.
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 48, 480)
                visible: root.controller.previewError.length > 0
                spacing: 8
                SeverityIcon {
                    Layout.alignment: Qt.AlignHCenter
                    severity: "error"
                }
                Text {
                    objectName: "exportPreviewError"
                    Layout.fillWidth: true
                    text: root.controller.previewError
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.text
                    font.pixelSize: Theme.fontSize
                }
            }
        }
    }
}
