// The command line of the foundation: --version, --help, components, fmt, exit codes and located
// errors for hostile files. Runs the real binary.
#include "testutil.h"

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
    QVERIFY(r.err.contains("unknown option or verb '--frobnicate'"));
    const test::Run r2 = test::runCli({u"fmt"_s});
    QCOMPARE(r2.exitCode, 2);
    QVERIFY(r2.err.contains("usage: mlsdboard fmt FILE"));
    const test::Run r3 = test::runCli({u"fmt"_s, u"--bogus"_s, u"x.mlsd"_s});
    QCOMPARE(r3.exitCode, 2);
    QVERIFY(r3.err.contains("mlsdboard fmt: Unknown option 'bogus'"));
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
    QVERIFY2(verbs.contains(u"bench-canvas"_s), h.out.constData()); // a verb that opens a window
    QVERIFY(verbs.size() >= 9);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    for (const QString &verb : std::as_const(verbs)) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(qEnvironmentVariable("MLSD_BINARY"), {verb, u"--help"_s});
        QVERIFY2(p.waitForFinished(30000), qPrintable(verb));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(verb + u": "_s + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(p.readAllStandardOutput().startsWith("Usage: mlsdboard " + verb.toUtf8()),
                 qPrintable(verb));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
