#include "clicommon.h"
#include "verbs.h"

#include "export/exporter.h"
#include "model/catalog.h"

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Draw the diagram of a design as it looks on the canvas. The format follows OUT's "
        "extension: .svg (labels kept as text), .png (--scale 2 for HiDPI screens; at most 16384 "
        "pixels a side and 64 megapixels, a larger diagram is drawn smaller with a warning) or "
        ".pdf "
        "(one A4 page, landscape when the diagram is wide)."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The design file (.mlsd)."_s);
    parser.addOption(
        {{u"o"_s, u"output"_s}, u"The image to write: OUT.svg, OUT.png or OUT.pdf."_s, u"OUT"_s});
    parser.addOption({u"scale"_s, u"PNG scale, 0.1 to 8 (default 1)."_s, u"N"_s});
    parser.addOption({u"theme"_s, u"light (default) or dark."_s, u"THEME"_s});
    if (!parseArgs(parser, u"render"_s, args))
        return ExitBadInput;
    if (parser.isSet(u"help"_s)) {
        out(parser.helpText());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(u"output"_s)) {
        err(u"usage: mlsdboard render FILE -o OUT.svg|OUT.png|OUT.pdf [--scale N] [--theme light|dark]\n"_s);
        return ExitBadInput;
    }
    const QString output = parser.value(u"output"_s);
    std::optional<ExportFormat> format = exportFormatForPath(output);
    if (format && !imageFormatOf(*format))
        format.reset();
    if (!format) {
        err(u"mlsdboard render: cannot tell the image format of '%1' (use .svg, .png or .pdf)\n"_s
                .arg(output));
        return ExitBadInput;
    }
    ExportOptions options;
    options.format = *format;
    if (!parseImageOptions(parser, u"render"_s, &options.image))
        return ExitBadInput;
    if (parser.isSet(u"scale"_s) && *format != ExportFormat::Png) {
        err(u"mlsdboard render: --scale applies to PNG only (SVG and PDF are vector images)\n"_s);
        return ExitBadInput;
    }
    const auto design = loadForCli(files.front());
    if (!design)
        return ExitBadInput;
    const ExportResult result = exportDesign(*design, Catalog::builtin(), nullptr, options);
    if (!result.ok()) {
        err(u"%1: %2\n"_s.arg(output, result.error));
        return ExitBadInput;
    }
    for (const QString &warning : result.warnings)
        err(u"%1: warning: %2\n"_s.arg(output, warning));
    return writeOutput(output, result.data) ? ExitOk : ExitBadInput;
}

const VerbRegistration registration({"render", runRender, true, "render FILE -o OUT.svg|.png|.pdf",
                                     "draw the diagram as SVG, PNG or PDF", 31});

} // namespace

} // namespace mlsd::cli
