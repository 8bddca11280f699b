#include "clicommon.h"
#include "verbs.h"

#include "catalog.h"
#include "checker.h"
#include "htmlexport.h"
#include "imageexport.h"
#include "markdownexport.h"
#include "mermaid.h"
#include "templates.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

enum class Format { Markdown, Html, Mermaid };

std::optional<Format> formatFromId(const QString &id)
{
    if (id == u"markdown"_s || id == u"md"_s)
        return Format::Markdown;
    if (id == u"html"_s)
        return Format::Html;
    if (id == u"mermaid"_s || id == u"mmd"_s)
        return Format::Mermaid;
    return std::nullopt;
}

Format formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"mmd"_s || suffix == u"mermaid"_s)
        return Format::Mermaid;
    return Format::Markdown;
}

/// Reads --theme and --scale into \a options; prints the error.
bool parseImageOptions(const QCommandLineParser &parser, const QString &verb, ImageOptions *options)
{
    const auto theme = diagramThemeFromId(parser.value(u"theme"_s));
    if (!theme) {
        err(u"mlsdboard %1: unknown theme '%2' (expected light or dark)\n"_s.arg(verb, parser.value(u"theme"_s)));
        return false;
    }
    options->theme = *theme;
    if (parser.isSet(u"scale"_s)) {
        const auto scale = imageScaleFromText(parser.value(u"scale"_s));
        if (!scale) {
            err(u"mlsdboard %1: --scale takes a number from %2 to %3, found '%4'\n"_s.arg(
                verb, QString::number(imagelimits::minScale), QString::number(imagelimits::maxScale),
                parser.value(u"scale"_s)));
            return false;
        }
        options->scale = *scale;
    }
    return true;
}

/*!
 * The framework check of \a design against \a templateOverride or the design's own template.
 * Without a template, or with a design template that is not installed (a warning), there is no
 * report and the export says why. An unknown --template is a usage error (\a bad set).
 */
