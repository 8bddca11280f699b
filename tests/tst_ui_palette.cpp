// The palette model: every catalog type by category, the search filter (name, id, description,
// keywords; best matches first) and the roles the palette delegates read.
#include "model/catalog.h"
#include "panels/palettemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void listsTheWholeCatalogByCategory()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(Catalog::builtin().types().size()));
        QCOMPARE(model.rowCount(), 27);
        // Categories are contiguous (the palette's sections) and in catalog order.
        QStringList seen;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString cat = model.data(model.index(r), PaletteModel::CategoryRole).toString();
            if (seen.isEmpty() || seen.last() != cat) {
                QVERIFY2(!seen.contains(cat), qPrintable(cat + u" split"_s));
                seen << cat;
            }
        }
        QCOMPARE(seen.size(), Catalog::categories().size());
    }

    void rolesDescribeTheType()
    {
        PaletteModel model;
        const int row = model.rowOf(u"ranking"_s);
        QVERIFY(row >= 0);
        const QModelIndex i = model.index(row);
        QCOMPARE(model.data(i, PaletteModel::TypeIdRole).toString(), u"ranking"_s);
        QCOMPARE(model.data(i, PaletteModel::NameRole).toString(), u"Ranking"_s);
        QCOMPARE(model.data(i, PaletteModel::CategoryNameRole).toString(),
                 u"Retrieval and ranking"_s);
        QCOMPARE(model.data(i, PaletteModel::IconRole).toUrl(),
                 QUrl(u"qrc:/mlsd/icons/ranking.svg"_s));
        QCOMPARE(model.data(i, PaletteModel::ColorRole).value<QColor>(), QColor(u"#1d4ed8"_s));
        QVERIFY(model.data(i, PaletteModel::KeywordsRole).toStringList().contains(u"xgboost"_s));
        QVERIFY(!model.data(i, PaletteModel::DescriptionRole).toString().isEmpty());
        // Every icon resolves to a resource that exists.
        for (int r = 0; r < model.rowCount(); ++r) {
            const QUrl icon = model.data(model.index(r), PaletteModel::IconRole).toUrl();
            QVERIFY2(QFile::exists(u":"_s + icon.path()), qPrintable(icon.toString()));
        }
    }

    void filter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("first"); // the best matches, in order
        QTest::addColumn<int>("count");         // -1: not checked
        QTest::newRow("name prefix first")
            << u"rank"_s << QStringList{u"ranking"_s, u"re_ranking"_s} << -1;
        QTest::newRow("id") << u"vector_index"_s << QStringList{u"vector_index"_s} << 1;
        QTest::newRow("id words") << u"candidate retrieval"_s
                                  << QStringList{u"candidate_retrieval"_s} << -1;
        QTest::newRow("keyword") << u"xgboost"_s << QStringList{u"ranking"_s} << -1;
        QTest::newRow("keyword before description")
            << u"dedup"_s << QStringList{u"filtering"_s} << 3;
        QTest::newRow("case and spaces") << u"  LLM  "_s << QStringList{u"llm_generator"_s} << -1;
        QTest::newRow("every word must match")
            << u"feature store online"_s << QStringList{u"feature_store"_s} << 1;
        QTest::newRow("no match") << u"zzzz"_s << QStringList{} << 0;
        QTest::newRow("empty") << QString() << QStringList{u"data_source"_s} << 27;
    }
    void filter()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, first);
        QFETCH(int, count);
        PaletteModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(u"something else"_s);
        model.setFilter(filter);
        QStringList shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.typeAt(r);
        QCOMPARE(shown.mid(0, first.size()), first);
        if (count >= 0)
            QCOMPARE(model.rowCount(), count);
    }

    void signalsOnlyOnChange()
    {
        PaletteModel model;
        QSignalSpy filterChanged(&model, &PaletteModel::filterChanged);
        QSignalSpy countChanged(&model, &PaletteModel::countChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(u"rank"_s);
        model.setFilter(u"rank"_s);
        QCOMPARE(filterChanged.count(), 1);
        QCOMPARE(countChanged.count(), 1);
        // A longer filter with the same matches does not rebuild the list.
        model.setFilter(u"ranki"_s);
        const int resetsBefore = int(reset.count());
        model.setFilter(u"rankin"_s);
        QCOMPARE(int(reset.count()), resetsBefore);
        QCOMPARE(model.typeAt(-1), QString());
        QCOMPARE(model.typeAt(model.rowCount()), QString());
        QCOMPARE(model.rowOf(u"no_such_type"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestPalette)
#include "tst_ui_palette.moc"
