#include "export/imageexport.h"

#include "model/catalog.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

constexpr int svgResolution = 96; ///< 1 diagram unit = 1 CSS pixel

QSize ceilSize(const QSizeF &s)
{
    return {std::max(1, int(std::ceil(s.width()))), std::max(1, int(std::ceil(s.height())))};
}

/// QSvgGenerator's output, cleaned: sizes in px (not mm) and fonts with generic fallbacks.
QByteArray svgDocument(const Design &design, const DiagramRenderer &renderer)
{
    const QRectF scene = renderer.sceneRect();
    const QSize size = ceilSize(scene.size());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(svgResolution);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
    // QSvgGenerator writes the title as given: escape it, or a title could inject markup.
    const QString title = design.title.simplified();
    generator.setTitle((title.isEmpty() ? u"Untitled design"_s : title).toHtmlEscaped());
    generator.setDescription(u"Architecture diagram exported by MLSD Board"_s);
    {
        QPainter painter(&generator);
        painter.translate(-scene.topLeft());
        renderer.paint(&painter);
    }
    // Work on the bytes: a large design's SVG is tens of megabytes.
    QByteArray svg = buffer.data();
    const qsizetype root = svg.indexOf("<svg width=\"");
    const qsizetype height = root < 0 ? -1 : svg.indexOf("height=\"", root);
    const qsizetype heightEnd = height < 0 ? -1 : svg.indexOf('"', height + 8);
    if (heightEnd > 0) {
        svg.replace(root, heightEnd + 1 - root,
                    "<svg width=\"" + QByteArray::number(size.width()) + "\" height=\""
                        + QByteArray::number(size.height()) + '"');
    }
    // The labels were measured with DejaVu Sans; Verdana is as wide, the rest narrower.
    svg.replace("font-family=\"DejaVu Sans\"",
                "font-family=\"DejaVu Sans, Verdana, Arial, Helvetica, sans-serif\"");
    return svg;
}

ImageResult renderSvg(const Design &design, const Catalog &catalog, const ImageOptions &options)
{
    const DiagramRenderer renderer(design, catalog, options.theme);
    ImageResult result;
    result.data = svgDocument(design, renderer);
    result.pixelSize = ceilSize(renderer.sceneRect().size());
    return result;
}

ImageResult renderPng(const Design &design, const Catalog &catalog, const ImageOptions &options)
{
    ImageResult result;
    const DiagramRenderer renderer(design, catalog, options.theme);
    const QRectF scene = renderer.sceneRect();
    double scale = std::clamp(options.scale, imagelimits::minScale, imagelimits::maxScale);
    const double fit = std::min(
        {imagelimits::maxPngSide / scene.width(), imagelimits::maxPngSide / scene.height(),
         std::sqrt(double(imagelimits::maxPngPixels) / (scene.width() * scene.height()))});
    if (fit < scale) {
        result.warning
            = u"the diagram is %1 \u00d7 %2 units; a PNG is limited to %3 pixels a side and "
              "%4 megapixels, so it was drawn at scale %5 instead of %6 (use SVG or PDF for "
              "full detail)"_s.arg(qRound64(scene.width()))
                  .arg(qRound64(scene.height()))
                  .arg(imagelimits::maxPngSide)
                  .arg(imagelimits::maxPngPixels / 1'000'000)
                  .arg(fit, 0, 'g', 3)
                  .arg(scale, 0, 'g', 3);
        scale = fit;
    }
    const QSize size(
        std::clamp(int(std::ceil(scene.width() * scale)), 1, imagelimits::maxPngSide),
        std::clamp(int(std::ceil(scene.height() * scale)), 1, imagelimits::maxPngSide));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        result.error
            = u"not enough memory for a %1 \u00d7 %2 PNG"_s.arg(size.width()).arg(size.height());
        return result;
    }
    const int dotsPerMeter = qRound(svgResolution / 0.0254 * scale);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(renderer.palette().background);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        painter.translate(-scene.topLeft());
        renderer.paint(&painter);
    }
    QBuffer buffer(&result.data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        result.error = u"could not encode the PNG"_s;
        return result;
    }
    result.pixelSize = size;
    return result;
}

