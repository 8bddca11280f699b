// The .mlsd file format: validation with located errors, canonical round trips, unknown keys,
// bounded parsing of hostile input, atomic saves with a backup.
#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "model/document.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

QByteArray minimal(const QByteArray &components, const QByteArray &rest = {})
{
    return R"({"format": "mlsd-board", "version": 1, "components": )" + components
           + (rest.isEmpty() ? QByteArray() : ", " + rest) + "}";
}

LoadResult load(const QByteArray &data)
{
    return loadDesign(data, u"in.mlsd"_s, &Catalog::builtin());
}

} // namespace

class TestFileFormat : public QObject
{
    Q_OBJECT

private slots:
    void malformed_data();
    void malformed();
    void unknownTypeIsKeptAndFlagged();
    void newerVersionOpensReadOnly();
    void hostileInputIsBounded_data();
    void hostileInputIsBounded();
    void bracketsInStringsAreNotNesting();
    void roundTripKeepsUnknownKeysAtEveryLevel();
    void canonicalOutputIsStable();
    void defaultsAreFilledIn();
    void saveIsAtomicAndKeepsBackup();
    void failedSaveKeepsThePreviousFile();
    void saveRemovesCopiesAnInterruptedSaveLeft();
    void failedLoadChangesNothing();
    void readOnlyDocumentRefusesToOverwrite();
};

void TestFileFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QTest::newRow("syntax") << QByteArray(
        "{\n  \"format\": \"mlsd-board\",\n  \"version\": 1,\n  \"components\": [ tru ]\n}")
                            << u"in.mlsd:4:22: syntax error in value - invalid literal"_s;
    QTest::newRow("truncated")
        << QByteArray("{\"format\": \"mlsd-board\", \"version\": 1, \"components\": [")
        << u"in.mlsd:1:55: syntax error in value - unexpected end of input; expected '[', '{', or a literal"_s;
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << u"in.mlsd: expected an object, found an array"_s;
    QTest::newRow("no format")
        << QByteArray(R"({"version": 1, "components": []})")
        << u"in.mlsd: missing \"format\": this is not an MLSD Board design"_s;
    QTest::newRow("wrong format")
        << QByteArray(R"({"format": "excalidraw", "version": 1, "components": []})")
        << u"in.mlsd: /format: expected \"mlsd-board\": this is not an MLSD Board design"_s;
    QTest::newRow("no version") << QByteArray(R"({"format": "mlsd-board", "components": []})")
                                << u"in.mlsd: missing \"version\""_s;
    QTest::newRow("bad version")
        << QByteArray(R"({"format": "mlsd-board", "version": "1", "components": []})")
        << u"in.mlsd: /version: expected a positive integer format version"_s;
    QTest::newRow("no components") << QByteArray(R"({"format": "mlsd-board", "version": 1})")
                                   << u"in.mlsd: missing \"components\""_s;
    QTest::newRow("components not array")
        << minimal("{}") << u"in.mlsd: /components: expected an array, found an object"_s;
    QTest::newRow("component not object")
        << minimal("[3]") << u"in.mlsd: /components/0: expected an object, found a number"_s;
    QTest::newRow("missing id") << minimal(R"([{"type": "ranking"}])")
                                << u"in.mlsd: /components/0: missing \"id\""_s;
    QTest::newRow("bad id")
        << minimal(R"([{"id": "a b", "type": "ranking"}])")
        << u"in.mlsd: /components/0/id: invalid id \"a b\": use 1–64 letters, digits, '_', '-' or '.'"_s;
    QTest::newRow("duplicate id") << minimal(
        R"([{"id": "a", "type": "ranking"}, {"id": "a", "type": "filtering"}])")
                                  << u"in.mlsd: /components/1/id: duplicate component id \"a\""_s;
    QTest::newRow("duplicate key")
        << minimal(R"([{"id": "a", "type": "ranking", "label": "x", "label": "y"}])")
        << u"in.mlsd: /components/0/label: duplicate key \"label\""_s;
    QTest::newRow("label type")
        << minimal(R"([{"id": "a", "type": "ranking", "label": 5}])")
        << u"in.mlsd: /components/0/label: expected a string, found a number"_s;
    QTest::newRow("negative width")
        << minimal(R"([{"id": "a", "type": "ranking", "width": -5}])")
        << u"in.mlsd: /components/0/width: -5 is out of range [1, 100000]"_s;
    QTest::newRow("absurd height")
        << minimal(R"([{"id": "a", "type": "ranking", "height": 1e9}])")
        << u"in.mlsd: /components/0/height: 1e+09 is out of range [1, 100000]"_s;
    QTest::newRow("far coordinate")
        << minimal(R"([{"id": "a", "type": "ranking", "x": 1e300}])")
        << u"in.mlsd: /components/0/x: 1e+300 is out of range [-10000000, 10000000]"_s;
    QTest::newRow("overflowing number")
        << minimal(R"([{"id": "a", "type": "ranking", "x": 1e400}])")
        << u"in.mlsd:1:95: number overflow parsing '1e400'"_s;
    QTest::newRow("coordinate as string")
        << minimal(R"([{"id": "a", "type": "ranking", "y": "12"}])")
        << u"in.mlsd: /components/0/y: expected a number, found a string"_s;
    QTest::newRow("unknown zone")
        << minimal(R"([{"id": "a", "type": "ranking", "zone": "nowhere"}])")
        << u"in.mlsd: /components/0/zone: no zone has the id \"nowhere\""_s;
    QTest::newRow("annotation not text")
        << minimal(R"([{"id": "a", "type": "ranking", "annotations": {"baseline": []}}])")
        << u"in.mlsd: /components/0/annotations/baseline: expected a string, found an array"_s;
    QTest::newRow("dangling connection")
        << minimal(R"([{"id": "a", "type": "ranking"}])",
                   R"("connections": [{"id": "c", "from": "a", "to": "zz"}])")
        << u"in.mlsd: /connections/0/to: no component has the id \"zz\""_s;
    QTest::newRow("connection kind")
        << minimal(R"([{"id": "a", "type": "ranking"}, {"id": "b", "type": "ranking"}])",
                   R"("connections": [{"id": "c", "from": "a", "to": "b", "kind": "magic"}])")
        << u"in.mlsd: /connections/0/kind: unknown connection kind \"magic\": expected data, request, model or feedback"_s;
    QTest::newRow("rubric score")
        << minimal("[]", R"("review": {"rubric": {"metrics": {"score": 9}}})")
        << u"in.mlsd: /review/rubric/metrics/score: 9 is out of range [0, 4]"_s;
    QTest::newRow("brief not text")
        << minimal("[]", R"("brief": {"task": {"x": 1}})")
        << u"in.mlsd: /brief/task: expected a string, found an object"_s;
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"format\": \"mlsd-board\", \"version\": 1, \"title\": \"\xff\xfe\", "
                      "\"components\": []}")
        << u"in.mlsd:1:50: syntax error in value - invalid string: ill-formed UTF-8 byte"_s;
    QTest::newRow("trailing garbage")
        << minimal("[]") + " x"
        << u"in.mlsd:1:58: syntax error in value - invalid literal; expected end of input"_s;
}

