#include "clicommon.h"

#include "export/imageexport.h"
#include "io/designwriter.h"
#include "model/catalog.h"

#include <cstdio>
#include <cstdlib>

namespace mlsd::cli {

using namespace Qt::StringLiterals;

void out(const QString &text)
{
    outBytes(text.toUtf8());
}

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool parseArgs(QCommandLineParser &parser, const QString &verb, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    QStringList all = args;
    all.prepend(u"mlsdboard "_s + verb);
    if (!parser.parse(all)) {
        err(u"mlsdboard %1: %2\n"_s.arg(verb, parser.errorText()));
        err(u"Run 'mlsdboard %1 --help' for its options.\n"_s.arg(verb));
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        // Help is an answer, not an error: print it and end the process successfully.
        QStringList lines = parser.helpText().split(u'\n');
        if (!lines.isEmpty())
            lines.front() = u"Usage: mlsdboard %1 %2"_s.arg(verb, lines.front().section(u' ', 2));
        lines.removeIf(
            [](const QString &line) { return line.trimmed().startsWith(u"--help-all"_s); });
        out(lines.join(u'\n'));
        std::exit(ExitOk);
    }
    return true;
}

std::optional<Design> loadForCli(const QString &path, LoadResult *resultOut)
{
    LoadResult result = loadDesignFile(path, &Catalog::builtin());
    for (const Diagnostic &d : std::as_const(result.errors))
        err(d.toString() + u'\n');
    for (const Diagnostic &d : std::as_const(result.warnings))
        err(d.toString() + u'\n');
    std::optional<Design> design = result.design;
    if (resultOut)
        *resultOut = std::move(result);
    return design;
}

bool writeOutput(const QString &path, const QByteArray &data)
{
    if (path == u"-"_s) {
        outBytes(data);
        return true;
    }
    const SaveResult saved = writeFileAtomically(path, data, false);
    if (!saved.ok) {
        err(saved.error + u'\n');
        return false;
    }
    return true;
}

bool parseImageOptions(const QCommandLineParser &parser, const QString &verb, ImageOptions *options)
{
    const auto theme = diagramThemeFromId(parser.value(u"theme"_s));
    if (!theme) {
        err(u"mlsdboard %1: unknown theme '%2' (expected light or dark)\n"_s.arg(
            verb, parser.value(u"theme"_s)));
        return false;
    }
    options->theme = *theme;
    if (parser.isSet(u"scale"_s)) {
        const auto scale = imageScaleFromText(parser.value(u"scale"_s));
        if (!scale) {
            err(u"mlsdboard %1: --scale takes a number from %2 to %3, found '%4'\n"_s.arg(
                verb, QString::number(imagelimits::minScale),
                QString::number(imagelimits::maxScale), parser.value(u"scale"_s)));
            return false;
        }
        options->scale = *scale;
    }
    return true;
}

} // namespace mlsd::cli