/// The A4 page of a PDF export of \a scene: landscape when the diagram is wide.
QPageLayout pdfPageLayout(const QRectF &scene)
{
    const auto orientation
        = scene.width() > scene.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

/*!
 * Paints the diagram on a page of \a layout at \a resolution (dots per inch). The painter's origin
 * is the top-left of the printable area, as QPdfWriter sets it.
 */
void paintPage(QPainter &painter, const DiagramRenderer &renderer, const QPageLayout &layout,
               int resolution)
{
    const QRectF scene = renderer.sceneRect();
    const QRect page = layout.paintRectPixels(resolution);
    const double s = std::min(page.width() / scene.width(), page.height() / scene.height());
    // A dark PDF is dark to the page's edge; a light one keeps the paper white.
    const bool dark = renderer.palette().dark;
    if (dark) {
        const QRect full = layout.fullRectPixels(resolution);
        painter.fillRect(QRect(-page.topLeft(), full.size()), renderer.palette().background);
    }
    painter.translate((page.width() - scene.width() * s) / 2,
                      (page.height() - scene.height() * s) / 2);
    painter.scale(s, s);
    painter.translate(-scene.topLeft());
    renderer.paint(&painter, dark);
}

ImageResult renderPdf(const Design &design, const Catalog &catalog, const ImageOptions &options)
{
    ImageResult result;
    const DiagramRenderer renderer(design, catalog, options.theme);
    QBuffer buffer(&result.data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(design.title.trimmed().isEmpty() ? u"Untitled design"_s : design.title);
        writer.setCreator(u"MLSD Board"_s);
        writer.setResolution(300);
        writer.setPageLayout(pdfPageLayout(renderer.sceneRect()));
        QPainter painter(&writer);
        paintPage(painter, renderer, writer.pageLayout(), writer.resolution());
    }
    result.pages = 1;
    return result;
}

} // namespace

std::optional<ImageFormat> imageFormatFromId(const QString &id)
{
    const QString s = id.toLower();
    if (s == u"svg"_s)
        return ImageFormat::Svg;
    if (s == u"png"_s)
        return ImageFormat::Png;
    if (s == u"pdf"_s)
        return ImageFormat::Pdf;
    return std::nullopt;
}

std::optional<ImageFormat> imageFormatForPath(const QString &path)
{
    return imageFormatFromId(QFileInfo(path).suffix());
}

QString imageFormatId(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Svg:
        return u"svg"_s;
    case ImageFormat::Png:
        return u"png"_s;
    case ImageFormat::Pdf:
        return u"pdf"_s;
    }
    return u"svg"_s;
}

std::optional<DiagramTheme> diagramThemeFromId(const QString &id)
{
    if (id.isEmpty() || id == u"light"_s)
        return DiagramTheme::Light;
    if (id == u"dark"_s)
        return DiagramTheme::Dark;
    return std::nullopt;
}

std::optional<double> imageScaleFromText(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= imagelimits::minScale && value <= imagelimits::maxScale))
        return std::nullopt;
    return value;
}

ImageResult renderImage(const Design &design, const Catalog &catalog, ImageFormat format,
                        const ImageOptions &options)
{
    switch (format) {
    case ImageFormat::Svg:
        return renderSvg(design, catalog, options);
    case ImageFormat::Png:
        return renderPng(design, catalog, options);
    case ImageFormat::Pdf:
        return renderPdf(design, catalog, options);
    }
    return {};
}

QImage pdfPagePreview(const Design &design, const Catalog &catalog, const ImageOptions &options,
                      int longSide)
{
    const DiagramRenderer renderer(design, catalog, options.theme);
    const QPageLayout layout = pdfPageLayout(renderer.sceneRect());
    const QSizeF mm = layout.fullRect(QPageLayout::Millimeter).size();
    const double inches = std::max(mm.width(), mm.height()) / 25.4;
    const int resolution
        = std::max(1, qRound(std::clamp(longSide, 16, imagelimits::maxPngSide) / inches));
    QImage image(layout.fullRectPixels(resolution).size(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(layout.paintRectPixels(resolution).topLeft());
    paintPage(painter, renderer, layout, resolution);
    return image;
}

QByteArray inlineSvg(const Design &design, const Catalog &catalog, DiagramTheme theme)
{
    const DiagramRenderer renderer(design, catalog, theme);
    QByteArray svg = svgDocument(design, renderer);
    const qsizetype start = svg.indexOf("<svg");
    if (start > 0)
        svg.remove(0, start);
    return svg.trimmed();
}

} // namespace mlsd
