// The reference documentation agrees with the program it documents: the complete example of
// docs/file-format.md is a canonical design holding every section, the vocabularies and the
// canonical key order there are the program's, and docs/cli.md has every verb and option of
// --help and shows the check report exactly as `mlsdboard check` prints it.
#include "io/schema.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

QString readDoc(const char *name)
{
    return QString::fromUtf8(
        test::readFile(test::sourcePath(u"docs/"_s + QLatin1StringView(name))));
}

/// The text of the first fenced block after \a marker (the fence's info string is skipped).
QString blockAfter(const QString &doc, const QString &marker)
{
    const qsizetype at = doc.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype fence = doc.indexOf(u"```"_s, at);
    const qsizetype start = doc.indexOf(u'\n', fence) + 1;
    const qsizetype end = doc.indexOf(u"\n```"_s, start);
    if (fence < 0 || start <= 0 || end < 0)
        return {};
    return doc.mid(start, end - start + 1);
}

/// The text of the fenced block that holds \a marker, from its first line.
QString blockHolding(const QString &doc, const QString &marker)
{
    const qsizetype at = doc.indexOf(marker);
    const qsizetype fence = at < 0 ? -1 : doc.lastIndexOf(u"```"_s, at);
    if (fence < 0)
        return {};
    const qsizetype start = doc.indexOf(u'\n', fence) + 1;
    const qsizetype end = doc.indexOf(u"\n```"_s, at);
    return end < 0 ? QString() : doc.mid(start, end - start + 1);
}

/// The part of \a doc from the heading \a heading to the next heading of the same level.
QString section(const QString &doc, const QString &heading)
{
    const qsizetype at = doc.indexOf(u'\n' + heading + u'\n');
    if (at < 0)
        return {};
    const QString level = heading.section(u' ', 0, 0) + u' ';
    const qsizetype next = doc.indexOf(u'\n' + level, at + heading.size() + 1);
    return doc.mid(at, next < 0 ? -1 : next - at);
}

/// The keys of the JSON object whose first member is on \a lines[first], in text order.
QStringList keysFrom(const QStringList &lines, qsizetype first)
{
    static const QRegularExpression member(u"^( *)\"([^\"]+)\": "_s);
    const auto indent = member.match(lines.at(first)).capturedLength(1);
    QStringList keys;
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = member.match(lines.at(i));
        const qsizetype lead = lines.at(i).size() - lines.at(i).trimmed().size();
        if (lead < indent)
            break;
        if (m.hasMatch() && m.capturedLength(1) == indent)
            keys << m.captured(2);
    }
    return keys;
}

/// The verbs the top-level help lists.
QStringList listedVerbs()
{
    const test::Run h = test::runCli({u"--help"_s});
    QStringList verbs;
    bool inVerbs = false;
    for (const QByteArray &line : h.out.split('\n')) {
        if (line == "verbs:")
            inVerbs = true;
        else if (inVerbs && line.startsWith("  "))
            verbs << QString::fromUtf8(line.trimmed().split(' ').value(0));
        else if (inVerbs)
            break;
    }
    return verbs;
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private slots:
    void fileFormatExampleIsCanonicalAndComplete();
    void fileFormatListsEveryVocabularyId();
    void fileFormatKeyOrderIsTheWritersOrder();
    void cliDocumentsEveryVerbAndOption();
    void cliShowsTheCheckReportAsPrinted();
    void cliDescribesEveryKeyOfTheJsonReport();
};

void TestCliDocs::fileFormatExampleIsCanonicalAndComplete()
{
    const QString example = blockAfter(readDoc("file-format.md"), u"## A complete example"_s);
    QVERIFY(!example.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"example.mlsd"_s);
    QVERIFY(test::writeFile(path, example.toUtf8()));
    const test::Run fmt = test::runCli({u"fmt"_s, u"--check"_s, path});
    QCOMPARE(fmt.exitCode, 0);
    QVERIFY2(fmt.err.isEmpty(), fmt.err.constData()); // no warning: every type is in the catalog

    // Complete: every section of the format is there, with at least one entry.
    const QJsonObject d = QJsonDocument::fromJson(example.toUtf8()).object();
    for (const char *key : {"title", "template"})
        QVERIFY2(!d.value(QLatin1StringView(key)).toString().isEmpty(), key);
    for (const char *key : {"zones", "components", "connections", "suppressed"})
        QVERIFY2(!d.value(QLatin1StringView(key)).toArray().isEmpty(), key);
    QVERIFY(!d.value(u"brief"_s).toObject().isEmpty());
    QVERIFY(!d.value(u"review"_s).toObject().value(u"comments"_s).toArray().isEmpty());
    QVERIFY(!d.value(u"review"_s).toObject().value(u"rubric"_s).toObject().isEmpty());
    const QJsonObject practice = d.value(u"practice"_s).toObject();
    QVERIFY(!practice.value(u"phases"_s).toArray().isEmpty());
    QVERIFY(!practice.value(u"result"_s).toObject().isEmpty());
    QSet<QString> kinds;
    for (const QJsonValue &c : d.value(u"connections"_s).toArray())
        kinds.insert(c.toObject().value(u"kind"_s).toString());
    for (const QString &kind : schema::connectionKindIds())
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
    bool fulfills = false, annotations = false, noZone = false;
    for (const QJsonValue &v : d.value(u"components"_s).toArray()) {
        const QJsonObject c = v.toObject();
        fulfills = fulfills || !c.value(u"fulfills"_s).toArray().isEmpty();
        annotations = annotations || !c.value(u"annotations"_s).toObject().isEmpty();
        noZone = noZone || c.value(u"zone"_s).isNull();
    }
    QVERIFY(fulfills && annotations && noZone);
}

