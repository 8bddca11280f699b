#pragma once

#include "check/checkreport.h"
#include "model/design.h"

#include <QByteArray>
#include <QString>

/*!
 * \file htmlexport.h
 * The Markdown export (markdownexport.h) rendered by cmark-gfm into one self-contained HTML file:
 * the diagram inline as SVG (a light and a dark drawing, chosen by `prefers-color-scheme`) where
 * the Markdown has its Mermaid block, CSS for light and dark, no script, and a
 * Content-Security-Policy that forbids scripts. Raw HTML from user text never passes (cmark-gfm
 * safe mode, on top of the Markdown export's own escaping). Needs a QGuiApplication (the diagram's
 * fonts).
 */

namespace mlsd {

class Catalog;

/*!
 * The HTML document of \a design (UTF-8); \a report as for exportMarkdown(). Above a few
 * megabytes of SVG, only the light drawing is included (shown in both colour schemes).
 */
[[nodiscard]] QByteArray exportHtml(const Design &design, const Catalog &catalog,
                                    const Report *report);

/*!
 * The HTML export as Qt's RichText can show it (the app's preview): the same Markdown through
 * markdown::richTextFromHtml(), with \a diagramHtml (e.g. an `<img>` of the rendered diagram)
 * where the HTML file has its inline SVG. \a diagramHtml is inserted as given.
 */
[[nodiscard]] QString htmlPreviewRichText(const Design &design, const Catalog &catalog,
                                          const Report *report, const QString &diagramHtml);

} // namespace mlsd