std::optional<Report> checkFor(const Design &design, const QString &templateOverride,
                               const QString &path, bool *bad)
{
    const TemplateRegistry &registry = TemplateRegistry::builtin();
    for (const Diagnostic &d : registry.loadErrors())
        err(d.toString() + u" (template skipped)\n"_s);
    const QString id = templateOverride.isEmpty() ? design.templateId : templateOverride;
    if (id.isEmpty())
        return std::nullopt;
    const Template *tmpl = registry.find(id);
    if (!tmpl) {
        const QString known = registry.ids().join(u", "_s);
        if (!templateOverride.isEmpty()) {
            err(u"mlsdboard export: unknown template \"%1\" (templates: %2)\n"_s.arg(id, known));
            *bad = true;
        } else {
            err(u"%1: warning: template \"%2\" is not installed, so the export is not checked "
                "(templates: %3)\n"_s.arg(path, id, known));
        }
        return std::nullopt;
    }
    return checkDesign(design, *tmpl, Catalog::builtin());
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export a design as a Markdown document (GitHub-flavoured, with a Mermaid diagram), as one "
        "self-contained HTML file (the diagram inline as SVG), or as a bare Mermaid flowchart.\n\n"
        "Defaults: the format follows OUT's extension (.html/.htm: html, .mmd: mermaid, otherwise "
        "markdown); without -o the document goes to standard output. No image is written unless "
        "--image asks for one: then OUT is required and the image is written beside it with the same "
        "base name (design.md -> design.svg) and linked from the Markdown. The framework check "
        "uses the design's template unless --template names another."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The design file (.mlsd)."_s);
    parser.addOption({{u"o"_s, u"output"_s}, u"Write to OUT ('-' or none: standard output)."_s, u"OUT"_s});
    parser.addOption({u"format"_s, u"markdown, html or mermaid."_s, u"FORMAT"_s});
    parser.addOption({u"image"_s, u"svg, png, pdf or none (default none; Markdown only)."_s, u"IMAGE"_s});
    parser.addOption({u"template"_s, u"Check against template ID instead of the design's own."_s, u"ID"_s});
    parser.addOption({u"theme"_s, u"Image theme: light (default) or dark."_s, u"THEME"_s});
    parser.addOption({u"scale"_s, u"PNG image scale, 0.1 to 8 (default 1; 2 for HiDPI)."_s, u"N"_s});
    if (!parseArgs(parser, u"export"_s, args))
        return ExitBadInput;
    if (parser.isSet(u"help"_s)) {
        out(parser.helpText());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(u"usage: mlsdboard export FILE [-o OUT] [--format markdown|html|mermaid] "
            "[--image svg|png|pdf|none]\n"_s);
        return ExitBadInput;
    }
    const QString output = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : u"-"_s;
    Format format = output == u"-"_s ? Format::Markdown : formatForPath(output);
    if (parser.isSet(u"format"_s)) {
        const auto f = formatFromId(parser.value(u"format"_s));
        if (!f) {
            err(u"mlsdboard export: unknown format '%1' (expected markdown, html or mermaid)\n"_s
                    .arg(parser.value(u"format"_s)));
            return ExitBadInput;
        }
        format = *f;
    }
    std::optional<ImageFormat> image;
    const QString imageId = parser.value(u"image"_s);
    if (!imageId.isEmpty() && imageId != u"none"_s) {
        image = imageFormatFromId(imageId);
        if (!image) {
            err(u"mlsdboard export: unknown image format '%1' (expected svg, png, pdf or none)\n"_s.arg(imageId));
            return ExitBadInput;
        }
        if (format != Format::Markdown) {
            err(u"mlsdboard export: --image applies to Markdown only (HTML has the diagram inline)\n"_s);
            return ExitBadInput;
        }
        if (output == u"-"_s) {
            err(u"mlsdboard export: --image needs -o OUT: the image is written beside the Markdown\n"_s);
            return ExitBadInput;
        }
    }
    ImageOptions imageOptions;
    if (!parseImageOptions(parser, u"export"_s, &imageOptions))
        return ExitBadInput;
    if (parser.isSet(u"scale"_s) && image != ImageFormat::Png) {
        err(u"mlsdboard export: --scale applies to --image png only\n"_s);
        return ExitBadInput;
    }

    const auto design = loadForCli(files.front());
    if (!design)
        return ExitBadInput;
    const Catalog &catalog = Catalog::builtin();
    bool badTemplate = false;
    const std::optional<Report> report = checkFor(*design, parser.value(u"template"_s), files.front(), &badTemplate);
    if (badTemplate)
        return ExitBadInput;
    const Report *reportPtr = report ? &*report : nullptr;

    QByteArray text;
    switch (format) {
    case Format::Mermaid: {
        const MermaidChart chart = mermaidChart(*design, catalog);
        const QString size = u"%1 components, %2 connections"_s.arg(design->components().size()).arg(chart.edges);
        if (chart.scope == MermaidChart::Scope::Omitted) {
            err(u"%1: the design (%2) is too large for a Mermaid chart, even one of its zones; "
                "export it as markdown or html\n"_s.arg(files.front(), size));
            return ExitBadInput;
        }
        if (chart.scope == MermaidChart::Scope::Zones)
            err(u"%1: warning: the design (%2) is too large for one Mermaid chart (at most %3 "
                "connections and %4 characters); the chart shows its zones only\n"_s
                    .arg(files.front(), size, QString::number(mermaidlimits::maxEdges),
                         QString::number(mermaidlimits::maxTextSize)));
        text = chart.text.toUtf8();
        break;
    }
    case Format::Html:
        text = exportHtml(*design, catalog, reportPtr);
        break;
    case Format::Markdown: {
        MarkdownOptions options;
        if (image) {
            const QFileInfo out(output);
            const QString name = out.completeBaseName() + u'.' + imageFormatId(*image);
            const QString imagePath = out.dir().filePath(name);
            const ImageResult rendered = renderImage(*design, catalog, *image, imageOptions);
            if (!rendered.ok()) {
                err(u"%1: %2\n"_s.arg(imagePath, rendered.error));
                return ExitBadInput;
            }
            if (!rendered.warning.isEmpty())
                err(u"%1: warning: %2\n"_s.arg(imagePath, rendered.warning));
            if (!writeOutput(imagePath, rendered.data))
                return ExitBadInput;
            options.imagePath = name;
        }
        text = exportMarkdown(*design, catalog, reportPtr, options).toUtf8();
        break;
    }
    }
    return writeOutput(output, text) ? ExitOk : ExitBadInput;
}

const VerbRegistration registration(
    {"export", runExport, true, "export FILE [-o OUT] [--format F] [--image I]",
     "export as Markdown + Mermaid, HTML or Mermaid", 30});

} // namespace

} // namespace mlsd::cli
