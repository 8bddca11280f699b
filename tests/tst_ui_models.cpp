// The canvas's list models: consistent for QAbstractItemModelTester, rows inserted and removed as
// components come and go (never a reset for a one-item change), dataChanged with only the roles
// that changed, and the viewport filter.
#include "canvas/canvasscene.h"
#include "canvas/componentmodel.h"
#include "canvas/connectionmodel.h"
#include "canvas/zonemodel.h"
#include "session/session.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

namespace {

/// The roles of the dataChanged emissions recorded by \a spy, one list per emission.
QList<QList<int>> rolesOf(const QSignalSpy &spy)
{
    QList<QList<int>> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(2).value<QList<int>>();
    return out;
}

/// Ids of every row of \a model.
QStringList rows(const SceneListModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.idAt(i);
    return out;
}

Component box(const QString &id, double x, double y)
{
    Component c;
    c.id = id;
    c.type = u"ranking"_s;
    c.label = id;
    c.x = x;
    c.y = y;
    return c;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<Session>();
        QVERIFY(m_session->open(test::sourcePath(u"tests/data/basic/design.mlsd"_s)));
        m_scene = std::make_unique<CanvasScene>();
        m_scene->setSession(m_session.get());
    }

    void cleanup()
    {
        m_scene.reset();
        m_session.reset();
    }

    void componentModelUnfilteredListsEveryComponent()
    {
        ComponentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiltered(false);
        model.setScene(m_scene.get());
        QCOMPARE(rows(model), (QStringList{u"cg1"_s, u"flt"_s, u"rk"_s, u"app"_s}));
        const QModelIndex rk = model.index(2);
        QCOMPARE(rk.data(ComponentModel::LabelRole).toString(), u"DCN ranker"_s);
        QCOMPARE(rk.data(ComponentModel::TypeNameRole).toString(), u"Ranking"_s);
        QCOMPARE(rk.data(ComponentModel::XRole).toDouble(), 560.0);
        QCOMPARE(rk.data(ComponentModel::IconRole).toUrl(), QUrl(u"qrc:/mlsd/icons/ranking.svg"_s));
        QVERIFY(rk.data(ComponentModel::ColorRole).value<QColor>().isValid());
        QCOMPARE(rk.data(ComponentModel::ZoneRole).toString(), u"online"_s);
        QCOMPARE(rk.data(ComponentModel::SelectedRole).toBool(), false);
        QCOMPARE(model.roleNames().value(ComponentModel::XRole), QByteArray("posX"));
    }

