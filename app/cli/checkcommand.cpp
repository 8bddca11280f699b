#include "check/checker.h"
#include "check/reportformat.h"
#include "check/templates.h"
#include "clicommon.h"
#include "model/catalog.h"
#include "verbs.h"

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

const char usage[] = "usage: mlsdboard check FILE [--template ID] [--format text|json]\n";

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Check a design against a framework template. Exit 0: no errors; 1: errors found; "
        "2: bad input or usage."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The design file (.mlsd)."_s);
    parser.addOption(
        {u"template"_s, u"The template (default: the file's \"template\")."_s, u"ID"_s});
    parser.addOption({u"format"_s, u"text (default) or json."_s, u"FORMAT"_s, u"text"_s});
    if (!parseArgs(parser, u"check"_s, args))
        return ExitBadInput;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err(QString::fromLatin1(usage));
        return ExitBadInput;
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s) {
        err(u"mlsdboard check: unknown format \"%1\" (text or json)\n"_s.arg(format));
        return ExitBadInput;
    }
    const TemplateRegistry &registry = TemplateRegistry::builtin();
    for (const Diagnostic &d : registry.loadErrors())
        err(d.toString() + u" (template skipped)\n"_s);
    const QString known = registry.ids().join(u", "_s);

    const QString path = files.front();
    const std::optional<Design> design = loadForCli(path);
    if (!design)
        return ExitBadInput;
    const QString id
        = parser.isSet(u"template"_s) ? parser.value(u"template"_s) : design->templateId;
    if (id.isEmpty()) {
        err(u"%1: the design names no template; pick one with --template ID or set \"template\" in "
            "the file (templates: %2)\n"_s.arg(path, known));
        err(QString::fromLatin1(usage));
        return ExitBadInput;
    }
    const Template *tmpl = registry.find(id);
    if (!tmpl) {
        err(u"%1: unknown template \"%2\" (templates: %3)\n"_s.arg(path, id, known));
        return ExitBadInput;
    }
    const Report report = checkDesign(*design, *tmpl, Catalog::builtin());
    if (format == u"json"_s)
        outBytes(reportToJson(report));
    else
        out(reportToText(report, path));
    return report.errors > 0 ? ExitFindings : ExitOk;
}

const VerbRegistration registration({"check", runCheck, false,
                                     "check FILE [--template ID] [--format text|json]",
                                     "check a design against a framework template", 10});

} // namespace

} // namespace mlsd::cli
