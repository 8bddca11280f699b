#include "check/starter.h"
#include "check/templates.h"
#include "clicommon.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "verbs.h"

#include <QFileInfo>

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

const char usage[] = "usage: mlsdboard new --template ID -o FILE [--force]\n";

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write a starter design: the template's stages laid out left to right in flow order, "
        "in zones, and wired."_s);
    parser.addOption({u"template"_s, u"The template (see: mlsdboard templates)."_s, u"ID"_s});
    parser.addOption({{u"o"_s, u"output"_s}, u"The file to write ('-' for stdout)."_s, u"FILE"_s});
    parser.addOption({u"force"_s, u"Overwrite FILE if it exists."_s});
    if (!parseArgs(parser, u"new"_s, args))
        return ExitBadInput;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(u"template"_s)
        || !parser.isSet(u"output"_s)) {
        err(QString::fromLatin1(usage));
        return ExitBadInput;
    }
    const TemplateRegistry &registry = TemplateRegistry::builtin();
    const QString id = parser.value(u"template"_s);
    const Template *tmpl = registry.find(id);
    if (!tmpl) {
        err(u"mlsdboard new: unknown template \"%1\" (templates: %2)\n"_s.arg(
            id, registry.ids().join(u", "_s)));
        return ExitBadInput;
    }
    const QString output = parser.value(u"output"_s);
    if (output != u"-"_s && QFileInfo::exists(output) && !parser.isSet(u"force"_s)) {
        err(u"%1: already exists (use --force to overwrite)\n"_s.arg(output));
        return ExitBadInput;
    }
    const Design design = starterDesign(*tmpl, Catalog::builtin());
    return writeOutput(output, serializeDesign(design)) ? ExitOk : ExitBadInput;
}

const VerbRegistration registration({"new", runNew, false, "new --template ID -o FILE [--force]",
                                     "write a starter design for a template", 40});

} // namespace

} // namespace mlsd::cli
