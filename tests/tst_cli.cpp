// The command line of the foundation: --version, --help, components, fmt, exit codes and located
// errors for hostile files, unknown commands, and a stderr that carries only our own messages.
// Runs the real binary.
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void unknownVerbIsAUsageError();
    void unknownCommandSaysSoAndExitsTwo_data();
    void unknownCommandSaysSoAndExitsTwo();
    void aFileArgumentStillOpensTheApp();
    void verbsPrintNothingButTheirOwnOnStderr();
    void componentsListsTheCatalog();
    void fmtKeepsUnknownKeysAndIsIdempotent();
    void fmtCheckReportsNonCanonicalFiles();
    void fmtWritesToStdout();
    void hostileFilesExitTwoWithALocatedMessage_data();
    void hostileFilesExitTwoWithALocatedMessage();
    void fmtRefusesToRewriteANewerVersion();
    void questionsListsAndShowsTheBank();
    void everyVerbExplainsItselfWithoutADisplay();
};

void TestCli::versionAndHelp()
{
    const test::Run v = test::runCli({u"--version"_s});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("mlsdboard "));
    const test::Run h = test::runCli({u"--help"_s});
    QCOMPARE(h.exitCode, 0);
    for (const char *verb : {"fmt", "components", "templates"})
        QVERIFY2(h.out.contains(QByteArray("\n  ") + verb), verb);
    const test::Run fh = test::runCli({u"fmt"_s, u"--help"_s});
    QCOMPARE(fh.exitCode, 0);
    QVERIFY(fh.out.contains("--check"));
}

void TestCli::unknownVerbIsAUsageError()
{
    const test::Run r = test::runCli({u"--frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray("mlsdboard: unknown option '--frobnicate'\n"
                               "Run 'mlsdboard --help' for the commands and options.\n"));
    QVERIFY(r.out.isEmpty());
    const test::Run r2 = test::runCli({u"fmt"_s});
    QCOMPARE(r2.exitCode, 2);
    QVERIFY(r2.err.contains("usage: mlsdboard fmt FILE"));
    const test::Run r3 = test::runCli({u"fmt"_s, u"--bogus"_s, u"x.mlsd"_s});
    QCOMPARE(r3.exitCode, 2);
    QVERIFY(r3.err.contains("mlsdboard fmt: Unknown option 'bogus'"));
}

void TestCli::unknownCommandSaysSoAndExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("firstLine");
    QTest::newRow("alone") << QStringList{u"frobnicate"_s}
                           << QByteArray("mlsdboard: unknown command 'frobnicate'");
    QTest::newRow("asking for its help") << QStringList{u"frobnicate"_s, u"--help"_s}
                                         << QByteArray("mlsdboard: unknown command 'frobnicate'");
    QTest::newRow("with a file") << QStringList{u"frobnicate"_s, u"design.mlsd"_s}
                                 << QByteArray("mlsdboard: unknown command 'frobnicate'");
    QTest::newRow("a typo") << QStringList{u"chek"_s, u"design.mlsd"_s}
                            << QByteArray("mlsdboard: unknown command 'chek' (did you mean "
                                          "'check'?)");
    QTest::newRow("capitalised") << QStringList{u"Templates"_s}
                                 << QByteArray("mlsdboard: unknown command 'Templates' (did you "
                                               "mean 'templates'?)");
}

void TestCli::unknownCommandSaysSoAndExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, firstLine);
    QTemporaryDir dir; // nothing named like the command in the working directory
    QVERIFY(dir.isValid());
    const test::Run r = test::runCli(args, 60000, dir.path());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, firstLine + "\nRun 'mlsdboard --help' for the commands and options.\n");
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // not the general help
}

void TestCli::aFileArgumentStillOpensTheApp()
{
    // The app's own --help (it ends the process before any window) shows which way the arguments
    // went: an existing file opens the app even when its name could be a command, and so does
    // anything that looks like a path.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(test::writeFile(dir.filePath(u"frobnicate"_s),
                            test::readFile(test::sourcePath(u"tests/data/basic/design.mlsd"_s))));
    for (const QString &file : {u"frobnicate"_s, u"missing.mlsd"_s, u"sub/design"_s}) {
        const test::Run r = test::runCli({file, u"--help"_s}, 60000, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("A design to open."), qPrintable(file));
        QVERIFY2(!r.err.contains("unknown command"), qPrintable(file));
    }
}

