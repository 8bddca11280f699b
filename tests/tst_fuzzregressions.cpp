// Every input the fuzzers (tests/fuzz) ever found failing, and the hostile seeds they start from,
// kept in tests/data/fuzz-regressions/ and named after the harness: design-*.mlsd go through the
// loader and the writer. Each one must end in a clean, located error or in a design that saves
// and loads back unchanged — never in a crash, a hang or a leak (run under the asan preset) —
// and both load paths (element by element, whole DOM) must say exactly the same about it.
#include "testutil.h"
#include "fuzz/jsoncompare.h"

#include "catalog.h"
#include "designreader.h"
#include "designwriter.h"

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
};

namespace {

void addFiles(const QString &pattern)
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::sourcePath(u"tests/data/fuzz-regressions"_s));
    const QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(u"no %1 in %2"_s.arg(pattern, dir.path())));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
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

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