void TestFileFormat::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const LoadResult r = load(data);
    QVERIFY(!r.ok());
    QVERIFY(!r.errors.isEmpty());
    QCOMPARE(r.errors.front().toString(), expected);
}

void TestFileFormat::unknownTypeIsKeptAndFlagged()
{
    const LoadResult r
        = load(minimal(R"([{"id": "a", "type": "ranking"}, {"id": "b", "type": "rankr"}])"));
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), 1);
    QCOMPARE(
        r.warnings.front().toString(),
        u"in.mlsd: /components/1/type: warning: unknown component type \"rankr\" (kept as it is)"_s);
    QCOMPARE(r.design->components().size(), 2);
    QCOMPARE(r.design->components().at(1).type, u"rankr"_s);
    QVERIFY(serializeDesign(*r.design).contains("\"type\": \"rankr\""));
}

void TestFileFormat::newerVersionOpensReadOnly()
{
    const LoadResult r
        = load(R"({"format": "mlsd-board", "version": 2, "components": [], "future": {"x": 1}})");
    QVERIFY(r.ok());
    QVERIFY(r.readOnly);
    QVERIFY(r.readOnlyReason.contains(u"format version 2"_s));
    QVERIFY(r.readOnlyReason.contains(u"read-only"_s));
}

void TestFileFormat::hostileInputIsBounded_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("200k-deep array") << QByteArray(200000, '[') + QByteArray(200000, ']')
                                     << u"in.mlsd:1:65: nesting deeper than 64 levels"_s;
    QTest::newRow("200k-deep object")
        << QByteArray("{\"a\":").repeated(200000) + "1" + QByteArray(200000, '}')
        << u"in.mlsd:1:321: nesting deeper than 64 levels"_s;
    QTest::newRow("deep inside components")
        << minimal("[" + QByteArray(100, '[') + QByteArray(100, ']') + "]")
        << u"in.mlsd:1:117: nesting deeper than 64 levels"_s;
    QTest::newRow("2 MB label")
        << minimal(R"([{"id": "a", "type": "ranking", "label": ")"
                   + QByteArray(2 * 1024 * 1024, 'x') + "\"}]")
        << u"in.mlsd: /components/0/label: text of 2097152 characters; the limit is 1000"_s;
    QTest::newRow("70 MB file") << QByteArray(
        70 * 1024 * 1024,
        ' ') << u"in.mlsd: the file is 73400320 bytes; the limit is 67108864 bytes"_s;
    QTest::newRow("empty")
        << QByteArray()
        << u"in.mlsd:1:1: syntax error in value - unexpected end of input; expected '[', '{', or a literal"_s;
}

