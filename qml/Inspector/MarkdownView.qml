import QtQuick
import MlsdBoard

/*!
 * Rendered Markdown, read-only, with selectable text and clickable links. Until the app's own
 * renderer lands it uses Qt's Markdown support.
 */
TextEdit {
    id: root

    property string markdown
    property string emptyText

    readOnly: true
    selectByMouse: true
    wrapMode: TextEdit.Wrap
    textFormat: root.markdown.trim().length > 0 ? TextEdit.MarkdownText : TextEdit.PlainText
    text: root.markdown.trim().length > 0 ? root.markdown : root.emptyText
    color: root.markdown.trim().length > 0 ? Theme.text : Theme.textFaint
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    font.pixelSize: Theme.fontSize
    activeFocusOnTab: false
    onLinkActivated: (link) => Qt.openUrlExternally(link)

    HoverHandler {
        cursorShape: root.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
}
