#pragma once

#include <QString>

/*!
 * \file markdowntext.h
 * Escaping helpers for writing Markdown that user text cannot break: inline text (headings,
 * table cells, list items), code spans, and user Markdown blocks (notes, brief sections) that keep
 * their formatting but can no longer open headings, leave a fence open, or carry raw HTML.
 */

namespace mlsd::md {

/*!
 * \a text as one line of literal inline Markdown: whitespace runs (newlines included) become one
 * space, control characters go, and every character that Markdown, GFM (tables, strikethrough,
 * autolinks in angle brackets), HTML or GitHub math could read as syntax is backslash-escaped.
 * Safe in headings, list items and table cells. \a maxLength (0: none) truncates with "…".
 */
[[nodiscard]] QString inlineText(const QString &text, qsizetype maxLength = 0);

/*!
 * \a text as literal Markdown that keeps its line breaks (hard breaks), for a list item or a
 * paragraph: each line escaped as inlineText() does, lines after the first prefixed with
 * \a continuationIndent so they stay inside the list item.
 */
[[nodiscard]] QString multilineText(const QString &text, const QString &continuationIndent);

/// \a text in a code span when it is a plain identifier (letters, digits, `_ . - / :`), otherwise
/// escaped inline text. Never produces a `|` or a backtick run from the text.
[[nodiscard]] QString code(const QString &text);

/*!
 * User Markdown made safe to embed as blocks of a larger document: parsed with cmark-gfm and
 * written back with headings turned into bold paragraphs, raw HTML turned into literal text
 * (inline) or `html` code blocks (blocks), dangerous link targets (javascript:, vbscript:, file:,
 * data:) emptied, every code fence closed, link references resolved. Emphasis, lists, tables, code,
 * links and task lists are kept. Returns no trailing newline; empty for blank input.
 */
[[nodiscard]] QString blocks(const QString &markdown);

/// Every non-empty line of \a block prefixed with \a prefix (blank lines stay empty).
[[nodiscard]] QString indented(const QString &block, const QString &prefix);

/// \a text with CR LF and CR turned into LF, control characters (but LF and tab) removed.
[[nodiscard]] QString cleanText(const QString &text);

/// Percent-encodes \a path for a Markdown link target (keeps `/ - _ . ~`).
[[nodiscard]] QString linkTarget(const QString &path);

} // namespace mlsd::md