void TestFileFormat::hostileInputIsBounded()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const LoadResult r = load(data);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.front().toString(), expected);
}

void TestFileFormat::bracketsInStringsAreNotNesting()
{
    const LoadResult r = load(minimal(R"([{"id": "a", "type": "ranking", "label": ")"
                                      + QByteArray(900, '[') + R"(\"{{{", "notes": "]]]"}])"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.design->components().front().label.size(), 904);
}

void TestFileFormat::roundTripKeepsUnknownKeysAtEveryLevel()
{
    const QByteArray input = R"({
      "format": "mlsd-board", "version": 1, "title": "Unknowns", "x_top": {"b": [1, {"c": null}], "a": "z"},
      "brief": {"task": "t", "x_brief": 1},
      "zones": [{"id": "z", "label": "Z", "kind": "online", "x_zone": true}],
      "components": [{"id": "a", "type": "ranking", "zone": "z", "x_comp": "k", "annotations": {"custom_note": "kept"}},
                     {"id": "b", "type": "filtering"}],
      "connections": [{"id": "c", "from": "b", "to": "a", "x_conn": 1.5}],
      "suppressed": [{"rule": "r/x", "reason": "because", "x_sup": 2}],
      "review": {"x_review": 1, "comments": [{"id": "k", "target": "a", "author": "i", "text": "t", "x_c": 3}],
                 "rubric": {"metrics": {"score": 2, "notes": "n", "x_r": 4}, "x_dimension": {"score": 1}}},
      "practice": {"question": "q", "duration_s": 2700, "phases": [{"id": "task", "planned_s": 300, "spent_s": 280, "x_p": 5}], "finished": true, "x_pr": 6}
    })";
    const LoadResult first = load(input);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    const QByteArray saved = serializeDesign(*first.design);
    for (const char *key : {"x_top", "x_brief", "x_zone", "x_comp", "custom_note", "x_conn",
                            "x_sup", "x_review", "x_c", "x_r", "x_dimension", "x_p", "x_pr"})
        QVERIFY2(saved.contains(QByteArray("\"") + key + "\""), key);
    const LoadResult second = load(saved);
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QVERIFY(*second.design == *first.design);
    QCOMPARE(serializeDesign(*second.design), saved);
}

void TestFileFormat::canonicalOutputIsStable()
{
    // Keys in any order, odd spacing: the canonical text is the same and ends with a newline.
    const QByteArray a
        = R"({"components": [{"type": "ranking", "id": "a", "label": "L"}], "version": 1, "format": "mlsd-board"})";
    const QByteArray b
        = R"({"format":"mlsd-board","version":1,"components":[{"label":"L","id":"a","type":"ranking"}]})";
    const QByteArray ca = serializeDesign(*load(a).design);
    QCOMPARE(ca, serializeDesign(*load(b).design));
    QVERIFY(ca.endsWith("}\n"));
    QVERIFY(
        ca.startsWith("{\n  \"format\": \"mlsd-board\",\n  \"version\": 1,\n  \"title\": \"\",\n"));
    // The example file in the test data is already canonical.
    const QByteArray basic = test::readFile(test::sourcePath(u"tests/data/basic/design.mlsd"_s));
    QCOMPARE(serializeDesign(*load(basic).design), basic);
}

void TestFileFormat::defaultsAreFilledIn()
{
    const LoadResult r = load(minimal(R"([{"id": "a", "type": "ranking"}])"));
    QVERIFY(r.ok());
    const Component &c = r.design->components().front();
    QCOMPARE(c.width, 180.0);
    QCOMPARE(c.height, 72.0);
    QCOMPARE(c.x, 0.0);
    QVERIFY(c.zone.isEmpty());
    QCOMPARE(r.design->connections().size(), 0);
    QVERIFY(!r.design->practice.has_value());
}

