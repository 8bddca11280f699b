#pragma once

#include <QString>

#include <functional>

struct cmark_node;
struct cmark_parser;
struct _cmark_llist;

/*!
 * \file markdownrenderer.h
 * The cmark-gfm wrapper: GitHub-flavoured Markdown (tables, strikethrough, autolinks, task lists)
 * parsed into a syntax tree and rendered to safe HTML. Raw HTML in the input never reaches the
 * output (cmark's safe mode: raw HTML is omitted, `javascript:`-like links are emptied).
 */

namespace mlsd {

/*!
 * A parsed Markdown document (owns the cmark parser and tree). The tree may be changed through
 * root() before rendering; nodes must come from the cmark API.
 */
class MarkdownDocument
{
public:
    /// Parses \a markdown with the GFM extensions attached.
    explicit MarkdownDocument(const QString &markdown, int cmarkOptions = 0);
    ~MarkdownDocument();
    MarkdownDocument(const MarkdownDocument &) = delete;
    MarkdownDocument &operator=(const MarkdownDocument &) = delete;

    [[nodiscard]] cmark_node *root() const { return m_root; }
    /// The syntax extensions attached to the parser (for cmark_render_html).
    [[nodiscard]] _cmark_llist *extensions() const;

    /// Safe HTML (raw HTML omitted, dangerous URLs emptied).
    [[nodiscard]] QString toHtml() const;
    /// The tree written back as CommonMark + GFM (no line wrapping).
    [[nodiscard]] QString toCommonMark() const;

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
};

namespace markdown {

/// \a markdown rendered to safe HTML (GFM: tables, strikethrough, autolinks, task lists).
[[nodiscard]] QString toHtml(const QString &markdown);

/*!
 * \a markdown rendered to the HTML subset Qt's RichText shows (the notes preview): strikethrough
 * as `<s>`, task-list boxes as ☐ / ☑ text (RichText drops `<input>`), tables with a grid; safe like
 * toHtml().
 */
[[nodiscard]] QString toRichText(const QString &markdown);

/// The HTML of MarkdownDocument::toHtml() rewritten for RichText as toRichText() does.
[[nodiscard]] QString richTextFromHtml(QString html);

/// Text content of \a node and its descendants (code, text, line breaks as spaces).
[[nodiscard]] QString plainText(cmark_node *node);

/// Calls \a visit for \a root and each of its descendants, parents first (document order).
void forEachNode(cmark_node *root, const std::function<void(cmark_node *)> &visit);

} // namespace markdown
} // namespace mlsd