namespace {

/// The verbs the top-level help lists.
QStringList listedVerbs()
{
    const test::Run h = test::runCli({u"--help"_s});
    QStringList verbs;
    bool inVerbs = false;
    for (const QByteArray &line : h.out.split('\n')) {
        if (line == "verbs:") {
            inVerbs = true;
        } else if (inVerbs && line.startsWith("  ")) {
            verbs << QString::fromUtf8(line.trimmed().split(' ').value(0));
        } else if (inVerbs) {
            break;
        }
    }
    return verbs;
}

/// The environment of a CI job or an ssh session: no display, no session (no XDG_RUNTIME_DIR),
/// no USER, nothing that quiets Qt, \a tmp as the temporary folder and \a data as the user's
/// data folder (no user templates).
QProcessEnvironment sessionlessEnvironment(const QString &tmp, const QString &data)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s,
                                u"XDG_RUNTIME_DIR"_s, u"USER"_s, u"QT_LOGGING_RULES"_s})
        env.remove(name);
    env.insert(u"TMPDIR"_s, tmp);
    env.insert(u"XDG_DATA_HOME"_s, data);
    return env;
}

} // namespace

void TestCli::verbsPrintNothingButTheirOwnOnStderr()
{
    // Every verb's ordinary run, by name: a verb added later fails here until it is listed.
    // bench-canvas is left out: it opens a window and needs a display (it is quiet under Xvfb).
    const QString example = test::sourcePath(u"resources/examples/homepage-recommendations.mlsd"_s);
    const QString withFindings
        = test::sourcePath(u"tests/data/check-rec-missing-filtering/design.mlsd"_s);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const auto at = [&](const char *name) {
        return out.filePath(QString::fromLatin1(name));
    };
    QVERIFY(QFile::copy(example, at("copy.mlsd")));
    const QList<std::pair<QStringList, int>> runs = {
        {{u"check"_s, example}, 0},
        {{u"check"_s, withFindings, u"--format"_s, u"json"_s}, 1},
        {{u"export"_s, example}, 0},
        {{u"export"_s, example, u"-o"_s, at("e.html")}, 0},
        {{u"export"_s, example, u"-o"_s, at("e.md"), u"--image"_s, u"png"_s}, 0},
        {{u"render"_s, example, u"-o"_s, at("r.svg")}, 0},
        {{u"render"_s, example, u"-o"_s, at("r.png")}, 0},
        {{u"render"_s, example, u"-o"_s, at("r.pdf")}, 0},
        {{u"new"_s, u"--template"_s, u"recommendation"_s, u"-o"_s, at("n.mlsd")}, 0},
        {{u"fmt"_s, at("copy.mlsd")}, 0},
        {{u"fmt"_s, u"--check"_s, at("copy.mlsd")}, 0},
        {{u"components"_s}, 0},
        {{u"templates"_s}, 0},
        {{u"questions"_s}, 0},
        {{u"questions"_s, u"kb-qa"_s}, 0},
        {{u"generate"_s, u"--components"_s, u"50"_s, u"-o"_s, at("g.mlsd")}, 0},
    };
    QStringList covered{u"bench-canvas"_s};
    for (const auto &run : runs)
        covered << run.first.front();
    const QStringList verbs = listedVerbs();
    QVERIFY(verbs.size() >= 9);
    for (const QString &verb : verbs)
        QVERIFY2(covered.contains(verb), qPrintable(u"no ordinary run of "_s + verb));

    // Qt's start-up of the verbs that draw looks for a runtime folder. The shared fallbacks in
    // the temporary folder are taken (by files here; by another user's folders on a shared
    // machine): a verb must neither warn about that nor leave a folder behind.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    for (const char *taken : {"runtime-mlsdboard", "runtime-root"})
        QVERIFY(test::writeFile(tmp.filePath(QString::fromLatin1(taken)), "not a folder\n"));
    const QProcessEnvironment env = sessionlessEnvironment(tmp.path(), out.filePath(u"data"_s));
    for (const auto &[args, exitCode] : runs) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(qEnvironmentVariable("MLSD_BINARY"), args);
        const QString name = args.join(u' ');
        QVERIFY2(p.waitForFinished(60000), qPrintable(name));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.isEmpty(), qPrintable(name + u": "_s + QString::fromUtf8(err)));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == exitCode,
                 qPrintable(name));
    }
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{u"runtime-mlsdboard"_s, u"runtime-root"_s}));
}

void TestCli::componentsListsTheCatalog()
{
    const test::Run r = test::runCli({u"components"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("27 component types"));
    QVERIFY(r.out.contains("candidate_retrieval"));
    QVERIFY(r.out.contains("Retrieval and ranking"));
    QVERIFY(r.err.isEmpty());
}

void TestCli::fmtKeepsUnknownKeysAndIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.mlsd"_s);
    QVERIFY(
        test::writeFile(path, R"({"components":[{"id":"a","type":"ranking","x_custom":{"k":[1,2]}}],
        "version":1,"format":"mlsd-board","x_top":"kept","brief":{"task":"t","x_b":null}})"));
    const test::Run first = test::runCli({u"fmt"_s, path});
    QCOMPARE(first.exitCode, 0);
    const QByteArray once = test::readFile(path);
    for (const char *key : {"\"x_custom\"", "\"x_top\": \"kept\"", "\"x_b\": null"})
        QVERIFY2(once.contains(key), key);
    const test::Run second = test::runCli({u"fmt"_s, path});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(test::readFile(path), once);
    QCOMPARE(test::runCli({u"fmt"_s, u"--check"_s, path}).exitCode, 0);
}