void TestFileFormat::saveIsAtomicAndKeepsBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.mlsd"_s);
    Design d = *load(minimal(R"([{"id": "a", "type": "ranking", "label": "one"}])")).design;
    QVERIFY(saveDesignFile(path, d).ok);
    const QByteArray first = test::readFile(path);
    QVERIFY(!QFile::exists(path + u".bak"_s)); // nothing to back up the first time

    d.componentForEdit(u"a"_s)->label = u"two"_s;
    const SaveResult second = saveDesignFile(path, d);
    QVERIFY(second.ok);
    QVERIFY(second.warning.isEmpty());
    QCOMPARE(test::readFile(path + u".bak"_s), first);
    QVERIFY(test::readFile(path).contains("\"two\""));
    // No temporary files are left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

void TestFileFormat::saveRemovesCopiesAnInterruptedSaveLeft()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.mlsd"_s);
    QVERIFY(writeFileAtomically(path, "version 1\n").ok);
    // What a save killed just before QSaveFile's rename leaves (the content it was writing), and
    // files of the user's that only look like that.
    QVERIFY(test::writeFile(path + u".Jsgtkv"_s, "version 2\n"));     // the save about to run
    QVERIFY(test::writeFile(path + u".bak.WvJVHr"_s, "version 1\n")); // of the backup
    QVERIFY(test::writeFile(path + u".backup"_s, "my own copy\n"));   // other content: kept
    QVERIFY(test::writeFile(path + u".old-v1"_s, "version 1\n"));     // not letters only: kept
    QVERIFY(test::writeFile(path + u".Abcdefg"_s, "version 1\n"));    // seven letters: kept
    QVERIFY(writeFileAtomically(path, "version 2\n").ok);
    QStringList left = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(left, (QStringList{u"d.mlsd"_s, u"d.mlsd.Abcdefg"_s, u"d.mlsd.backup"_s,
                                u"d.mlsd.bak"_s, u"d.mlsd.old-v1"_s}));
    QCOMPARE(test::readFile(path + u".backup"_s), QByteArray("my own copy\n"));
}

void TestFileFormat::failedSaveKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.mlsd"_s);
    const Design d = *load(minimal(R"([{"id": "a", "type": "ranking"}])")).design;
    QVERIFY(saveDesignFile(path, d).ok);
    const QByteArray before = test::readFile(path);
    // A folder where the file should be: the write fails and reports why.
    const SaveResult r = saveDesignFile(dir.filePath(u"sub/none/x.mlsd"_s), d);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(u"x.mlsd"_s));
    // A write that fails half-way (here: the file size limit, which binds root too, as a full disk
    // would): the save reports it and the previous file is untouched, backup included.
    Design big = d;
    big.componentForEdit(u"a"_s)->notes = QString(200000, u'n');
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const SaveResult r2 = saveDesignFile(path, big);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!r2.ok);
    QVERIFY2(r2.error.startsWith(path + u": "_s), qPrintable(r2.error));
    QCOMPARE(test::readFile(path), before);
    QStringList left = QDir(dir.path()).entryList(QDir::Files);
    left.removeAll(u"d.mlsd.bak"_s);
    QCOMPARE(left, QStringList{u"d.mlsd"_s});
}

void TestFileFormat::failedLoadChangesNothing()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.mlsd"_s);
    const QString bad = dir.filePath(u"bad.mlsd"_s);
    QVERIFY(test::writeFile(good, minimal(R"([{"id": "a", "type": "ranking", "label": "kept"}])")));
    QVERIFY(test::writeFile(bad, "{ broken"));
    Document doc;
    QVERIFY(doc.load(good, &Catalog::builtin()).ok());
    doc.setComponentLabel(u"a"_s, u"edited"_s);
    const LoadResult r = doc.load(bad, &Catalog::builtin());
    QVERIFY(!r.ok());
    QVERIFY(r.message().startsWith(bad + u":1:"_s));
    QCOMPARE(doc.filePath(), good);
    QCOMPARE(doc.design().components().front().label, u"edited"_s);
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestFileFormat::readOnlyDocumentRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.mlsd"_s);
    const QByteArray newer
        = R"({"format": "mlsd-board", "version": 3, "components": [], "hologram": 1})";
    QVERIFY(test::writeFile(path, newer));
    Document doc;
    const LoadResult r = doc.load(path, &Catalog::builtin());
    QVERIFY(r.ok());
    QVERIFY(doc.isReadOnly());
    QString error;
    QVERIFY(!doc.save(path, &error));
    QVERIFY(error.contains(u"read-only"_s));
    QCOMPARE(test::readFile(path), newer);
    // Saving a copy elsewhere works; the copy is ours to edit.
    QVERIFY(doc.save(dir.filePath(u"copy.mlsd"_s), &error));
    QVERIFY(!doc.isReadOnly());
}

QTEST_GUILESS_MAIN(TestFileFormat)
#include "tst_fileformat.moc"
