#include "cli.h"

#include "clicommon.h"
#include "model/catalog.h"
#include "verbs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

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

/*!
 * True when \a arg reads as a command rather than a file to open: a word with no '/' and no '.'
 * that names nothing on disk. An existing path opens the app, and so does anything that looks like
 * a path (`missing.mlsd`: the app then says it cannot open it); `mlsdboard frobnicate` is a typo of
 * a verb and an error, not a window with an error in it.
 */
bool looksLikeCommand(const char *arg)
{
    if (arg[0] == '\0' || std::strchr(arg, '/') || std::strchr(arg, '.'))
        return false;
    return !QFileInfo::exists(QString::fromLocal8Bit(arg));
}

/// Levenshtein distance between two short strings.
qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// The verb \a given is most likely a typo of (at most two edits away, case aside), or "".
QString nearestVerb(const QString &given)
{
    QString best;
    qsizetype bestDistance = 3;
    for (const Verb &v : registeredVerbs()) {
        const QString name = QString::fromUtf8(v.name);
        const qsizetype d = editDistance(given.toLower(), name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return best;
}

/*!
 * Gives a verb that starts a QGuiApplication a runtime directory when the environment has none
 * (CI, ssh, cron). Qt's GUI start-up looks XDG_RUNTIME_DIR up; without it Qt warns on stderr and
 * falls back to a shared `/tmp/runtime-<user>`, which may belong to another user or be no folder
 * at all (more warnings). The verb gets a private one instead: a fresh folder that mkdtemp()
 * creates with mode 0700 and this user as its owner, which is what Qt checks, removed when the
 * process ends (a static, so that std::exit() after --help removes it too).
 */
void providePrivateRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    static QTemporaryDir runtime(QDir::tempPath() + u"/mlsdboard-runtime-XXXXXX"_s);
    if (runtime.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
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
    return findVerb(a) || std::strcmp(a, "help") == 0 || (a[0] == '-' && a[1] != '\0')
           || looksLikeCommand(a);
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
        providePrivateRuntimeDir();
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
        const QString given = QString::fromLocal8Bit(name);
        if (name[0] == '-') {
            err(u"mlsdboard: unknown option '%1'\n"_s.arg(given));
        } else {
            const QString near = nearestVerb(given);
            err(u"mlsdboard: unknown command '%1'%2\n"_s.arg(
                given, near.isEmpty() ? QString() : u" (did you mean '%1'?)"_s.arg(near)));
        }
        err(u"Run 'mlsdboard --help' for the commands and options.\n"_s);
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