void TestCliDocs::fileFormatListsEveryVocabularyId()
{
    const QString doc = readDoc("file-format.md");
    const struct
    {
        const char *heading;
        const QList<VocabularyEntry> &list;
    } vocabularies[] = {
        {"### Brief sections", schema::briefSections()},
        {"### Annotations", schema::annotations()},
        {"### Zone kinds", schema::zoneKinds()},
        {"### Rubric dimensions", schema::rubricDimensions()},
        {"### Practice phases", schema::practicePhases()},
    };
    for (const auto &v : vocabularies) {
        const QString table = section(doc, QString::fromLatin1(v.heading));
        QVERIFY2(!table.isEmpty(), v.heading);
        // Every id with its title, in the program's order.
        qsizetype at = 0;
        for (const VocabularyEntry &e : v.list) {
            const qsizetype row = table.indexOf(u"| `%1` | %2 |"_s.arg(e.id, e.title), at);
            QVERIFY2(row >= 0, qPrintable(QLatin1StringView(v.heading) + u": "_s + e.id));
            at = row;
        }
    }
    const QString kinds = section(doc, u"### Connection kinds"_s);
    for (const QString &kind : schema::connectionKindIds())
        QVERIFY2(kinds.contains(u"| `%1` |"_s.arg(kind)), qPrintable(kind));
    QCOMPARE(schema::formatVersion, 1);
    QVERIFY(doc.simplified().contains(u"This program reads and writes version 1"_s));
}

void TestCliDocs::fileFormatKeyOrderIsTheWritersOrder()
{
    // Each row of the canonical order table lists the keys of one kind of object: the canonical
    // example (which `fmt --check` accepts, above) has such an object with exactly those keys in
    // that order.
    const QString doc = readDoc("file-format.md");
    const QStringList lines
        = blockAfter(doc, u"## A complete example"_s).split(u'\n', Qt::SkipEmptyParts);
    const QString table = section(doc, u"## The canonical form"_s);
    static const QRegularExpression row(uR"(^\| ([^|]+) \| (`[^|]+`) \|$)"_s,
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression key(u"`([a-z_]+)`"_s);
    int rows = 0;
    for (auto m = row.globalMatch(table); m.hasNext();) {
        const QRegularExpressionMatch r = m.next();
        QStringList keys;
        for (auto k = key.globalMatch(r.captured(2)); k.hasNext();)
            keys << k.next().captured(1);
        bool found = false;
        for (qsizetype i = 0; i < lines.size() && !found; ++i) {
            if (lines.at(i).trimmed().startsWith(u'"' + keys.front() + u"\": "_s))
                found = keysFrom(lines, i) == keys;
        }
        QVERIFY2(found, qPrintable(r.captured(1) + u": "_s + keys.join(u", "_s)));
        ++rows;
    }
    QCOMPARE(rows, 11); // the design, zone, component, connection, suppression, review, comment,
                        // score, practice, phase, result
}

void TestCliDocs::cliDocumentsEveryVerbAndOption()
{
    const QString doc = readDoc("cli.md");
    const QStringList verbs = listedVerbs();
    QVERIFY(verbs.size() >= 9);
    static const QRegularExpression option(u"^  (?:-[a-z], )?--([a-z-]+)"_s,
                                           QRegularExpression::MultilineOption);
    for (const QString &verb : verbs) {
        const QString text = section(doc, u"## "_s + verb);
        QVERIFY2(!text.isEmpty(), qPrintable(u"no section for "_s + verb));
        const test::Run help = test::runCli({verb, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (auto m = option.globalMatch(QString::fromUtf8(help.out)); m.hasNext();) {
            const QString name = m.next().captured(1);
            if (name != u"help"_s)
                QVERIFY2(text.contains(u"--"_s + name), qPrintable(verb + u" --"_s + name));
        }
    }
}

void TestCliDocs::cliShowsTheCheckReportAsPrinted()
{
    // The examples are the real output for a test design: a changed report format shows here.
    const QString doc = readDoc("cli.md");
    const QString dir = test::sourcePath(u"tests/data/check-rec-missing-filtering"_s);
    const test::Run text = test::runCli({u"check"_s, u"design.mlsd"_s}, 60000, dir);
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(blockHolding(doc, u"$ mlsdboard check design.mlsd"_s).toUtf8(),
             "$ mlsdboard check design.mlsd\n" + text.out);
    const test::Run json
        = test::runCli({u"check"_s, u"design.mlsd"_s, u"--format"_s, u"json"_s}, 60000, dir);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(blockAfter(doc, u"prints the report as one JSON object"_s).toUtf8(), json.out);
}

void TestCliDocs::cliDescribesEveryKeyOfTheJsonReport()
{
    const QString doc = section(readDoc("cli.md"), u"## The check report as JSON"_s);
    const test::Run run = test::runCli(
        {u"check"_s, test::sourcePath(u"tests/data/check-rec-suppressed/design.mlsd"_s),
         u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QStringList paths;
    for (auto it = report.begin(); it != report.end(); ++it) {
        paths << it.key();
        if (it->isObject()) {
            for (const QString &k : it->toObject().keys())
                paths << it.key() + u'.' + k;
        }
    }
    const QJsonArray findings = report.value(u"findings"_s).toArray();
    QVERIFY(!findings.isEmpty());
    for (const QString &k : findings.first().toObject().keys())
        paths << u"findings[]."_s + k;
    QCOMPARE(paths.size(), 5 + 2 + 4 + 9);
    for (const QString &path : std::as_const(paths))
        QVERIFY2(doc.contains(u"| `%1` |"_s.arg(path)), qPrintable(path));
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_cli_docs.moc"
