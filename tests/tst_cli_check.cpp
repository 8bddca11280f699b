// The command line of the checker: `check`, `templates` and `new`, run as the real binary.

#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

const QStringList shippedIds = {u"ml-design-round"_s, u"recommendation"_s, u"search-qa"_s,
                                u"ads-ranking"_s, u"policy-enforcement"_s};

QString golden(const QString &name)
{
    return test::sourcePath(u"tests/data/"_s + name + u"/design.mlsd"_s);
}

QStringList keys(const QJsonObject &o)
{
    return o.keys();
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void missingTemplateIsAUsageError();
    void jsonReportShape();
    void jsonIsDeterministic();
    void textReportGroupsBySeverity();
    void templatesListsIdNameDescription();
    void newWritesAStarterThatChecks_data();
    void newWritesAStarterThatChecks();
    void newRefusesToOverwrite();
    void examplesExist();
    void examplesPassAndAreCanonical_data();
    void examplesPassAndAreCanonical();
};

void TestCliCheck::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("complete") << QStringList({u"check"_s, golden(u"check-rec-complete"_s)}) << 0;
    QTest::newRow("warnings only")
        << QStringList({u"check"_s, golden(u"check-rec-single-source"_s)}) << 0;
    QTest::newRow("errors") << QStringList({u"check"_s, golden(u"check-rec-wrong-funnel"_s)}) << 1;
    QTest::newRow("errors, json") << QStringList(
        {u"check"_s, golden(u"check-qa-acl-not-in-cache"_s), u"--format"_s, u"json"_s})
                                  << 1;
    QTest::newRow("other template") << QStringList(
        {u"check"_s, golden(u"check-rec-complete"_s), u"--template"_s, u"policy-enforcement"_s})
                                    << 1;
    QTest::newRow("unknown template") << QStringList(
        {u"check"_s, golden(u"check-rec-complete"_s), u"--template"_s, u"recomendation"_s})
                                      << 2;
    QTest::newRow("bad format") << QStringList(
        {u"check"_s, golden(u"check-rec-complete"_s), u"--format"_s, u"xml"_s})
                                << 2;
    QTest::newRow("no file") << QStringList({u"check"_s}) << 2;
    QTest::newRow("two files") << QStringList(
        {u"check"_s, golden(u"check-rec-complete"_s), golden(u"check-rec-complete"_s)})
                               << 2;
    QTest::newRow("missing file") << QStringList({u"check"_s, u"/nonexistent/x.mlsd"_s}) << 2;
    QTest::newRow("unknown option")
        << QStringList({u"check"_s, golden(u"check-rec-complete"_s), u"--strict"_s}) << 2;
}

void TestCliCheck::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const test::Run run = test::runCli(args);
    QVERIFY(!run.timedOut);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 2)
        QVERIFY(!run.err.isEmpty());
    else
        QVERIFY(!run.out.isEmpty());
}

void TestCliCheck::missingTemplateIsAUsageError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-template.mlsd"_s);
    QVERIFY(test::writeFile(path,
                            "{ \"format\": \"mlsd-board\", \"version\": 1, \"components\": [] }"));
    const test::Run run = test::runCli({u"check"_s, path});
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(path + u": the design names no template; pick one with --template ID"_s),
             qPrintable(err));
    for (const QString &id : shippedIds)
        QVERIFY2(err.contains(id), qPrintable(id));
    // With --template it checks.
    const test::Run picked = test::runCli({u"check"_s, path, u"--template"_s, u"search-qa"_s});
    QCOMPARE(picked.exitCode, 1);
    QVERIFY(picked.out.contains("search-qa/query-understanding"));
}

