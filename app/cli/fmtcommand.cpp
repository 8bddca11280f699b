#include "clicommon.h"
#include "io/designwriter.h"
#include "verbs.h"

#include <QFile>

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

int runFmt(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Rewrite a design in the canonical form (migrating older versions, keeping unknown keys)."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The design file (.mlsd)."_s);
    parser.addOption(
        {{u"o"_s, u"output"_s}, u"Write to OUT instead of FILE ('-' for stdout)."_s, u"OUT"_s});
    parser.addOption({u"check"_s, u"Do not write; exit 1 when FILE is not canonical."_s});
    if (!parseArgs(parser, u"fmt"_s, args))
        return ExitBadInput;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(u"usage: mlsdboard fmt FILE [-o OUT] [--check]\n"_s);
        return ExitBadInput;
    }
    const QString path = files.front();
    LoadResult result;
    const auto design = loadForCli(path, &result);
    if (!design)
        return ExitBadInput;
    if (result.readOnly) {
        err(u"%1: not rewritten: %2\n"_s.arg(path, result.readOnlyReason));
        return ExitBadInput;
    }
    const QByteArray canonical = serializeDesign(*design);
    QFile f(path);
    const QByteArray current = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();

    if (parser.isSet(u"check"_s)) {
        if (current == canonical)
            return ExitOk;
        err(u"%1: not in canonical form (run: mlsdboard fmt %1)\n"_s.arg(path));
        return ExitFindings;
    }
    const QString output = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : path;
    if (output == path && current == canonical)
        return ExitOk;
    return writeOutput(output, canonical) ? ExitOk : ExitBadInput;
}

const VerbRegistration registration({"fmt", runFmt, false, "fmt FILE [-o OUT] [--check]",
                                     "rewrite a design in canonical form", 50});

} // namespace

} // namespace mlsd::cli
