#include "export/markdowntext.h"

#include "export/markdownrenderer.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <cmark-gfm.h>

#include <algorithm>
#include <array>

namespace mlsd::md {

using namespace Qt::StringLiterals;

namespace {

/// Characters escaped wherever they stand: emphasis, code, links, HTML, entities, tables,
/// strikethrough, GitHub math, headings, backslash itself.
bool alwaysEscaped(QChar c)
{
    switch (c.unicode()) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '#':
    case '|':
    case '~':
    case '&':
    case '$':
    case '!':
        return true;
    default:
        return false;
    }
}

QString collapseWhitespace(const QString &text)
{
    // Most text has nothing to collapse: single spaces between words, none at the ends.
    bool unchanged = text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
    for (qsizetype i = 0; unchanged && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ')
            unchanged = text.at(i + 1) != u' '; // never the last character here
        else if (c.isSpace())
            unchanged = false;
    }
    if (unchanged)
        return text;
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

/// Whether \a line[i] is the ':' of "://" or the '.' of "www." (case-insensitive).
bool autolinkAt(const QString &line, qsizetype i)
{
    const QChar c = line.at(i);
    return (c == u':' && QStringView(line).mid(i + 1, 2) == u"//")
           || (c == u'.' && i >= 3
               && QStringView(line).mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0);
}

/// The length of a leading "1." or "12)" ordered-list marker's number (1 to 9 ASCII digits
/// followed by '.' or ')'), or 0.
qsizetype orderedMarkerDigits(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && n < 10 && line.at(n) >= u'0' && line.at(n) <= u'9')
        ++n;
    if (n == 0 || n > 9 || n >= line.size())
        return 0;
    return line.at(n) == u'.' || line.at(n) == u')' ? n : 0;
}

QString escapeLine(const QString &line)
{
    // GFM autolinks URLs ("scheme://", "www.") from the raw text, where a backslash escape
    // would show: escaping the ':' or the '.' keeps them plain text.
    // The first character to escape: a table lookup per character, a closer look at ':' and '.'.
    static const auto attention = [] {
        std::array<bool, 128> t{};
        for (char16_t c = 0; c < 128; ++c)
            t[c] = alwaysEscaped(QChar(c)) || c == u':' || c == u'.';
        return t;
    }();
    const auto *chars = reinterpret_cast<const char16_t *>(line.constData());
    qsizetype first = 0;
    for (; first < line.size(); ++first) {
        const char16_t c = chars[first];
        if (c < 128 && attention[c] && (alwaysEscaped(QChar(c)) || autolinkAt(line, first)))
            break;
    }
    QString out;
    if (first == line.size()) {
        out = line; // nothing to escape inside the line (the usual case): no copy
    } else {
        out.reserve(line.size() + line.size() / 4);
        out.append(QStringView(line).left(first));
        for (qsizetype i = first; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (alwaysEscaped(c) || autolinkAt(line, i))
                out += u'\\';
            out += c;
        }
    }
    // Block markers at the start of a line: list bullets, setext underlines, ordered lists.
    if (!out.isEmpty() && (out.at(0) == u'-' || out.at(0) == u'+' || out.at(0) == u'='))
        out.prepend(u'\\');
    if (const qsizetype digits = orderedMarkerDigits(out))
        out.insert(digits, u'\\');
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
    markdown::forEachNode(root, [&](cmark_node *n) {
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
    });

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
    // The control characters (Unicode category Cc) are U+0000-U+001F and U+007F-U+009F.
    const auto control = [](char16_t c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    };
    qsizetype first = 0; // the first character to change
    while (first < text.size()) {
        const char16_t c = text.at(first).unicode();
        if (c == u'\r' || c == u'\u2028' || c == u'\u2029'
            || (control(c) && c != u'\n' && c != u'\t'))
            break;
        ++first;
    }
    if (first == text.size())
        return text;
    QString out;
    out.reserve(text.size());
    out.append(QStringView(text).left(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\u2028' || c == u'\u2029') {
            out += u'\n';
        } else if (c == u'\n' || c == u'\t' || !control(c.unicode())) {
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
    // A plain identifier: what ^[A-Za-z0-9_.:/-]+$ matches (PCRE's $ also matches before a
    // final newline).
    const auto identifier = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
               || u == u'_' || u == u'.' || u == u':' || u == u'/' || u == u'-';
    };
    const qsizetype body = text.endsWith(u'\n') ? text.size() - 1 : text.size();
    if (body > 0 && std::all_of(text.cbegin(), text.cbegin() + body, identifier))
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
