import QtQuick
import MlsdBoard

/*!
 * Rendered Markdown, read-only, with selectable text and clickable links: the app's cmark-gfm
 * renderer (tables, strikethrough, task lists; user HTML never passes through), as RichText.
 */
TextEdit {
    id: root

    property string markdown
    property string emptyText

    readonly property bool empty: root.markdown.trim().length === 0

    readOnly: true
    selectByMouse: true
    wrapMode: TextEdit.Wrap
    textFormat: root.empty ? TextEdit.PlainText : TextEdit.RichText
    text: root.empty ? root.emptyText : MarkdownPreview.toRichText(root.markdown)
    color: root.empty ? Theme.textFaint : Theme.text
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    font.pixelSize: Theme.fontSize
    activeFocusOnTab: false
    onLinkActivated: (link) => Qt.openUrlExternally(link)

    HoverHandler {
        cursorShape: root.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
}
