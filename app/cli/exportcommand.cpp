#include "clicommon.h"
#include "verbs.h"

#include "check/templates.h"
#include "export/exporter.h"
#include "model/catalog.h"

#include <QDir>
#include <QFileInfo>

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

/// The text format of the export verb named by \a path's extension (Markdown by default).
ExportFormat formatForPath(const QString &path)
{
    const auto format = exportFormatForPath(path);
    return format && !imageFormatOf(*format) ? *format : ExportFormat::Markdown;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Export a design as a Markdown document (GitHub-flavoured, with a Mermaid diagram), as "
        u"one "
        "self-contained HTML file (the diagram inline as SVG), or as a bare Mermaid flowchart.\n\n"
        "Defaults: the format follows OUT's extension (.html/.htm: html, .mmd: mermaid, otherwise "
        "markdown); without -o the document goes to standard output. No image is written unless "
        "--image asks for one: then OUT is required and the image is written beside it with the "
        "same "
        "base name (design.md -> design.svg) and linked from the Markdown. The framework check "
        "uses the design's template unless --template names another."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The design file (.mlsd)."_s);
    parser.addOption(
        {{u"o"_s, u"output"_s}, u"Write to OUT ('-' or none: standard output)."_s, u"OUT"_s});
    parser.addOption({u"format"_s, u"markdown, html or mermaid."_s, u"FORMAT"_s});
    parser.addOption(
        {u"image"_s, u"svg, png, pdf or none (default none; Markdown only)."_s, u"IMAGE"_s});
    parser.addOption(
        {u"template"_s, u"Check against template ID instead of the design's own."_s, u"ID"_s});
    parser.addOption({u"theme"_s, u"Image theme: light (default) or dark."_s, u"THEME"_s});
    parser.addOption(
        {u"scale"_s, u"PNG image scale, 0.1 to 8 (default 1; 2 for HiDPI)."_s, u"N"_s});
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
    ExportOptions options;
    options.format = output == u"-"_s ? ExportFormat::Markdown : formatForPath(output);
    if (parser.isSet(u"format"_s)) {
        const auto f = exportFormatFromId(parser.value(u"format"_s));
        if (!f || imageFormatOf(*f)) {
            err(u"mlsdboard export: unknown format '%1' (expected markdown, html or mermaid)\n"_s
                    .arg(parser.value(u"format"_s)));
            return ExitBadInput;
        }
        options.format = *f;
    }
    const QString imageId = parser.value(u"image"_s);
    if (!imageId.isEmpty() && imageId != u"none"_s) {
        options.companionImage = imageFormatFromId(imageId);
        if (!options.companionImage) {
            err(u"mlsdboard export: unknown image format '%1' (expected svg, png, pdf or none)\n"_s
                    .arg(imageId));
            return ExitBadInput;
        }
        if (options.format != ExportFormat::Markdown) {
            err(u"mlsdboard export: --image applies to Markdown only (HTML has the diagram inline)\n"_s);
            return ExitBadInput;
        }
        if (output == u"-"_s) {
            err(u"mlsdboard export: --image needs -o OUT: the image is written beside the Markdown\n"_s);
            return ExitBadInput;
        }
        options.companionName
            = QFileInfo(output).completeBaseName() + u'.' + imageFormatId(*options.companionImage);
    }
    if (!parseImageOptions(parser, u"export"_s, &options.image))
        return ExitBadInput;
    if (parser.isSet(u"scale"_s) && options.companionImage != ImageFormat::Png) {
        err(u"mlsdboard export: --scale applies to --image png only\n"_s);
        return ExitBadInput;
    }

    const QString file = files.front();
    const auto design = loadForCli(file);
    if (!design)
        return ExitBadInput;
    const Catalog &catalog = Catalog::builtin();
    const TemplateRegistry &registry = TemplateRegistry::builtin();
    for (const Diagnostic &d : registry.loadErrors())
        err(d.toString() + u" (template skipped)\n"_s);
    const ExportCheck check
        = checkForExport(*design, registry, catalog, parser.value(u"template"_s));
    if (!check.error.isEmpty()) {
        err(u"mlsdboard export: %1\n"_s.arg(check.error));
        return ExitBadInput;
    }
    if (!check.warning.isEmpty())
        err(u"%1: warning: %2\n"_s.arg(file, check.warning));

    const ExportResult result
        = exportDesign(*design, catalog, check.report ? &*check.report : nullptr, options);
    // Messages about the companion image name the image; the others name the design.
    const QString subject
        = options.companionImage ? QFileInfo(output).dir().filePath(options.companionName) : file;
    if (!result.ok()) {
        err(u"%1: %2\n"_s.arg(subject, result.error));
        return ExitBadInput;
    }
    for (const QString &warning : result.warnings)
        err(u"%1: warning: %2\n"_s.arg(subject, warning));
    if (output == u"-"_s)
        return writeOutput(output, result.data) ? ExitOk : ExitBadInput;
    const QString error = writeExport(output, result, options.companionName);
    if (!error.isEmpty()) {
        err(error + u'\n');
        return ExitBadInput;
    }
    return ExitOk;
}

const VerbRegistration registration({"export", runExport, true,
                                     "export FILE [-o OUT] [--format F] [--image I]",
                                     "export as Markdown + Mermaid, HTML or Mermaid", 30});

} // namespace

} // namespace mlsd::cli
