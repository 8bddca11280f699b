// The `export` verb: formats, defaults, the image written beside the Markdown, and errors.
#include "testutil.h"

#include "io/designwriter.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

QString design(const QString &name)
{
    return test::sourcePath(u"tests/data/"_s + name + u"/design.mlsd"_s);
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void markdownToStdout();
    void formatFromExtension_data();
    void formatFromExtension();
    void imageBesideTheMarkdown_data();
    void imageBesideTheMarkdown();
    void mermaidOnly();
    void checksWithTheTemplate();
    void mermaidTooLarge();
    void help();
    void errors_data();
    void errors();
};

void TestExportCli::markdownToStdout()
{
    // Without a template, the CLI writes exactly the golden document.
    const test::Run run = test::runCli({u"export"_s, design(u"export-plain"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(test::readFile(test::sourcePath(
                                             u"tests/data/export-plain/expected.md"_s))));
}

void TestExportCli::formatFromExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("md") << u"out.md"_s << QStringList() << QByteArray("# Fraud scoring sketch\n");
    QTest::newRow("html") << u"out.html"_s << QStringList() << QByteArray("<!DOCTYPE html>");
    QTest::newRow("htm") << u"out.HTM"_s << QStringList() << QByteArray("<!DOCTYPE html>");
    QTest::newRow("mmd") << u"out.mmd"_s << QStringList() << QByteArray("flowchart LR\n");
    QTest::newRow("explicit wins")
        << u"out.txt"_s << QStringList{u"--format"_s, u"html"_s} << QByteArray("<!DOCTYPE html>");
    QTest::newRow("other is markdown") << u"out.txt"_s << QStringList() << QByteArray("# Fraud");
}

void TestExportCli::formatFromExtension()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    const test::Run run = test::runCli(
        QStringList{u"export"_s, design(u"export-plain"_s), u"-o"_s, dir.filePath(file)} + extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(test::readFile(dir.filePath(file)).startsWith(start));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no image unless asked
}

void TestExportCli::imageBesideTheMarkdown_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << u"svg"_s << QStringList()
                         << u"![Architecture diagram](my%20design.svg)"_s << QByteArray("<?xml");
    QTest::newRow("png 2x") << u"png"_s << QStringList{u"--scale"_s, u"2"_s}
                            << u"![Architecture diagram](my%20design.png)"_s
                            << QByteArray("\x89PNG");
    QTest::newRow("pdf dark") << u"pdf"_s << QStringList{u"--theme"_s, u"dark"_s}
                              << u"[Architecture diagram (PDF)](my%20design.pdf)"_s
                              << QByteArray("%PDF");
}

void TestExportCli::imageBesideTheMarkdown()
{
    QFETCH(QString, image);
    QFETCH(QStringList, extra);
    QFETCH(QString, link);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    const QString out = dir.filePath(u"docs/my design.md"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"docs"_s)));
    const test::Run run = test::runCli(
        QStringList{u"export"_s, design(u"export-recsys"_s), u"-o"_s, out, u"--image"_s, image}
        + extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString markdown = QString::fromUtf8(test::readFile(out));
    QVERIFY2(markdown.contains(u"\n"_s + link + u"\n"_s), qPrintable(markdown.left(2000)));
    QVERIFY(markdown.contains(u"```mermaid\n"_s));
    const QByteArray data = test::readFile(dir.filePath(u"docs/my design."_s + image));
    QVERIFY(data.startsWith(magic));
    if (image == u"png"_s) {
        const QImage png = QImage::fromData(data);
        QVERIFY(png.width() > 3000); // 2x of a ~1650-unit-wide diagram
    }
}

