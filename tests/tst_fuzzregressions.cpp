// Every input the fuzzers (tests/fuzz) ever found failing, and hostile seeds they start from, kept
// in tests/data/fuzz-regressions/ and named after the harness, each checked for what its harness
// checks; none may crash, hang or leak (run under the asan preset too):
// - design-*: a clean, located error or a design that saves and loads back unchanged, and both
//   load paths (element by element, whole DOM) say exactly the same;
// - template-*: loaded beside the built-in templates, a template or a located error;
// - markdown-*, html-*: designs whose Markdown keeps its outline and whose HTML runs nothing (the
//   designs of the export goldens, the hostile one included, are checked the same way).
#include "fuzz/properties.h"
#include "testutil.h"

#include "check/checker.h"
#include "check/templates.h"
#include "export/htmlexport.h"
#include "export/markdownexport.h"
#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"

#include <QDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void designFilesLoadOrFailCleanly_data();
    void designFilesLoadOrFailCleanly();
    void templateFilesLoadOrFailCleanly_data();
    void templateFilesLoadOrFailCleanly();
    void markdownKeepsItsOutline_data();
    void markdownKeepsItsOutline();
    void htmlRunsNothing_data();
    void htmlRunsNothing();
};

namespace {

/// The rows: the files of tests/data/fuzz-regressions matching \a pattern, and with
/// \a withExportGoldens the designs of the export goldens (tests/data/export-*, hostile included).
void addFiles(const QString &pattern, bool withExportGoldens = false)
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::sourcePath(u"tests/data/fuzz-regressions"_s));
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    if (withExportGoldens) {
        const QDir data(test::sourcePath(u"tests/data"_s));
        for (const QString &golden : data.entryList({u"export-*"_s}, QDir::Dirs, QDir::Name))
            QTest::newRow(qPrintable(golden)) << data.filePath(golden + u"/design.mlsd"_s);
    }
}

} // namespace

void TestFuzzRegressions::designFilesLoadOrFailCleanly_data()
{
    addFiles(u"design-*"_s);
}

void TestFuzzRegressions::designFilesLoadOrFailCleanly()
{
    QFETCH(QString, path);
    const QString difference = fuzz::compareLoadPaths(test::readFile(path), &Catalog::builtin());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const LoadResult r = loadDesignFile(path, &Catalog::builtin());
    if (!r.ok()) {
        QVERIFY(!r.errors.isEmpty());
        // Located: the message names the file, then a line:column or a JSON pointer or the reason.
        QVERIFY2(r.errors.front().toString().startsWith(path), qPrintable(r.message()));
        return;
    }
    const QByteArray saved = serializeDesign(*r.design);
    const LoadResult again = loadDesign(saved, path, &Catalog::builtin());
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QVERIFY(*again.design == *r.design);
    QCOMPARE(serializeDesign(*again.design), saved);
}

void TestFuzzRegressions::templateFilesLoadOrFailCleanly_data()
{
    addFiles(u"template-*"_s);
}

void TestFuzzRegressions::templateFilesLoadOrFailCleanly()
{
    QFETCH(QString, path);
    const QByteArray text = test::readFile(path);
    // The loader wants <id>.json: name the file after the id it claims, as the harness does.
    QString file = u"fuzz.json"_s;
    const auto claimed = nlohmann::json::parse(text.cbegin(), text.cend(), nullptr, false);
    if (claimed.is_object() && claimed.contains("id") && claimed["id"].is_string())
        file = QString::fromStdString(claimed["id"].get<std::string>()) + u".json"_s;
    TemplateRegistry registry;
    Diagnostics errors;
    QVERIFY(registry.loadDirectory(u":/mlsd/templates"_s, &errors));
    if (registry.loadTemplate(text, file, &errors)) {
        QVERIFY(registry.findAny(file.chopped(5)));
        return;
    }
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.front().toString().startsWith(file), qPrintable(toString(errors)));
}

void TestFuzzRegressions::markdownKeepsItsOutline_data()
{
    addFiles(u"markdown-*"_s, true);
}

void TestFuzzRegressions::markdownKeepsItsOutline()
{
    QFETCH(QString, path);
    Design design;
    std::optional<Report> report;
    QVERIFY(fuzz::loadChecked(test::readFile(path), &design, &report));
    const QString markdown
        = exportMarkdown(design, Catalog::builtin(), report ? &*report : nullptr);
    const QByteArray problem = fuzz::markdownOutlineProblem(markdown, design);
    QVERIFY2(problem.isEmpty(), problem.constData());
}

void TestFuzzRegressions::htmlRunsNothing_data()
{
    addFiles(u"html-*"_s, true);
}

void TestFuzzRegressions::htmlRunsNothing()
{
    QFETCH(QString, path);
    Design design;
    std::optional<Report> report;
    QVERIFY(fuzz::loadChecked(test::readFile(path), &design, &report));
    const QString html
        = QString::fromUtf8(exportHtml(design, Catalog::builtin(), report ? &*report : nullptr));
    QVERIFY(html.contains(u"<html"_s));
    const QString tag = fuzz::activeHtml(html);
    QVERIFY2(tag.isEmpty(), qPrintable(tag));
}

// The HTML export draws the diagram: fonts need a GUI application (offscreen in the tests).
QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
