#pragma once

#include "check/checkreport.h"
#include "export/imageexport.h"
#include "model/design.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

/*!
 * \file exporter.h
 * One export of a design in any of its formats (Markdown with Mermaid, HTML, a bare Mermaid
 * flowchart, SVG, PNG, PDF), the framework check that goes with it, the file name it gets and the
 * atomic write. Shared by the `export` and `render` verbs and the app's export dialog, so the
 * three give the same bytes and the same messages. Needs a QGuiApplication (fonts), never a window.
 */

namespace mlsd {

class Catalog;
class TemplateRegistry;

enum class ExportFormat { Markdown, Html, Mermaid, Svg, Png, Pdf };

/// Parses a format id: markdown (md), html, mermaid (mmd), svg, png, pdf.
[[nodiscard]] std::optional<ExportFormat> exportFormatFromId(const QString &id);
/// "markdown", "html", "mermaid", "svg", "png" or "pdf".
[[nodiscard]] QString exportFormatId(ExportFormat format);
/// The file suffix of \a format, without the dot: md, html, mmd, svg, png, pdf.
[[nodiscard]] QString exportFormatSuffix(ExportFormat format);
/// The format named by the extension of \a path (.md/.markdown, .html/.htm, .mmd/.mermaid, .svg,
/// .png, .pdf; any case), if any.
[[nodiscard]] std::optional<ExportFormat> exportFormatForPath(const QString &path);
/// The image format of an image export (SVG, PNG, PDF); nothing for the text formats.
[[nodiscard]] std::optional<ImageFormat> imageFormatOf(ExportFormat format);

struct ExportOptions
{
    ExportFormat format = ExportFormat::Markdown;
    /// Theme and PNG scale of an image export, or of the Markdown's companion image.
    ImageOptions image;
    /// Markdown only: the diagram is also rendered in this format, to be written beside the
    /// document as companionName and linked from it.
    std::optional<ImageFormat> companionImage;
    QString companionName;
};

struct ExportResult
{
    QByteArray data;          ///< the document or the image
    QByteArray companionData; ///< the Markdown's companion image (ExportOptions::companionImage)
    QSize pixelSize;          ///< images: the PNG's pixels, or the SVG's width and height
    int pages = 0;            ///< PDF: pages written
    QStringList warnings;     ///< e.g. the Mermaid chart shows zones only; no file name in them
    QString error;            ///< set when nothing could be exported; no file name in it
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/*!
 * Exports \a design as \a options ask. \a report is its framework check (nullptr: not checked;
 * the documents say why). Deterministic for the text formats and SVG.
 */
[[nodiscard]] ExportResult exportDesign(const Design &design, const Catalog &catalog,
                                        const Report *report, const ExportOptions &options);

/// The framework check that goes into an export.
struct ExportCheck
{
    std::optional<Report> report; ///< nothing: not checked (no template, or not installed)
    QString warning; ///< the design's template is not installed, so the export is not checked
    QString error;   ///< \a templateOverride names no installed template
};

/*!
 * Checks \a design against \a templateOverride, or its own template when that is empty. No
 * template: no report and no message (the export says the design was not checked).
 */
[[nodiscard]] ExportCheck checkForExport(const Design &design, const TemplateRegistry &registry,
                                         const Catalog &catalog,
                                         const QString &templateOverride = {});

/*!
 * Where an export goes by default: beside the design file with the format's suffix
 * (`designs/feed.mlsd` → `designs/feed.md`), or, for a design never saved, in \a fallbackFolder
 * under a name made from \a title ("Homepage video recs" → `homepage-video-recs.md`).
 */
[[nodiscard]] QString defaultExportPath(const QString &designPath, const QString &title,
                                        ExportFormat format, const QString &fallbackFolder);

/// A file name stem made from \a title: lower case, words joined by '-', at most 60 characters;
/// "design" when nothing is left.
[[nodiscard]] QString fileStemForTitle(const QString &title);

/*!
 * Writes \a result to \a path atomically, and its companion image (if any) beside it under
 * \a companionName first. Returns the error ("" on success), naming the file.
 */
[[nodiscard]] QString writeExport(const QString &path, const ExportResult &result,
                                  const QString &companionName = {});

} // namespace mlsd
