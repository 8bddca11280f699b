#include "markdowntext.h"

#include "markdownrenderer.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <cmark-gfm.h>

namespace mlsd::md {

using namespace Qt::StringLiterals;

namespace {

/// Characters escaped wherever they stand: emphasis, code, links, HTML, entities, tables,
/// strikethrough, GitHub math, headings, backslash itself.
bool alwaysEscaped(QChar c)
{
    switch (c.unicode()) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
    case '#': case '|': case '~': case '&': case '$': case '!':
        return true;
    default:
        return false;
    }
}

QString collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

QString truncated(const QString &text, qsizetype maxLength)
{
    if (maxLength <= 0 || text.size() <= maxLength)
        return text;
    qsizetype cut = maxLength - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).trimmed() + u'\u2026';
}

QString escapeLine(const QString &line)
{
    QString out;
    out.reserve(line.size() + line.size() / 4);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        // GFM autolinks URLs ("scheme://", "www.") from the raw text, where a backslash escape
        // would show: escaping the ':' or the '.' keeps them plain text.
        const bool autolink = (c == u':' && QStringView(line).mid(i + 1, 2) == u"//")
            || (c == u'.' && i >= 3 && QStringView(line).mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0);
        if (alwaysEscaped(c) || autolink)
            out += u'\\';
        out += c;
    }
    // Block markers at the start of a line: list bullets, setext underlines, ordered lists.
    if (!out.isEmpty() && (out.front() == u'-' || out.front() == u'+' || out.front() == u'='))
        out.prepend(u'\\');
    static const QRegularExpression ordered(u"^(\\d{1,9})([.)])"_s);
    const QRegularExpressionMatch m = ordered.match(out);
    if (m.hasMatch())
        out.insert(m.capturedEnd(1), u'\\');
    return out;
}

bool dangerousUrl(const char *url)
{
    if (!url)
        return false;
    const QString u = QString::fromUtf8(url).trimmed().toLower();
    static const QStringList schemes = {u"javascript:"_s, u"vbscript:"_s, u"file:"_s, u"data:"_s};
    for (const QString &s : schemes) {
        if (u.startsWith(s))
            return true;
    }
    return false;
}

/*!
 * Rewrites \a root in place (see blocks()). Returns the headings it took out of the tree: their
 * inline children, now in bold paragraphs, still point into the headings' text buffers, so the
 * caller frees them only after rendering.
 */
QList<cmark_node *> neutralise(cmark_node *root)
{
    QList<cmark_node *> found;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING:
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            found << n;
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);

    QList<cmark_node *> detached;
    for (cmark_node *n : std::as_const(found)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING: {
            // A heading inside a note would change the document's outline: keep it as bold text.
            cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node *strong = cmark_node_new(CMARK_NODE_STRONG);
            while (cmark_node *child = cmark_node_first_child(n))
                cmark_node_append_child(strong, child);
            if (cmark_node_first_child(strong)) {
                cmark_node_append_child(para, strong);
                cmark_node_replace(n, para);
            } else {
                cmark_node_free(strong);
                cmark_node_free(para);
                cmark_node_unlink(n);
            }
            detached << n;
            break;
        }
        case CMARK_NODE_HTML_BLOCK: {
            cmark_node *block = cmark_node_new(CMARK_NODE_CODE_BLOCK);
            cmark_node_set_literal(block, cmark_node_get_literal(n));
            cmark_node_set_fence_info(block, "html");
            cmark_node_replace(n, block);
            cmark_node_free(n);
            break;
        }
        case CMARK_NODE_HTML_INLINE: {
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, cmark_node_get_literal(n));
            cmark_node_replace(n, text);
            cmark_node_free(n);
            break;
        }
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            if (dangerousUrl(cmark_node_get_url(n)))
                cmark_node_set_url(n, "");
            break;
        default:
            break;
        }
    }
    return detached;
}

} // namespace

QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\u2028' || c == u'\u2029') {
            out += u'\n';
        } else if (c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control) {
            out += c;
        }
    }
    return out;
}

QString inlineText(const QString &text, qsizetype maxLength)
{
    return escapeLine(truncated(collapseWhitespace(cleanText(text)), maxLength));
}

QString multilineText(const QString &text, const QString &continuationIndent)
{
    QStringList lines;
    for (const QString &line : cleanText(text).split(u'\n')) {
        const QString escaped = escapeLine(collapseWhitespace(line));
        if (!escaped.isEmpty())
            lines << escaped;
    }
    // A backslash before the newline is a hard line break.
    return lines.join(u"\\\n"_s + continuationIndent);
}

QString code(const QString &text)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_.:/-]+$"_s);
    if (plain.match(text).hasMatch())
        return u'`' + text + u'`';
    return inlineText(text);
}

QString blocks(const QString &markdown)
{
    const QString clean = cleanText(markdown);
    if (clean.trimmed().isEmpty())
        return {};
    MarkdownDocument doc(clean);
    const QList<cmark_node *> detached = neutralise(doc.root());
    QString out = doc.toCommonMark();
    for (cmark_node *n : detached)
        cmark_node_free(n);
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

QString indented(const QString &block, const QString &prefix)
{
    QStringList lines = block.split(u'\n');
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.prepend(prefix);
    }
    return lines.join(u'\n');
}

QString linkTarget(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/-_.~"));
}

} // namespace mlsd::md
