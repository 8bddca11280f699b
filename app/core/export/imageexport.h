#pragma once

#include "export/diagramrenderer.h"
#include "model/design.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

/*!
 * \file imageexport.h
 * The diagram (diagramrenderer.h) as an image file: SVG through QSvgGenerator with the labels kept
 * as text, PNG at a scale factor (2 for HiDPI screens), PDF through QPdfWriter fitted to an A4 page
 * (landscape when the diagram is wide). Needs a QGuiApplication (fonts), never a display.
 */

namespace mlsd {

class Catalog;

enum class ImageFormat { Svg, Png, Pdf };

/// Bounds on a PNG: a larger diagram is drawn at a smaller scale (and ImageResult::warning says
/// so).
namespace imagelimits {
inline constexpr int maxPngSide = 16384;
inline constexpr qint64 maxPngPixels = 64'000'000;
inline constexpr double minScale = 0.1;
inline constexpr double maxScale = 8;
} // namespace imagelimits

struct ImageOptions
{
    DiagramTheme theme = DiagramTheme::Light;
    double scale = 1; ///< PNG only: device pixels per diagram unit
};

struct ImageResult
{
    QByteArray data;
    QSize pixelSize; ///< the PNG's size, or the SVG's width and height
    int pages = 0;   ///< PDF: pages written
    QString warning; ///< e.g. the PNG was scaled down to stay within imagelimits
    QString error;   ///< set when nothing could be rendered
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// The format named by the extension of \a path (.svg, .png, .pdf; any case), if any.
[[nodiscard]] std::optional<ImageFormat> imageFormatForPath(const QString &path);
/// Parses a format id ("svg", "png", "pdf").
[[nodiscard]] std::optional<ImageFormat> imageFormatFromId(const QString &id);
/// "svg", "png" or "pdf".
[[nodiscard]] QString imageFormatId(ImageFormat format);

/// Parses a theme id ("light", "dark"); an empty id is light.
[[nodiscard]] std::optional<DiagramTheme> diagramThemeFromId(const QString &id);
/// Parses a PNG scale factor within imagelimits (e.g. "2", "1.5").
[[nodiscard]] std::optional<double> imageScaleFromText(const QString &text);

/// Renders the diagram of \a design in \a format.
[[nodiscard]] ImageResult renderImage(const Design &design, const Catalog &catalog,
                                      ImageFormat format, const ImageOptions &options = {});

/*!
 * What the PDF export's page looks like, as an image about \a longSide pixels on its long side:
 * the same A4 page, orientation, margins and fitting (for a preview; a PDF has no rasteriser here).
 */
[[nodiscard]] QImage pdfPagePreview(const Design &design, const Catalog &catalog,
                                    const ImageOptions &options, int longSide);

/*!
 * The diagram as an `<svg>` element (UTF-8) to inline in HTML: no XML declaration, width and
 * height in pixels, every font with generic fallbacks.
 */
[[nodiscard]] QByteArray inlineSvg(const Design &design, const Catalog &catalog,
                                   DiagramTheme theme);

} // namespace mlsd