void TestCli::fmtCheckReportsNonCanonicalFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.mlsd"_s);
    const QByteArray compact = R"({"format":"mlsd-board","version":1,"components":[]})";
    QVERIFY(test::writeFile(path, compact));
    const test::Run r = test::runCli({u"fmt"_s, u"--check"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("not in canonical form"));
    QCOMPARE(test::readFile(path), compact); // --check never writes
}

void TestCli::fmtWritesToStdout()
{
    const QString basic = test::sourcePath(u"tests/data/basic/design.mlsd"_s);
    const test::Run r = test::runCli({u"fmt"_s, basic, u"-o"_s, u"-"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, test::readFile(basic));
}

void TestCli::hostileFilesExitTwoWithALocatedMessage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("200k-deep array") << QByteArray(200000, '[') + QByteArray(200000, ']')
                                     << QByteArray("h.mlsd:1:65: nesting deeper than 64 levels");
    QTest::newRow("2 MB label")
        << R"({"format":"mlsd-board","version":1,"components":[{"id":"a","type":"ranking","label":")"
               + QByteArray(2 * 1024 * 1024, 'x') + "\"}]}"
        << QByteArray("h.mlsd: /components/0/label: text of 2097152 characters; the limit is 1000");
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02garbage", 10)
                                 << QByteArray("h.mlsd:1:1: syntax error in value");
    QTest::newRow("wrong type")
        << QByteArray(R"({"format":"mlsd-board","version":1,"components":[{"id":"a","type":5}]})")
        << QByteArray("h.mlsd: /components/0/type: expected a string, found a number");
    QTest::newRow("invalid utf-8")
        << QByteArray(
               "{\"format\":\"mlsd-board\",\"version\":1,\"title\":\"\xc3\x28\",\"components\":[]}")
        << QByteArray("h.mlsd:1:46: syntax error in value - invalid string: ill-formed UTF-8 byte");
}

void TestCli::hostileFilesExitTwoWithALocatedMessage()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    QVERIFY(test::writeFile(dir.filePath(u"h.mlsd"_s), data));
    const test::Run r = test::runCli({u"fmt"_s, u"h.mlsd"_s}, 60000, dir.path());
    QVERIFY(!r.timedOut);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(expected), r.err.constData());
    QCOMPARE(test::readFile(dir.filePath(u"h.mlsd"_s)), data);
}

void TestCli::fmtRefusesToRewriteANewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"n.mlsd"_s);
    const QByteArray newer = R"({"format":"mlsd-board","version":9,"components":[]})";
    QVERIFY(test::writeFile(path, newer));
    const test::Run r = test::runCli({u"fmt"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("format version 9"));
    QCOMPARE(test::readFile(path), newer);
}

void TestCli::questionsListsAndShowsTheBank()
{
    const test::Run list = test::runCli({u"questions"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("kb-qa"));
    QVERIFY(list.out.contains("search-qa"));
    const test::Run one = test::runCli({u"questions"_s, u"kb-qa"_s});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains("Clarifying questions:"));
    QVERIFY(one.out.contains("content restriction policy"));
    const test::Run missing = test::runCli({u"questions"_s, u"nope"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no question has the id \"nope\""));
}

void TestCli::everyVerbExplainsItselfWithoutADisplay()
{
    // The verbs come from the top-level help, so a verb added later is covered too.
    const QStringList verbs = listedVerbs();
    QVERIFY2(verbs.contains(u"bench-canvas"_s), qPrintable(verbs.join(u' '))); // opens a window
    QVERIFY(verbs.size() >= 9);

    QTemporaryDir tmp, data;
    QVERIFY(tmp.isValid() && data.isValid());
    const QProcessEnvironment env = sessionlessEnvironment(tmp.path(), data.path());
    for (const QString &verb : std::as_const(verbs)) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(qEnvironmentVariable("MLSD_BINARY"), {verb, u"--help"_s});
        QVERIFY2(p.waitForFinished(30000), qPrintable(verb));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(verb + u": "_s + QString::fromUtf8(err)));
        QVERIFY2(err.isEmpty(), qPrintable(verb + u": "_s + QString::fromUtf8(err)));
        QVERIFY2(p.readAllStandardOutput().startsWith("Usage: mlsdboard " + verb.toUtf8()),
                 qPrintable(verb));
    }
    // --help ends the process early: the runtime folder of the verbs that draw goes too.
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
