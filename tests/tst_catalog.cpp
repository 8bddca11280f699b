// The component catalog: the 27 built-in types are complete and valid, and broken catalog files
// are refused with located errors.
#include "io/schema.h"
#include "model/catalog.h"
#include "testutil.h"

#include <QGuiApplication>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinHasTheDesignedTypes();
    void everyTypeIsComplete();
    void invalidFilesAreRefused_data();
    void invalidFilesAreRefused();
    void directoryWithoutTypesIsAnError();
};

void TestCatalog::builtinHasTheDesignedTypes()
{
    const QStringList expected = {u"client"_s,
                                  u"data_source"_s,
                                  u"event_logging"_s,
                                  u"data_pipeline"_s,
                                  u"labeling"_s,
                                  u"training_data_gen"_s,
                                  u"feature_store"_s,
                                  u"embedding_service"_s,
                                  u"vector_index"_s,
                                  u"query_understanding"_s,
                                  u"candidate_retrieval"_s,
                                  u"filtering"_s,
                                  u"feature_hydration"_s,
                                  u"ranking"_s,
                                  u"re_ranking"_s,
                                  u"classifier"_s,
                                  u"llm_generator"_s,
                                  u"policy_enforcement"_s,
                                  u"human_review"_s,
                                  u"authz_service"_s,
                                  u"model_training_pipeline"_s,
                                  u"offline_evaluation"_s,
                                  u"model_registry"_s,
                                  u"serving"_s,
                                  u"cache"_s,
                                  u"ab_testing"_s,
                                  u"monitoring"_s};
    const Catalog &catalog = Catalog::builtin();
    QCOMPARE(catalog.types().size(), expected.size());
    for (const QString &id : expected)
        QVERIFY2(catalog.contains(id), qPrintable(id));
}

void TestCatalog::everyTypeIsComplete()
{
    const Catalog &catalog = Catalog::builtin();
    QString previousCategory;
    QStringList seenCategories;
    for (const ComponentType &t : catalog.types()) {
        QVERIFY2(!t.name.isEmpty() && !t.description.isEmpty() && !t.guide.isEmpty(),
                 qPrintable(t.id));
        QVERIFY2(t.color.isValid(), qPrintable(t.id));
        QSvgRenderer icon(t.icon);
        QVERIFY2(icon.isValid(), qPrintable(t.id + u": icon "_s + t.icon));
        QCOMPARE(icon.viewBox(), QRect(0, 0, 24, 24));
        for (const QString &a : t.annotations)
            QVERIFY2(schema::indexOf(schema::annotations(), a) >= 0,
                     qPrintable(t.id + u": "_s + a));
        // Types are grouped by category, in category order.
        if (t.category != previousCategory) {
            QVERIFY2(!seenCategories.contains(t.category), qPrintable(t.category));
            seenCategories << t.category;
            previousCategory = t.category;
        }
        // The guide section names real headings of the guide (a copy is kept with the tests).
        static const QByteArray guide
            = test::readFile(test::sourcePath(u"tests/data/guide/ml-design-guide.rst"_s));
        QVERIFY(!guide.isEmpty());
        for (const QString &part : t.guide.split(u" › "_s))
            QVERIFY2(guide.contains(part.toUtf8() + '\n'), qPrintable(t.id + u": "_s + part));
    }
    QCOMPARE(seenCategories.size(), Catalog::categories().size());
}

void TestCatalog::invalidFilesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray good
        = R"({"id": "ranker", "name": "Ranker", "category": "retrieval", "description": "d",
        "icon": "ranking.svg", "color": "#112233", "annotations": ["baseline"], "guide": "g"})";
    QTest::newRow("valid") << u"ranker.json"_s << good << QString();
    QTest::newRow("syntax")
        << u"ranker.json"_s << QByteArray("{\"id\": }")
        << u"ranker.json:1:8: syntax error in value - unexpected '}'; expected '[', '{', or a literal"_s;
    QTest::newRow("id mismatch")
        << u"other.json"_s << good
        << u"other.json: /id: id \"ranker\" does not match the file name"_s;
    QTest::newRow("missing name") << u"ranker.json"_s
                                  << QByteArray(good).replace("\"name\": \"Ranker\",", "")
                                  << u"ranker.json: missing \"name\""_s;
    QTest::newRow("bad colour")
        << u"ranker.json"_s << QByteArray(good).replace("#112233", "blue")
        << u"ranker.json: /color: expected a colour as #rrggbb, found \"blue\""_s;
    QTest::newRow("bad category") << u"ranker.json"_s
                                  << QByteArray(good).replace("retrieval", "misc")
                                  << u"ranker.json: /category: unknown category \"misc\""_s;
    QTest::newRow("bad annotation")
        << u"ranker.json"_s << QByteArray(good).replace("baseline", "vibes")
        << u"ranker.json: /annotations/0: unknown annotation id \"vibes\""_s;
    QTest::newRow("missing icon")
        << u"ranker.json"_s << QByteArray(good).replace("ranking.svg", "nope.svg")
        << u"ranker.json: /icon: icon \"nope.svg\" not found at :/mlsd/icons/nope.svg"_s;
    QTest::newRow("deep") << u"ranker.json"_s << QByteArray(100, '[')
                          << u"ranker.json:1:17: nesting deeper than 16 levels"_s;
}

void TestCatalog::invalidFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    Catalog catalog;
    Diagnostics errors;
    const bool ok = catalog.loadType(data, file, &errors);
    if (expected.isEmpty()) {
        QVERIFY2(ok, qPrintable(toString(errors)));
        QVERIFY(catalog.contains(u"ranker"_s));
        return;
    }
    QVERIFY(!ok);
    QVERIFY(!catalog.contains(u"ranker"_s));
    QCOMPARE(errors.front().toString(), expected);
}

void TestCatalog::directoryWithoutTypesIsAnError()
{
    QTemporaryDir dir;
    Catalog catalog;
    Diagnostics errors;
    QVERIFY(!catalog.loadDirectory(dir.path(), &errors));
    QCOMPARE(errors.front().toString(), dir.path() + u": no component types found"_s);
}

QTEST_MAIN(TestCatalog)
#include "tst_catalog.moc"
