#include "check/templates.h"
#include "clicommon.h"
#include "verbs.h"

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

int runTemplates(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"List the framework templates: the built-in ones and those in %1."_s.arg(
            TemplateRegistry::userDirectory()));
    if (!parseArgs(parser, u"templates"_s, args))
        return ExitBadInput;
    if (!parser.positionalArguments().isEmpty()) {
        err(u"mlsdboard templates: takes no arguments\n"_s);
        return ExitBadInput;
    }
    const TemplateRegistry &registry = TemplateRegistry::builtin();
    for (const Diagnostic &d : registry.loadErrors())
        err(d.toString() + u" (template skipped)\n"_s);
    const QList<const Template *> templates = registry.templates();
    if (templates.isEmpty()) {
        out(u"No templates installed.\n"_s);
        return ExitOk;
    }
    // One line per template, the id first, so scripts (and shell completion) can take column 1.
    QString text;
    for (const Template *t : templates)
        text += u"%1 %2 — %3\n"_s.arg(t->id, -20).arg(t->name, t->description);
    out(text);
    return ExitOk;
}

const VerbRegistration registration({"templates", runTemplates, false, "templates",
                                     "list the framework templates", 81});

} // namespace

} // namespace mlsd::cli