    void componentChangesEmitOnlyTheirRoles_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QList<int>>("roles");
        QTest::newRow("move") << u"move"_s
                              << QList<int>{ComponentModel::XRole, ComponentModel::YRole,
                                            ComponentModel::WidthRole, ComponentModel::HeightRole};
        QTest::newRow("rename") << u"rename"_s << QList<int>{ComponentModel::LabelRole};
        QTest::newRow("type") << u"type"_s
                              << QList<int>{ComponentModel::TypeRole, ComponentModel::TypeNameRole,
                                            ComponentModel::ColorRole, ComponentModel::IconRole};
        QTest::newRow("zone") << u"zone"_s << QList<int>{ComponentModel::ZoneRole};
        QTest::newRow("notes") << u"notes"_s << QList<int>{}; // not shown: nothing emitted
    }

    void componentChangesEmitOnlyTheirRoles()
    {
        QFETCH(QString, edit);
        QFETCH(QList<int>, roles);
        ComponentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiltered(false);
        model.setScene(m_scene.get());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Document *doc = m_session->document();
        if (edit == u"move")
            doc->moveComponents({u"flt"_s}, QPointF(10, 0));
        else if (edit == u"rename")
            doc->setComponentLabel(u"flt"_s, u"Dedup"_s);
        else if (edit == u"type")
            doc->setComponentType(u"flt"_s, u"re_ranking"_s);
        else if (edit == u"zone")
            doc->setComponentZone(u"flt"_s, {});
        else
            doc->setComponentNotes(u"flt"_s, u"Some notes"_s);
        QCOMPARE(reset.count(), 0);
        if (roles.isEmpty()) {
            QCOMPARE(changed.count(), 0);
            return;
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.front().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.front().at(1).toModelIndex().row(), 1);
        QCOMPARE(rolesOf(changed).front(), roles);
    }

    void addAndRemoveInsertAndRemoveRows()
    {
        ComponentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiltered(false);
        model.setScene(m_scene.get());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Document *doc = m_session->document();
        const QString id = doc->addComponent(box(u"new"_s, 100, 400));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.idAt(4), id);
        doc->removeItems({u"flt"_s});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.front().at(1).toInt(), 1);
        QCOMPARE(rows(model), (QStringList{u"cg1"_s, u"rk"_s, u"app"_s, id}));
        doc->undoStack()->undo(); // flt comes back (appended: rows are the model's own order)
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.rowOf(u"flt"_s) >= 0);
        QCOMPARE(reset.count(), 0);
        // A new design resets.
        QVERIFY(m_session->open(test::sourcePath(u"tests/data/basic/design.mlsd"_s)));
        QCOMPARE(rows(model), (QStringList{u"cg1"_s, u"flt"_s, u"rk"_s, u"app"_s}));
    }

    void selectionAndHoverEmitOnlyTheRowsThatFlip()
    {
        ComponentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiltered(false);
        model.setScene(m_scene.get());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Selection *sel = m_session->selection();
        sel->setComponents({u"cg1"_s, u"flt"_s});
        QCOMPARE(changed.count(), 2);
        changed.clear();
        sel->setComponents({u"flt"_s, u"rk"_s}); // cg1 off, rk on, flt unchanged
        QCOMPARE(changed.count(), 2);
        QSet<int> flipped;
        for (const QList<QVariant> &args : changed) {
            flipped.insert(args.at(0).toModelIndex().row());
            QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{ComponentModel::SelectedRole});
        }
        QCOMPARE(flipped, (QSet<int>{0, 2}));
        QVERIFY(model.index(2).data(ComponentModel::SelectedRole).toBool());
        QVERIFY(!model.index(0).data(ComponentModel::SelectedRole).toBool());
        changed.clear();
        m_scene->setHoveredComponent(u"app"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(rolesOf(changed).front(), QList<int>{ComponentModel::HoveredRole});
        QVERIFY(model.index(3).data(ComponentModel::HoveredRole).toBool());
        changed.clear();
        m_scene->setHoveredComponent(u"rk"_s);
        QCOMPARE(changed.count(), 2); // app off, rk on
    }

    void viewportFilterHoldsOnlyNearbyComponents()
    {
        // A row of 20 components, 300 apart.
        Design d;
        for (int i = 0; i < 20; ++i)
            d.appendComponent(box(u"n%1"_s.arg(i), i * 300, 0));
        m_session->document()->resetDesign(d);
        ComponentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScene(m_scene.get());
        QVERIFY(model.isFiltered());
        QCOMPARE(model.rowCount(), 0); // no viewport: nothing to show
        model.setViewport(QRectF(0, -100, 1000, 300));
        model.syncViewport();
        // 1000 wide plus 10 % on each side: x from -100 to 1100 → n0…n3.
        QCOMPARE(rows(model), (QStringList{u"n0"_s, u"n1"_s, u"n2"_s, u"n3"_s}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Pan right by 300: n4 comes in; n0, now out of view, keeps its row while within 35 % of
        // the view's width (no churn when panning back and forth).
        model.setViewport(QRectF(300, -100, 1000, 300));
        model.syncViewport();
        QCOMPARE(rows(model), (QStringList{u"n0"_s, u"n1"_s, u"n2"_s, u"n3"_s, u"n4"_s}));
        // Further: the far-left ones leave.
        model.setViewport(QRectF(3000, -100, 1000, 300));
        model.syncViewport();
        QCOMPARE(rows(model), (QStringList{u"n10"_s, u"n11"_s, u"n12"_s, u"n13"_s}));
        QCOMPARE(reset.count(), 0);
        QVERIFY(inserted.count() >= 2);
        QVERIFY(removed.count() >= 1);
        // A component moved into view gets a row; moved out, it loses it.
        m_session->document()->moveComponents({u"n0"_s}, QPointF(3300, 0));
        QVERIFY(model.rowOf(u"n0"_s) >= 0);
        m_session->document()->moveComponents({u"n0"_s}, QPointF(-3300, 0));
        QCOMPARE(model.rowOf(u"n0"_s), -1);
        // An empty viewport (the zoomed-out level of detail) clears the rows.
        model.setViewport(QRectF());
        model.syncViewport();
        QCOMPARE(model.rowCount(), 0);
    }

    void viewportChangesApplyOncePerEventLoopPass()
    {
        ComponentModel model;
        model.setScene(m_scene.get());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // A zoom changes the rectangle several times in a row: only the last one counts.
        model.setViewport(QRectF(0, 0, 250, 200));   // cg1
        model.setViewport(QRectF(500, 0, 250, 200)); // rk
        model.setViewport(QRectF(800, 0, 250, 200)); // app
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), u"app"_s);
        QCOMPARE(inserted.count(), 1);
    }

    void manyComponentsComingIntoViewArriveOverSeveralPasses()
    {
        // A grid of 30 x 20 components, 200 apart; a view over all of them at once (zooming out).
        Design d;
        for (int i = 0; i < 600; ++i)
            d.appendComponent(box(u"n%1"_s.arg(i), (i % 30) * 200, (i / 30) * 200));
        m_session->document()->resetDesign(d);
        ComponentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScene(m_scene.get());
        const QRectF view(0, 0, 6000, 4000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setViewport(view);
        QCOMPARE(model.rowCount(), 0);
        // Every component gets its row, over several passes of at most maxAddedPerPass rows.
        QTRY_COMPARE(model.rowCount(), 600);
        QVERIFY(inserted.count() >= 600 / ComponentModel::maxAddedPerPass);
        for (const QList<QVariant> &batch : std::as_const(inserted))
            QVERIFY(batch.at(2).toInt() - batch.at(1).toInt() + 1
                    <= ComponentModel::maxAddedPerPass);
        // The first pass brought those nearest the middle of the view.
        const QPointF centre = view.center();
        double farthest = 0;
        for (int r = 0; r <= inserted.front().at(2).toInt(); ++r) {
            const QRectF rect = m_scene->componentRect(model.idAt(r));
            farthest = std::max(farthest, QLineF(rect.center(), centre).length());
        }
        QVERIFY2(farthest < 1600, qPrintable(QString::number(farthest)));
        // syncViewport() applies everything at once.
        model.setViewport(QRectF());
        model.syncViewport();
        QCOMPARE(model.rowCount(), 0);
        model.setViewport(view);
        model.syncViewport();
        QCOMPARE(model.rowCount(), 600);
    }

    void zoneModel()
    {
        ZoneModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScene(m_scene.get());
        QCOMPARE(rows(model), QStringList{u"online"_s});
        QCOMPARE(model.index(0).data(ZoneModel::LabelRole).toString(), u"Online serving"_s);
        QCOMPARE(model.index(0).data(ZoneModel::KindRole).toString(), u"online"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_session->document()->setZoneLabel(u"online"_s, u"Serving"_s);
        QCOMPARE(rolesOf(changed), QList<QList<int>>{{ZoneModel::LabelRole}});
        changed.clear();
        m_session->document()->moveZone(u"online"_s, QPointF(0, 50));
        QCOMPARE(rolesOf(changed),
                 (QList<QList<int>>{{ZoneModel::XRole, ZoneModel::YRole, ZoneModel::WidthRole,
                                     ZoneModel::HeightRole}}));
        changed.clear();
        m_session->selection()->selectZone(u"online"_s);
        QCOMPARE(rolesOf(changed), QList<QList<int>>{{ZoneModel::SelectedRole}});
        Zone z;
        z.kind = u"offline"_s;
        const QString id = m_session->document()->addZone(z);
        QCOMPARE(rows(model), (QStringList{u"online"_s, id}));
        m_session->document()->removeItems({}, {}, {u"online"_s});
        QCOMPARE(rows(model), QStringList{id});
    }

    void connectionModelHoldsLabelledConnections()
    {
        ConnectionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiltered(false);
        model.setScene(m_scene.get());
        // c2 has no label: no pill, no row.
        QCOMPARE(rows(model), (QStringList{u"c1"_s, u"c3"_s}));
        const QModelIndex c1 = model.index(0);
        QCOMPARE(c1.data(ConnectionModel::LabelRole).toString(), u"top-500"_s);
        QCOMPARE(c1.data(ConnectionModel::KindRole).toString(), u"data"_s);
        const QPointF mid = m_scene->connectionMidpoint(u"c1"_s);
        QCOMPARE(c1.data(ConnectionModel::MidXRole).toDouble(), mid.x());
        Document *doc = m_session->document();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        doc->moveComponents({u"cg1"_s}, QPointF(0, 40)); // c1's middle moves
        QCOMPARE(rolesOf(changed),
                 (QList<QList<int>>{{ConnectionModel::MidXRole, ConnectionModel::MidYRole}}));
        changed.clear();
        doc->setConnectionLabel(u"c1"_s, u"top-1000"_s);
        QCOMPARE(rolesOf(changed),
                 (QList<QList<int>>{{ConnectionModel::LabelRole, ConnectionModel::KindRole,
                                     ConnectionModel::MidXRole, ConnectionModel::MidYRole}}));
        // Labelling c2 gives it a row; clearing c1's label takes its row away.
        doc->setConnectionLabel(u"c2"_s, u"candidates"_s);
        QVERIFY(model.rowOf(u"c2"_s) >= 0);
        doc->setConnectionLabel(u"c1"_s, {});
        QCOMPARE(model.rowOf(u"c1"_s), -1);
        // Deleting a component takes its connections' rows.
        doc->removeItems({u"app"_s});
        QCOMPARE(model.rowOf(u"c3"_s), -1);
        QCOMPARE(rows(model), QStringList{u"c2"_s});
    }

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CanvasScene> m_scene;
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
