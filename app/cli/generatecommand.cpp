#include "clicommon.h"
#include "io/designwriter.h"
#include "model/designgenerator.h"
#include "verbs.h"

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write a large synthetic design (pipelines of real component types on a grid, zones, "
        u"about "
        "1.5 connections per component, annotations on a third) for benchmarks and tests."_s);
    parser.addOption({u"components"_s, u"Number of components (0 to 1000000)."_s, u"N"_s});
    parser.addOption(
        {u"seed"_s, u"Random seed (same seed, same file; default 1)."_s, u"S"_s, u"1"_s});
    parser.addOption(
        {{u"o"_s, u"output"_s}, u"Where to write the design ('-' for stdout)."_s, u"FILE"_s});
    if (!parseArgs(parser, u"generate"_s, args))
        return ExitBadInput;
    const QString usage = u"usage: mlsdboard generate --components N [--seed S] -o FILE\n"_s;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(u"components"_s)
        || !parser.isSet(u"output"_s)) {
        err(usage);
        return ExitBadInput;
    }
    bool ok = false;
    const int components = parser.value(u"components"_s).toInt(&ok);
    if (!ok || components < 0 || components > int(limits::maxComponents)) {
        err(u"mlsdboard generate: --components must be a whole number from 0 to %1\n"_s.arg(
            limits::maxComponents));
        return ExitBadInput;
    }
    const uint seed = parser.value(u"seed"_s).toUInt(&ok);
    if (!ok) {
        err(u"mlsdboard generate: --seed must be a whole number from 0 to 4294967295\n"_s);
        return ExitBadInput;
    }
    const Design design = generateSyntheticDesign({components, seed});
    return writeOutput(parser.value(u"output"_s), serializeDesign(design)) ? ExitOk : ExitBadInput;
}

const VerbRegistration registration({"generate", runGenerate, false,
                                     "generate --components N [--seed S] -o FILE",
                                     "write a large synthetic design (benchmarks)", 90});

} // namespace

} // namespace mlsd::cli
