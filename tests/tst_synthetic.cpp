// The synthetic designs of the benchmarks (`mlsdboard generate`): valid, realistic in shape, and
// the same for the same seed.
#include "testutil.h"

#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "model/designgenerator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

class TestSynthetic : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeADesign_data();
    void looksLikeADesign();
    void sameSeedSameBytes();
    void generateVerbWritesALoadableFile();
    void generateVerbRejectsBadArguments_data();
    void generateVerbRejectsBadArguments();
};

void TestSynthetic::looksLikeADesign_data()
{
    QTest::addColumn<int>("components");
    QTest::newRow("empty") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("partial pipeline") << 17;
    QTest::newRow("1k") << 1000;
    QTest::newRow("10k") << 10000;
}

void TestSynthetic::looksLikeADesign()
{
    QFETCH(int, components);
    const Design d = generateSyntheticDesign({components, 42});
    QCOMPARE(d.components().size(), components);

    // It loads back without a single error or warning: real catalog types, valid references.
    const LoadResult r = loadDesign(serializeDesign(d), u"synthetic.mlsd"_s, &Catalog::builtin());
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.message()));
    QVERIFY(*r.design == d);

    if (components < 1000)
        return;
    // About 1.5 connections per component, annotations on about a third, every kind of edge.
    const double perComponent = double(d.connections().size()) / components;
    QVERIFY2(perComponent > 1.45 && perComponent <= 1.5, qPrintable(QString::number(perComponent)));
    qsizetype annotated = 0;
    for (const Component &c : d.components())
        annotated += c.annotations.isEmpty() ? 0 : 1;
    QVERIFY2(annotated > components / 4 && annotated < components * 2 / 5,
             qPrintable(QString::number(annotated)));
    QSet<ConnectionKind> kinds;
    for (const Connection &c : d.connections())
        kinds.insert(c.kind);
    QCOMPARE(kinds.size(), 4);
    // Every component sits inside its zone, and no two components overlap.
    QSet<std::pair<int, int>> cells;
    for (const Component &c : d.components()) {
        QVERIFY(!c.zone.isEmpty());
        QVERIFY2(d.zone(c.zone)->rect().contains(c.rect()), qPrintable(c.id));
        const auto cell = std::make_pair(int(c.x), int(c.y));
        QVERIFY2(!cells.contains(cell), qPrintable(c.id));
        cells.insert(cell);
    }
    // Most of the catalog is used.
    QSet<QString> types;
    for (const Component &c : d.components())
        types.insert(c.type);
    QVERIFY2(types.size() >= 25, qPrintable(QString::number(types.size())));
}

void TestSynthetic::sameSeedSameBytes()
{
    const QByteArray a = serializeDesign(generateSyntheticDesign({500, 7}));
    QCOMPARE(serializeDesign(generateSyntheticDesign({500, 7})), a);
    QVERIFY(serializeDesign(generateSyntheticDesign({500, 8})) != a);
}

void TestSynthetic::generateVerbWritesALoadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.mlsd"_s);
    const test::Run r = test::runCli(
        {u"generate"_s, u"--components"_s, u"240"_s, u"--seed"_s, u"3"_s, u"-o"_s, path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(test::readFile(path), serializeDesign(generateSyntheticDesign({240, 3})));
    // The file is canonical: fmt --check accepts it.
    QCOMPARE(test::runCli({u"fmt"_s, u"--check"_s, path}).exitCode, 0);
}

void TestSynthetic::generateVerbRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no count") << QStringList{u"-o"_s, u"x.mlsd"_s}
                              << u"usage: mlsdboard generate"_s;
    QTest::newRow("no output") << QStringList{u"--components"_s, u"5"_s}
                               << u"usage: mlsdboard generate"_s;
    QTest::newRow("negative") << QStringList{u"--components"_s, u"-5"_s, u"-o"_s, u"x.mlsd"_s}
                              << u"--components must be a whole number from 0 to 1000000"_s;
    QTest::newRow("too many") << QStringList{u"--components"_s, u"2000000"_s, u"-o"_s, u"x.mlsd"_s}
                              << u"--components must be a whole number from 0 to 1000000"_s;
    QTest::newRow("bad seed") << QStringList{u"--components"_s, u"5"_s,     u"--seed"_s, u"x"_s,
                                             u"-o"_s,           u"x.mlsd"_s}
                              << u"--seed must be a whole number"_s;
}

void TestSynthetic::generateVerbRejectsBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const test::Run r = test::runCli(QStringList{u"generate"_s} + args, 60000, dir.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(u"x.mlsd"_s)));
}

QTEST_GUILESS_MAIN(TestSynthetic)
#include "tst_synthetic.moc"
