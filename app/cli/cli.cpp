#include "cli.h"

#include "clicommon.h"
#include "model/catalog.h"
#include "verbs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

QList<Verb> &verbTable()
{
    static QList<Verb> table;
    return table;
}

std::optional<Verb> findVerb(const char *name)
{
    for (const Verb &v : verbTable()) {
        if (std::strcmp(v.name, name) == 0)
            return v;
    }
    return std::nullopt;
}

const VerbRegistration componentsVerb({"components", runComponents, false, "components",
                                       "list the component catalog", 80});

QString helpText()
{
    QString text = u"MLSD Board %1 — a whiteboard for machine-learning system design.\n\n"
                   "usage: mlsdboard [FILE]            open the app (on FILE)\n"
                   "       mlsdboard VERB [ARGS...]    run a command headless\n\n"
                   "verbs:\n"_s.arg(QLatin1StringView(MLSD_VERSION));
    for (const Verb &v : registeredVerbs())
        text += u"  %1  %2\n"_s.arg(QString::fromUtf8(v.synopsis), -44)
                    .arg(QString::fromUtf8(v.summary));
    text += u"\nExit codes: 0 success, 1 findings (check) or not canonical (fmt --check), "
            "2 bad input or usage.\nRun 'mlsdboard VERB --help' for a verb's options.\n"_s;
    return text;
}

} // namespace

VerbRegistration::VerbRegistration(const Verb &verb)
{
    verbTable().append(verb);
}

QList<Verb> registeredVerbs()
{
    QList<Verb> verbs = verbTable();
    std::stable_sort(verbs.begin(), verbs.end(),
                     [](const Verb &a, const Verb &b) { return a.order < b.order; });
    return verbs;
}

bool isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *a = argv[1];
    return findVerb(a) || std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0
           || std::strcmp(a, "help") == 0 || std::strcmp(a, "--version") == 0
           || std::strcmp(a, "-v") == 0 || (a[0] == '-' && a[1] != '\0');
}

int run(int argc, char **argv)
{
    const char *name = argv[1];
    const std::optional<Verb> verb = findVerb(name);
    std::unique_ptr<QCoreApplication> app;
    if (verb && verb->needsGui) {
        // Fonts and QPainter need a GUI application, never a display (unless the verb shows a
        // window).
        // Asking a window verb for its help shows no window: it must work without a display too.
        bool onlyHelp = false;
        for (int i = 2; i < argc; ++i)
            onlyHelp = onlyHelp || std::strcmp(argv[i], "--help") == 0
                       || std::strcmp(argv[i], "-h") == 0;
        if ((!verb->opensWindow || onlyHelp) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (CI, ssh) Qt warns on stderr and falls back to /tmp/runtime-$USER;
        // use that folder quietly so that stderr carries only our own messages.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime
                = QDir::tempPath() + u"/runtime-"_s + qEnvironmentVariable("USER", u"mlsdboard"_s);
            if (QDir().mkpath(runtime)) {
                QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                   | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
            }
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"mlsdboard"_s);
    QCoreApplication::setOrganizationName(u"mlsdboard"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(MLSD_VERSION));

    if (!verb) {
        if (std::strcmp(name, "--version") == 0 || std::strcmp(name, "-v") == 0) {
            out(u"mlsdboard %1\n"_s.arg(QLatin1StringView(MLSD_VERSION)));
            return ExitOk;
        }
        if (std::strcmp(name, "--help") == 0 || std::strcmp(name, "-h") == 0
            || std::strcmp(name, "help") == 0) {
            out(helpText());
            return ExitOk;
        }
        err(u"mlsdboard: unknown option or verb '%1'\n\n"_s.arg(QString::fromLocal8Bit(name))
            + helpText());
        return ExitBadInput;
    }
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return verb->run(args);
}

int runComponents(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the component types of the catalog."_s);
    if (!parseArgs(parser, u"components"_s, args))
        return ExitBadInput;
    if (!parser.positionalArguments().isEmpty()) {
        err(u"mlsdboard components: takes no arguments\n"_s);
        return ExitBadInput;
    }
    const Catalog &catalog = Catalog::builtin();
    QString text;
    for (const ComponentCategory &category : Catalog::categories()) {
        QString block;
        for (const ComponentType &t : catalog.types()) {
            if (t.category == category.id)
                block += u"  %1 %2 %3\n"_s.arg(t.id, -24).arg(t.name, -26).arg(t.description);
        }
        if (!block.isEmpty())
            text += category.name + u'\n' + block + u'\n';
    }
    text += u"%1 component types\n"_s.arg(catalog.types().size());
    out(text);
    return ExitOk;
}

} // namespace mlsd::cli