void TestCliCheck::jsonReportShape()
{
    const test::Run run
        = test::runCli({u"check"_s, golden(u"check-rec-wrong-funnel"_s), u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(keys(root),
             QStringList({u"counts"_s, u"coverage"_s, u"findings"_s, u"template"_s, u"title"_s}));
    // The documented key order (docs/cli.md), not just the key set.
    QVERIFY(run.out.indexOf("\"title\"") < run.out.indexOf("\"template\""));
    QVERIFY(run.out.indexOf("\"template\"") < run.out.indexOf("\"coverage\""));
    QVERIFY(run.out.indexOf("\"coverage\"") < run.out.indexOf("\"counts\""));
    QVERIFY(run.out.indexOf("\"counts\"") < run.out.indexOf("\"findings\""));
    QCOMPARE(root.value(u"template"_s).toString(), u"recommendation"_s);
    QCOMPARE(root.value(u"title"_s).toString(), u"Homepage recommendations (golden)"_s);
    const QJsonObject coverage = root.value(u"coverage"_s).toObject();
    QCOMPARE(keys(coverage), QStringList({u"present"_s, u"required"_s}));
    QCOMPARE(coverage.value(u"required"_s).toInt(), 16);
    QCOMPARE(coverage.value(u"present"_s).toInt(), 16);
    const QJsonObject counts = root.value(u"counts"_s).toObject();
    QCOMPARE(keys(counts), QStringList({u"error"_s, u"info"_s, u"suppressed"_s, u"warning"_s}));
    QCOMPARE(counts.value(u"error"_s).toInt(), 1);
    QCOMPARE(counts.value(u"warning"_s).toInt(), 0);
    const QJsonArray findings = root.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.at(0).toObject();
    QCOMPARE(keys(f), QStringList({u"components"_s, u"guide"_s, u"hint"_s, u"kind"_s, u"message"_s,
                                   u"rule"_s, u"severity"_s, u"stage"_s, u"suppressed"_s}));
    QCOMPARE(f.value(u"rule"_s).toString(), u"recommendation/funnel-order"_s);
    QCOMPARE(f.value(u"kind"_s).toString(), u"order"_s);
    QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(f.value(u"stage"_s).toString(), u"filtering"_s);
    QCOMPARE(f.value(u"components"_s).toArray(), QJsonArray({u"flt"_s, u"rk"_s}));
    QCOMPARE(f.value(u"guide"_s).toString(),
             u"Recommendation System › 9. Stages of a Ranking System Funnel"_s);
    QCOMPARE(f.value(u"suppressed"_s).toBool(), false);
    QVERIFY(f.value(u"message"_s).toString().contains(u"Filtering runs after Ranking"_s));

    // Suppressed findings are listed, marked, and left out of the other counts.
    const test::Run sup
        = test::runCli({u"check"_s, golden(u"check-rec-suppressed"_s), u"--format"_s, u"json"_s});
    QCOMPARE(sup.exitCode, 0);
    const QJsonObject s = QJsonDocument::fromJson(sup.out).object();
    QCOMPARE(s.value(u"counts"_s).toObject().value(u"suppressed"_s).toInt(), 1);
    QCOMPARE(s.value(u"counts"_s).toObject().value(u"warning"_s).toInt(), 0);
    QCOMPARE(s.value(u"findings"_s).toArray().at(0).toObject().value(u"suppressed"_s).toBool(),
             true);
}

void TestCliCheck::jsonIsDeterministic()
{
    const QStringList args
        = {u"check"_s, golden(u"check-pol-review-not-labeled"_s), u"--format"_s, u"json"_s};
    const test::Run a = test::runCli(args);
    const test::Run b = test::runCli(args);
    QCOMPARE(a.exitCode, 1);
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out.endsWith("}\n"));
    QVERIFY(a.out.contains("\n  \"findings\": [\n")); // pretty-printed with two spaces
}

void TestCliCheck::textReportGroupsBySeverity()
{
    const test::Run run = test::runCli({u"check"_s, golden(u"check-mlr-skips-evaluation"_s)});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(golden(u"check-mlr-skips-evaluation"_s)
                            + u": Delivery-time prediction (golden)\n"_s),
             qPrintable(out));
    QVERIFY(out.contains(u"Coverage: 10 of 10 required stages present\n"_s));
    QVERIFY(out.contains(u"Result: 1 error, 1 warning, 0 infos\n"_s));
    const qsizetype errors = out.indexOf(u"\nErrors (1)\n"_s);
    const qsizetype warnings = out.indexOf(u"\nWarnings (1)\n"_s);
    QVERIFY(errors > 0 && warnings > errors);
    QVERIFY(out.indexOf(u"error: ml-design-round/data-flow [order]"_s) > errors);
    QVERIFY(out.indexOf(u"warning: ml-design-round/gated-experiment [order]"_s) > warnings);
    QVERIFY(out.contains(u"    hint: Wire data source → pipeline"_s));
    QVERIFY(out.contains(u"    guide: Machine Learning System Design (MLSD)\n"_s));
    QVERIFY(out.contains(u"    components: reg, eval\n"_s));

    const test::Run sup = test::runCli({u"check"_s, golden(u"check-rec-suppressed"_s)});
    QVERIFY(QString::fromUtf8(sup.out).contains(
        u"\nSuppressed (1)\n  recommendation/two-sources (warning): Single catalog source for v1\n"_s));
    const test::Run missing = test::runCli({u"check"_s, golden(u"check-rec-missing-filtering"_s)});
    QVERIFY(QString::fromUtf8(missing.out)
                .contains(u"Coverage: 15 of 16 required stages present; missing: Filtering\n"_s));
    QVERIFY(
        QString::fromUtf8(missing.out)
            .contains(
                u"    fix: Add Filtering after “Two-tower ANN” and “Subscriptions & trending”, before “Feature hydration”\n"_s));
}

