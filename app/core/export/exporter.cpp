#include "export/exporter.h"

#include "check/checker.h"
#include "check/templates.h"
#include "export/htmlexport.h"
#include "export/markdownexport.h"
#include "export/mermaid.h"
#include "io/designwriter.h"
#include "model/catalog.h"

#include <QDir>
#include <QFileInfo>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxStemLength = 60;

ExportResult exportMermaid(const Design &design, const Catalog &catalog)
{
    ExportResult result;
    const MermaidChart chart = mermaidChart(design, catalog);
    const QString size
        = u"%1 components, %2 connections"_s.arg(design.components().size()).arg(chart.edges);
    if (chart.scope == MermaidChart::Scope::Omitted) {
        result.error = u"the design (%1) is too large for a Mermaid chart, even one of its zones; "
                       "export it as markdown or html"_s.arg(size);
        return result;
    }
    if (chart.scope == MermaidChart::Scope::Zones)
        result.warnings << u"the design (%1) is too large for one Mermaid chart (at most %2 "
                           "connections and %3 characters); the chart shows its zones only"_s.arg(
                               size, QString::number(mermaidlimits::maxEdges),
                               QString::number(mermaidlimits::maxTextSize));
    result.data = chart.text.toUtf8();
    return result;
}

ExportResult exportImage(const Design &design, const Catalog &catalog, ImageFormat format,
                         const ImageOptions &options)
{
    const ImageResult image = renderImage(design, catalog, format, options);
    ExportResult result;
    result.error = image.error;
    if (!image.ok())
        return result;
    result.data = image.data;
    result.pixelSize = image.pixelSize;
    result.pages = image.pages;
    if (!image.warning.isEmpty())
        result.warnings << image.warning;
    return result;
}

/// Every format with its id and the alias accepted on input; the first column is what ids print.
struct FormatName
{
    ExportFormat format;
    QLatin1StringView id;
    QLatin1StringView alias;
};
constexpr FormatName formatNames[] = {
    {ExportFormat::Markdown, QLatin1StringView("markdown"), QLatin1StringView("md")},
    {ExportFormat::Html, QLatin1StringView("html"), {}},
    {ExportFormat::Mermaid, QLatin1StringView("mermaid"), QLatin1StringView("mmd")},
    {ExportFormat::Svg, QLatin1StringView("svg"), {}},
    {ExportFormat::Png, QLatin1StringView("png"), {}},
    {ExportFormat::Pdf, QLatin1StringView("pdf"), {}},
};

} // namespace

std::optional<ExportFormat> exportFormatFromId(const QString &id)
{
    const QString s = id.toLower();
    for (const FormatName &name : formatNames)
        if (s == name.id || (!name.alias.isEmpty() && s == name.alias))
            return name.format;
    return std::nullopt;
}

QString exportFormatId(ExportFormat format)
{
    for (const FormatName &name : formatNames)
        if (name.format == format)
            return name.id;
    return u"markdown"_s;
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Mermaid:
        return u"mmd"_s;
    default:
        return exportFormatId(format);
    }
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"htm"_s)
        return ExportFormat::Html;
    return suffix.isEmpty() ? std::nullopt : exportFormatFromId(suffix);
}

std::optional<ImageFormat> imageFormatOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Svg:
        return ImageFormat::Svg;
    case ExportFormat::Png:
        return ImageFormat::Png;
    case ExportFormat::Pdf:
        return ImageFormat::Pdf;
    default:
        return std::nullopt;
    }
}

ExportResult exportDesign(const Design &design, const Catalog &catalog, const Report *report,
                          const ExportOptions &options)
{
    if (const auto image = imageFormatOf(options.format))
        return exportImage(design, catalog, *image, options.image);
    switch (options.format) {
    case ExportFormat::Mermaid:
        return exportMermaid(design, catalog);
    case ExportFormat::Html: {
        ExportResult result;
        result.data = exportHtml(design, catalog, report);
        return result;
    }
    default:
        break;
    }
    ExportResult result;
    MarkdownOptions markdownOptions;
    if (options.companionImage) {
        const ImageResult image
            = renderImage(design, catalog, *options.companionImage, options.image);
        if (!image.ok()) {
            result.error = image.error;
            return result;
        }
        if (!image.warning.isEmpty())
            result.warnings << image.warning;
        result.companionData = image.data;
        markdownOptions.imagePath = options.companionName;
    }
    result.data = exportMarkdown(design, catalog, report, markdownOptions).toUtf8();
    return result;
}

ExportCheck checkForExport(const Design &design, const TemplateRegistry &registry,
                           const Catalog &catalog, const QString &templateOverride)
{
    ExportCheck check;
    const QString id = templateOverride.isEmpty() ? design.templateId : templateOverride;
    if (id.isEmpty())
        return check;
    const Template *tmpl = registry.find(id);
    if (!tmpl) {
        const QString known = registry.ids().join(u", "_s);
        if (!templateOverride.isEmpty())
            check.error = u"unknown template \"%1\" (templates: %2)"_s.arg(id, known);
        else
            check.warning = u"template \"%1\" is not installed, so the export is not checked "
                            "(templates: %2)"_s.arg(id, known);
        return check;
    }
    check.report = checkDesign(design, *tmpl, catalog);
    return check;
}

QString fileStemForTitle(const QString &title)
{
    QString stem;
    bool dash = false;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber()) {
            if (dash && !stem.isEmpty())
                stem += u'-';
            stem += c.toLower();
            dash = false;
        } else if (!c.isMark()) {
            dash = true;
        }
        if (stem.size() >= maxStemLength)
            break;
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem.isEmpty() ? u"design"_s : stem;
}

QString defaultExportPath(const QString &designPath, const QString &title, ExportFormat format,
                          const QString &fallbackFolder)
{
    const QString suffix = u'.' + exportFormatSuffix(format);
    if (!designPath.isEmpty()) {
        const QFileInfo info(designPath);
        return info.dir().filePath(info.completeBaseName() + suffix);
    }
    const QString folder = fallbackFolder.isEmpty() ? QDir::currentPath() : fallbackFolder;
    return QDir(folder).filePath(fileStemForTitle(title) + suffix);
}

QString writeExport(const QString &path, const ExportResult &result, const QString &companionName)
{
    if (!result.companionData.isEmpty() && !companionName.isEmpty()) {
        const QString imagePath = QFileInfo(path).dir().filePath(companionName);
        const SaveResult saved = writeFileAtomically(imagePath, result.companionData, false);
        if (!saved.ok)
            return saved.error;
    }
    const SaveResult saved = writeFileAtomically(path, result.data, false);
    return saved.ok ? QString() : saved.error;
}

} // namespace mlsd
