#include "export/markdownrenderer.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

QString takeString(char *text)
{
    const QString s = QString::fromUtf8(text);
    std::free(text);
    return s;
}

} // namespace

MarkdownDocument::MarkdownDocument(const QString &markdown, int cmarkOptions)
{
    cmark_gfm_core_extensions_ensure_registered();
    m_parser = cmark_parser_new(cmarkOptions);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, ext);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(m_parser, utf8.constData(), size_t(utf8.size()));
    m_root = cmark_parser_finish(m_parser);
}

MarkdownDocument::~MarkdownDocument()
{
    if (m_root)
        cmark_node_free(m_root);
    if (m_parser)
        cmark_parser_free(m_parser);
}

_cmark_llist *MarkdownDocument::extensions() const
{
    return cmark_parser_get_syntax_extensions(m_parser);
}

QString MarkdownDocument::toHtml() const
{
    // CMARK_OPT_DEFAULT is cmark-gfm's safe mode: raw HTML and dangerous URLs never pass.
    return takeString(cmark_render_html(m_root, CMARK_OPT_DEFAULT, extensions()));
}

QString MarkdownDocument::toCommonMark() const
{
    return takeString(cmark_render_commonmark(m_root, CMARK_OPT_DEFAULT, 0));
}

namespace markdown {

QString toHtml(const QString &markdown)
{
    return MarkdownDocument(markdown).toHtml();
}

QString toRichText(const QString &markdown)
{
    return richTextFromHtml(toHtml(markdown));
}

QString richTextFromHtml(QString html)
{
    html.replace(u"<del>"_s, u"<s>"_s);
    html.replace(u"</del>"_s, u"</s>"_s);
    // RichText draws no table grid unless asked.
    html.replace(u"<table>"_s, u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s);
    // cmark writes task boxes as <input type="checkbox" [checked=""] disabled="" />; user text
    // cannot produce these tags (raw HTML is omitted, '<' in text is escaped).
    static const QRegularExpression box(
        uR"(<input type="checkbox"( checked="")? disabled="" />)"_s);
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    for (auto it = box.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        out += m.capturedLength(1) > 0 ? u"\u2611"_s : u"\u2610"_s;
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

QString plainText(cmark_node *node)
{
    QString text;
    forEachNode(node, [&](cmark_node *n) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            text += QString::fromUtf8(cmark_node_get_literal(n));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += u' ';
            break;
        default:
            break;
        }
    });
    return text;
}

void forEachNode(cmark_node *root, const std::function<void(cmark_node *)> &visit)
{
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev == CMARK_EVENT_ENTER)
            visit(cmark_iter_get_node(iter));
    }
    cmark_iter_free(iter);
}

} // namespace markdown
} // namespace mlsd