void TestCliCheck::templatesListsIdNameDescription()
{
    const test::Run run = test::runCli({u"templates"_s});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    qsizetype last = -1;
    for (const QString &id : shippedIds) {
        const qsizetype at = out.indexOf(u'\n' + id + u' ');
        QVERIFY2(at > last || (last < 0 && out.startsWith(id + u' ')), qPrintable(id));
        last = std::max(at, qsizetype(0));
    }
    QVERIFY(out.contains(
        u"\nrecommendation       Recommendation (homepage) — Query-less personalised recommendations"_s));
    // One line per template, the id in the first column (shell completion reads it).
    QStringList ids;
    for (const QString &l : out.split(u'\n', Qt::SkipEmptyParts))
        ids << l.section(u' ', 0, 0);
    QCOMPARE(ids, shippedIds);
    QVERIFY(!out.contains(u"presentation"_s)); // the abstract base is not listed
    QCOMPARE(test::runCli({u"templates"_s, u"extra"_s}).exitCode, 2);
}

void TestCliCheck::newWritesAStarterThatChecks_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : shippedIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestCliCheck::newWritesAStarterThatChecks()
{
    QFETCH(QString, id);
    QTemporaryDir dir;
    const QString path = dir.filePath(id + u".mlsd"_s);
    const test::Run made = test::runCli({u"new"_s, u"--template"_s, id, u"-o"_s, path});
    QCOMPARE(made.exitCode, 0);
    QVERIFY(QFile::exists(path));
    QCOMPARE(test::runCli({u"fmt"_s, path, u"--check"_s}).exitCode, 0);
    const test::Run checked = test::runCli({u"check"_s, path, u"--format"_s, u"json"_s});
    QCOMPARE(checked.exitCode, 0); // the file names its template; no error
    const QJsonObject report = QJsonDocument::fromJson(checked.out).object();
    QCOMPARE(report.value(u"template"_s).toString(), id);
    const QJsonObject coverage = report.value(u"coverage"_s).toObject();
    QCOMPARE(coverage.value(u"present"_s).toInt(), coverage.value(u"required"_s).toInt());
    for (const QJsonValue &v : report.value(u"findings"_s).toArray()) {
        const QString kind = v.toObject().value(u"kind"_s).toString();
        QVERIFY2(kind == u"brief"_s || kind == u"annotation"_s,
                 qPrintable(v.toObject().value(u"rule"_s).toString()));
    }
}

void TestCliCheck::newRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.mlsd"_s);
    QVERIFY(test::writeFile(path, "keep me"));
    const test::Run run
        = test::runCli({u"new"_s, u"--template"_s, u"recommendation"_s, u"-o"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("already exists"));
    QCOMPARE(test::readFile(path), QByteArray("keep me"));
    QCOMPARE(
        test::runCli({u"new"_s, u"--template"_s, u"recommendation"_s, u"-o"_s, path, u"--force"_s})
            .exitCode,
        0);
    QVERIFY(test::readFile(path).startsWith("{\n  \"format\": \"mlsd-board\""));
    QCOMPARE(
        test::runCli({u"new"_s, u"--template"_s, u"nope"_s, u"-o"_s, dir.filePath(u"y.mlsd"_s)})
            .exitCode,
        2);
    QCOMPARE(test::runCli({u"new"_s, u"-o"_s, dir.filePath(u"y.mlsd"_s)}).exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(u"y.mlsd"_s)));
}

void TestCliCheck::examplesExist()
{
    const QDir dir(test::sourcePath(u"resources/examples"_s));
    for (const QString &name : {u"homepage-recommendations.mlsd"_s, u"knowledge-base-qa.mlsd"_s,
                                u"harmful-content.mlsd"_s})
        QVERIFY2(dir.exists(name), qPrintable(name));
}

void TestCliCheck::examplesPassAndAreCanonical_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::sourcePath(u"resources/examples"_s));
    for (const QString &name : dir.entryList({u"*.mlsd"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestCliCheck::examplesPassAndAreCanonical()
{
    QFETCH(QString, path);
    QCOMPARE(test::runCli({u"fmt"_s, path, u"--check"_s}).exitCode, 0);
    const test::Run run = test::runCli({u"check"_s, path, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // no unknown types or other warnings
    const QJsonObject counts
        = QJsonDocument::fromJson(run.out).object().value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"error"_s).toInt(), 0);
    QCOMPARE(counts.value(u"warning"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