void TestExportCli::mermaidOnly()
{
    const test::Run run
        = test::runCli({u"export"_s, design(u"export-plain"_s), u"--format"_s, u"mermaid"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("flowchart LR\n  n0[(\"Card transactions<br/>Data source\")]\n"));
    QVERIFY(!run.out.contains("```"));
}

void TestExportCli::checksWithTheTemplate()
{
    // The design's own template, or --template: the document carries the framework check.
    const test::Run own = test::runCli({u"export"_s, design(u"export-recsys"_s)});
    QVERIFY2(own.exitCode == 0, own.err.constData());
    QVERIFY(own.out.contains("\n## Framework check\n\nChecked against **"));
    QVERIFY(own.out.contains("(`recommendation`)"));
    QVERIFY(own.out.contains("\n- [x] **"));
    const test::Run other = test::runCli(
        {u"export"_s, design(u"export-plain"_s), u"--template"_s, u"policy-enforcement"_s});
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QVERIFY(other.out.contains("(`policy-enforcement`)"));
    const test::Run unknown
        = test::runCli({u"export"_s, design(u"export-plain"_s), u"--template"_s, u"no-such"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown template \"no-such\""));
    // A template that is not installed is a warning; the document says it was not checked.
    QTemporaryDir dir;
    QByteArray text = test::readFile(design(u"export-plain"_s));
    text.replace("\"template\": \"\"", "\"template\": \"not-installed\"");
    QVERIFY(test::writeFile(dir.filePath(u"d.mlsd"_s), text));
    const test::Run missing = test::runCli({u"export"_s, dir.filePath(u"d.mlsd"_s)});
    QVERIFY2(missing.exitCode == 0, missing.err.constData());
    QVERIFY(missing.err.contains("warning: template \"not-installed\" is not installed"));
    QVERIFY(missing.out.contains("`not-installed` is not installed"));
}

void TestExportCli::mermaidTooLarge()
{
    // 600 connections: zones only (with a warning), or an error when there are no zones.
    for (const bool zones : {true, false}) {
        Design d;
        if (zones) {
            for (int z = 0; z < 2; ++z) {
                Zone zone;
                zone.id = u"z%1"_s.arg(z);
                d.appendZone(zone);
            }
        }
        for (int i = 0; i < 100; ++i) {
            Component c;
            c.id = u"c%1"_s.arg(i);
            c.type = u"ranking"_s;
            c.zone = zones ? u"z%1"_s.arg(i % 2) : QString();
            d.appendComponent(c);
        }
        for (int i = 0; i < 600; ++i) {
            Connection e;
            e.id = u"e%1"_s.arg(i);
            e.from = u"c%1"_s.arg(i % 100);
            e.to = u"c%1"_s.arg((i * 3 + 1) % 100);
            d.appendConnection(e);
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(u"big.mlsd"_s);
        QVERIFY(test::writeFile(file, serializeDesign(d)));
        const test::Run run = test::runCli({u"export"_s, file, u"--format"_s, u"mermaid"_s});
        if (zones) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(run.err.contains(
                "warning: the design (100 components, 600 connections) is too large"));
            QVERIFY(run.out.startsWith("flowchart LR\n  z0["));
        } else {
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.err.contains("too large for a Mermaid chart, even one of its zones"));
            QVERIFY(run.out.isEmpty());
        }
    }
}

void TestExportCli::help()
{
    const test::Run run = test::runCli({u"export"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const QString &s : {u"--image"_s, u"--format"_s, u"--theme"_s, u"--scale"_s,
                             u"--template"_s, u"Defaults: the format follows OUT's extension"_s})
        QVERIFY2(text.contains(s), qPrintable(text));
    const test::Run all = test::runCli({u"--help"_s});
    QVERIFY(all.out.contains("export FILE"));
    QVERIFY(all.out.contains("render FILE"));
}

void TestExportCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString d = design(u"export-plain"_s);
    QTest::newRow("no file") << QStringList{u"export"_s} << u"usage: mlsdboard export FILE"_s;
    QTest::newRow("missing file") << QStringList{u"export"_s, u"nope.mlsd"_s} << u"nope.mlsd"_s;
    QTest::newRow("bad format") << QStringList{u"export"_s, d, u"--format"_s, u"pdf"_s}
                                << u"unknown format 'pdf' (expected markdown, html or mermaid)"_s;
    QTest::newRow("bad image") << QStringList{u"export"_s,  d,       u"-o"_s, u"x.md"_s,
                                              u"--image"_s, u"gif"_s}
                               << u"unknown image format 'gif'"_s;
    QTest::newRow("image to stdout")
        << QStringList{u"export"_s, d, u"--image"_s, u"svg"_s} << u"--image needs -o OUT"_s;
    QTest::newRow("image with html")
        << QStringList{u"export"_s, d, u"-o"_s, u"x.html"_s, u"--image"_s, u"png"_s}
        << u"--image applies to Markdown only"_s;
    QTest::newRow("scale without png")
        << QStringList{u"export"_s,  d,        u"-o"_s,      u"x.md"_s,
                       u"--image"_s, u"svg"_s, u"--scale"_s, u"2"_s}
        << u"--scale applies to --image png only"_s;
    QTest::newRow("unwritable") << QStringList{u"export"_s, d, u"-o"_s, u"/nonexistent-dir/x.md"_s}
                                << u"/nonexistent-dir/x.md"_s;
}

void TestExportCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const test::Run run = test::runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_MAIN(TestExportCli)
#include "tst_export_cli.moc"
