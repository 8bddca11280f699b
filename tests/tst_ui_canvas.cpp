// The canvas's logic without a window: snapping and guides, clipboard fragments, the commands
// (paste placement, duplicate, find, nudge) and the gesture controller (hit-testing, Alt, cancel).
#include "canvas/canvasactions.h"
#include "canvas/canvascontroller.h"
#include "canvas/canvasscene.h"
#include "canvas/clipboard.h"
#include "canvas/snapping.h"
#include "io/designwriter.h"
#include "session/session.h"
#include "testutil.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<Session>();
        QVERIFY(m_session->open(test::sourcePath(u"tests/data/basic/design.mlsd"_s)));
        m_scene = std::make_unique<CanvasScene>();
        m_scene->setSession(m_session.get());
        m_actions = std::make_unique<CanvasActions>();
        m_actions->setScene(m_scene.get());
        m_controller = std::make_unique<CanvasController>();
        m_controller->setScene(m_scene.get());
        m_controller->setProperty("viewport", QRectF(-100, -100, 1400, 800));
    }

    void cleanup()
    {
        m_controller.reset();
        m_actions.reset();
        m_scene.reset();
        m_session.reset();
    }

    // ---- Snapping ----

    void snapMove_data()
    {
        QTest::addColumn<QRectF>("moving");
        QTest::addColumn<QPointF>("raw");
        QTest::addColumn<double>("grid");
        QTest::addColumn<QPointF>("expected");
        QTest::addColumn<int>("guides");
        const QRectF box(0, 300, 100, 50);
        // The other box: (200, 0, 100, 50): lines x 200/250/300, y 0/25/50.
        QTest::newRow("free") << box << QPointF(37, 13) << 0.0 << QPointF(37, 13) << 0;
        QTest::newRow("grid") << box << QPointF(37, 13) << 20.0 << QPointF(40, 20) << 0;
        QTest::newRow("left edges align")
            << box << QPointF(196, 13) << 20.0 << QPointF(200, 20) << 1;
        QTest::newRow("centres align") << box << QPointF(153, 13) << 0.0 << QPointF(150, 13) << 1;
        QTest::newRow("right to left") << box << QPointF(102, 13) << 0.0 << QPointF(100, 13) << 1;
        QTest::newRow("both axes") << box << QPointF(198, -297) << 20.0 << QPointF(200, -300) << 2;
        QTest::newRow("too far") << box << QPointF(190, 13) << 0.0 << QPointF(190, 13) << 0;
    }

    void snapMove()
    {
        QFETCH(QRectF, moving);
        QFETCH(QPointF, raw);
        QFETCH(double, grid);
        QFETCH(QPointF, expected);
        QFETCH(int, guides);
        const SnapResult r = ui::snapMove(moving, raw, {QRectF(200, 0, 100, 50)}, 6, grid);
        QCOMPARE(r.delta, expected);
        QCOMPARE(r.guides.size(), guides);
    }

    void guideSpansTheAlignedBoxes()
    {
        const SnapResult r
            = ui::snapMove(QRectF(0, 300, 100, 50), QPointF(198, 0),
                           {QRectF(200, 0, 100, 50), QRectF(200, 600, 80, 40)}, 6, 0);
        QCOMPARE(r.guides.size(), 1);
        QCOMPARE(r.guides.front(), QLineF(200, 0, 200, 640));
    }

    // ---- Clipboard fragments ----

    void fragmentKeepsInnerConnectionsAndDropsOuterZones()
    {
        const Design &d = m_session->document()->design();
        const Design f = Clipboard::fragment(d, {u"cg1"_s, u"flt"_s, u"app"_s}, {});
        QCOMPARE(f.components().size(), 3);
        QCOMPARE(f.connections().size(), 1); // cg1→flt; flt→rk and rk→app have an end outside
        QCOMPARE(f.connections().front().id, u"c1"_s);
        QVERIFY(f.zones().isEmpty());
        QVERIFY(f.components().front().zone.isEmpty()); // its zone is not copied
        // Copying the zone copies what is in it.
        const Design z = Clipboard::fragment(d, {}, {u"online"_s});
        QCOMPARE(z.zones().size(), 1);
        QCOMPARE(z.components().size(), 4);
        QCOMPARE(z.connections().size(), 3);
        QCOMPARE(z.components().front().zone, u"online"_s);
    }

    void fragmentRoundTripsThroughMimeData()
    {
        const Design f
            = Clipboard::fragment(m_session->document()->design(), {u"cg1"_s, u"flt"_s}, {});
        std::unique_ptr<QMimeData> data(Clipboard::toMimeData(f));
        QVERIFY(data->hasFormat(QString::fromLatin1(Clipboard::mimeType)));
        QVERIFY(data->text().contains(u"\"mlsd-board\""_s));
        const std::optional<Design> back = Clipboard::fromMimeData(data.get());
        QVERIFY(back.has_value());
        QCOMPARE(serializeDesign(*back), serializeDesign(f));
        // Plain text of a design pastes too (copied from a text editor, another app)…
        QMimeData text;
        text.setText(QString::fromUtf8(serializeDesign(f)));
        QVERIFY(Clipboard::fromMimeData(&text).has_value());
        // …but not any text, nor a broken fragment.
        QMimeData other;
        other.setText(u"hello"_s);
        QVERIFY(!Clipboard::fromMimeData(&other).has_value());
        QMimeData broken;
        broken.setData(QString::fromLatin1(Clipboard::mimeType),
                       "{\"format\": \"mlsd-board\", \"version\": 1");
        QVERIFY(!Clipboard::fromMimeData(&broken).has_value());
        QVERIFY(!Clipboard::fromMimeData(nullptr).has_value());
    }

    void pasteCascadesAndLandsInView()
    {
        m_session->selection()->setComponents({u"cg1"_s});
        QVERIFY(m_actions->copySelection());
        QVERIFY(m_actions->canPaste());
        m_actions->setGrid(20);
        const QRectF view(-100, -100, 1400, 800);
        const QStringList first = m_actions->paste(view);
        QCOMPARE(first.size(), 1);
        QCOMPARE(m_scene->componentRect(first.front()).topLeft(), QPointF(60, 80)); // +24 → +20
        const QStringList second = m_actions->paste(view);
        QCOMPARE(m_scene->componentRect(second.front()).topLeft(), QPointF(80, 100)); // cascades
        QCOMPARE(m_session->selection()->componentIds(), second);
        // Pasted where the original is out of sight: centred in the view.
        const QRectF far(5000, 5000, 1000, 600);
        const QStringList third = m_actions->paste(far);
        QVERIFY(far.contains(m_scene->componentRect(third.front())));
        // Pasted into the zone it lands in.
        QCOMPARE(m_session->document()->design().component(first.front())->zone, u"online"_s);
        QVERIFY(m_session->document()->design().component(third.front())->zone.isEmpty());
    }

    void pasteIntoAnotherDocumentKeepsIds()
    {
        m_session->selection()->setComponents({u"cg1"_s, u"flt"_s});
        QVERIFY(m_actions->copySelection());
        // A second window: its own session, scene and actions, the same system clipboard.
        Session other;
        CanvasScene scene;
        scene.setSession(&other);
        CanvasActions actions;
        actions.setScene(&scene);
        const QStringList ids = actions.paste(QRectF(0, 0, 1000, 600));
        QCOMPARE(ids, (QStringList{u"cg1"_s, u"flt"_s}));
        QCOMPARE(other.connectionCount(), 1);
        QCOMPARE(other.document()->design().component(u"flt"_s)->label, u"Seen / region filter"_s);
    }

    void duplicateAndCut()
    {
        m_session->selection()->setComponents({u"rk"_s, u"app"_s});
        const QStringList copies = m_actions->duplicateSelection();
        QCOMPARE(copies.size(), 2);
        QCOMPARE(m_session->connectionCount(), 4); // rk→app copied along
        QCOMPARE(m_session->document()->undoStack()->undoText(), u"Duplicate"_s);
        m_session->document()->undoStack()->undo();
        QCOMPARE(m_session->componentCount(), 4);
        m_session->selection()->setComponents({u"app"_s});
        QVERIFY(m_actions->cutSelection());
        QCOMPARE(m_session->componentCount(), 3);
        QCOMPARE(Clipboard::get()->components().front().id, u"app"_s);
        m_session->selection()->clear();
        QVERIFY(!m_actions->copySelection());
    }

    void addingSeveralAtTheCentreNeverStacksThem()
    {
        m_actions->setGrid(20);
        const QPointF centre(2000, 2000); // an empty part of the scene
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << m_actions->addComponentNear(u"ranking"_s, centre);
        // The first is centred (up to snapping to the grid), the second to its right on its row.
        const QRectF first = m_scene->componentRect(ids.front());
        QVERIFY(QLineF(first.center(), centre).length() <= 20);
        QCOMPARE(m_scene->componentRect(ids.at(1)).y(), first.y());
        QVERIFY(m_scene->componentRect(ids.at(1)).left() > first.right());
        for (int i = 0; i < ids.size(); ++i)
            for (int j = i + 1; j < ids.size(); ++j)
                QVERIFY2(!m_scene->componentRect(ids.at(i)).intersects(
                             m_scene->componentRect(ids.at(j))),
                         qPrintable(ids.at(i) + u" overlaps "_s + ids.at(j)));
        QCOMPARE(m_session->selection()->componentIds(), QStringList{ids.back()});
    }

    void addComponentJoinsTheZoneItLandsIn()
    {
        m_actions->setGrid(20);
        const QString inZone = m_actions->addComponent(u"feature_store"_s, QPointF(500, 170));
        const Component *c = m_session->document()->design().component(inZone);
        QVERIFY(c);
        QCOMPARE(c->zone, u"online"_s);
        QCOMPARE(c->label, u"Feature store"_s);
        QCOMPARE(QPointF(c->x, c->y), QPointF(420, 140));
        QCOMPARE(m_session->selection()->currentComponent(), inZone);
        const QString outside = m_actions->addComponent(u"feature_store"_s, QPointF(500, 500));
        QVERIFY(m_session->document()->design().component(outside)->zone.isEmpty());
        QVERIFY(m_actions->addComponent({}, QPointF()).isEmpty());
    }

    void findCyclesThroughMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("backwards");
        QTest::addColumn<QString>("expected");
        QTest::newRow("label") << u"ranker"_s << QString() << false << u"rk"_s;
        QTest::newRow("ignores case") << u"HOME"_s << QString() << false << u"app"_s;
        QTest::newRow("type name") << u"filtering"_s << QString() << false << u"flt"_s;
        QTest::newRow("next after") << u"r"_s << u"flt"_s << false << u"rk"_s;
        QTest::newRow("wraps") << u"tower"_s << u"app"_s << false << u"cg1"_s;
        QTest::newRow("backwards") << u"r"_s << u"rk"_s << true << u"flt"_s;
        QTest::newRow("none") << u"nothing like it"_s << QString() << false << QString();
        QTest::newRow("empty") << u"  "_s << QString() << false << QString();
    }

    void findCyclesThroughMatches()
    {
        QFETCH(QString, text);
        QFETCH(QString, after);
        QFETCH(bool, backwards);
        QFETCH(QString, expected);
        QCOMPARE(m_actions->findNext(text, after, backwards), expected);
    }

    void nudgeBurstIsOneStepPerKeyPress()
    {
        m_session->selection()->setComponents({u"app"_s});
        QUndoStack *stack = m_session->document()->undoStack();
        const int before = stack->count();
        m_actions->nudge(1, 0); // a key held down: repeats merge
        m_actions->nudge(1, 0);
        m_actions->nudge(1, 0);
        m_actions->endNudge();
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(m_scene->componentRect(u"app"_s).x(), 823.0);
        m_actions->nudge(0, 10);
        m_actions->endNudge();
        QCOMPARE(stack->count(), before + 2);
        // A selected zone carries its components (which do not move twice).
        m_session->selection()->selectZone(u"online"_s);
        m_session->selection()->setComponents({u"cg1"_s}, true);
        m_actions->nudge(5, 0);
        m_actions->endNudge();
        QCOMPARE(m_scene->componentRect(u"cg1"_s).x(), 45.0);
        QCOMPARE(m_scene->zoneRect(u"online"_s).x(), 5.0);
    }

    // ---- The controller ----

    void hitTestPriorities_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("component body") << QPointF(130, 96) << u"component"_s << u"cg1"_s;
        QTest::newRow("right handle") << QPointF(221, 97) << u"handle"_s << u"cg1"_s;
        QTest::newRow("top handle") << QPointF(390, 60) << u"handle"_s << u"flt"_s;
        QTest::newRow("connection") << QPointF(520, 97) << u"connection"_s << u"c2"_s;
        QTest::newRow("zone title") << QPointF(400, 15) << u"zoneTitle"_s << u"online"_s;
        QTest::newRow("zone body") << QPointF(400, 170) << u"zone"_s << u"online"_s;
        QTest::newRow("nothing") << QPointF(400, 400) << u"none"_s << QString();
    }

    void hitTestPriorities()
    {
        QFETCH(QPointF, point);
        QFETCH(QString, kind);
        QFETCH(QString, id);
        const QVariantMap hit = m_controller->hitTest(point);
        QCOMPARE(hit.value(u"kind"_s).toString(), kind);
        QCOMPARE(hit.value(u"id"_s).toString(), id);
    }

    void handlesAreNotHitWhenZoomedFarOut()
    {
        QCOMPARE(m_controller->hitTest(QPointF(217, 97)).value(u"kind"_s).toString(), u"handle"_s);
        m_controller->setZoom(0.1);
        QCOMPARE(m_controller->hitTest(QPointF(217, 97)).value(u"kind"_s).toString(),
                 u"component"_s);
    }

    void zoneHandlesOfASelectedZoneComeFirst()
    {
        m_session->selection()->selectZone(u"online"_s);
        const QVariantMap hit = m_controller->hitTest(QPointF(1040, 200));
        QCOMPARE(hit.value(u"kind"_s).toString(), u"zoneHandle"_s);
        QCOMPARE(hit.value(u"handle"_s).toInt(), 4);
    }

    void altMovesWithoutSnapping()
    {
        m_controller->setProperty("grid", 20.0);
        m_controller->press(QPointF(910, 96), Qt::NoModifier);
        m_controller->move(QPointF(923, 237), Qt::AltModifier);
        m_controller->release(QPointF(923, 237), Qt::AltModifier);
        QCOMPARE(m_scene->componentRect(u"app"_s).topLeft(), QPointF(833, 201));
        m_controller->press(QPointF(923, 237), Qt::NoModifier);
        m_controller->move(QPointF(936, 250), Qt::NoModifier);
        m_controller->release(QPointF(936, 250), Qt::NoModifier);
        QCOMPARE(m_scene->componentRect(u"app"_s).topLeft(), QPointF(840, 220));
    }

    void cancelUndoesTheRunningDrag()
    {
        QUndoStack *stack = m_session->document()->undoStack();
        const int before = stack->count();
        m_controller->press(QPointF(910, 96), Qt::NoModifier);
        m_controller->move(QPointF(950, 300), Qt::AltModifier);
        QCOMPARE(m_controller->gesture(), u"move"_s);
        QVERIFY(m_scene->componentRect(u"app"_s).y() > 60);
        m_controller->cancel();
        QCOMPARE(m_controller->gesture(), QString());
        QCOMPARE(m_scene->componentRect(u"app"_s), QRectF(820, 60, 180, 72));
        QVERIFY(!stack->canUndo() || stack->count() >= before);
        QCOMPARE(stack->index(), before);
    }

    void refusedConnectionsSayWhy()
    {
        QSignalSpy refused(m_controller.get(), &CanvasController::refused);
        QSignalSpy created(m_controller.get(), &CanvasController::connectionCreated);
        m_controller->press(QPointF(220, 96), Qt::NoModifier); // cg1's right handle
        m_controller->move(QPointF(390, 96), Qt::NoModifier);  // over flt: cg1→flt exists
        QVERIFY(!m_controller->connectValid());
        QCOMPARE(m_controller->connectTo(), u"flt"_s);
        m_controller->release(QPointF(390, 96), Qt::NoModifier);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(created.count(), 0);
        m_controller->press(QPointF(220, 96), Qt::NoModifier);
        m_controller->move(QPointF(650, 96), Qt::NoModifier);
        QVERIFY(m_controller->connectValid());
        m_controller->release(QPointF(650, 96), Qt::NoModifier);
        QCOMPARE(created.count(), 1);
        QVERIFY(m_session->document()->design().findConnection(u"cg1"_s, u"rk"_s));
    }

    void hoverFollowsThePointer()
    {
        m_controller->hover(QPointF(650, 96));
        QCOMPARE(m_scene->hoveredComponent(), u"rk"_s);
        QCOMPARE(m_controller->hoverRect(), QRectF(560, 60, 180, 72));
        m_controller->hover(QPointF(520, 97));
        QCOMPARE(m_scene->hoveredComponent(), QString());
        QCOMPARE(m_scene->hoveredConnection(), u"c2"_s);
        QCOMPARE(m_controller->cursorShape(), int(Qt::PointingHandCursor));
        m_controller->leave();
        QCOMPARE(m_scene->hoveredConnection(), QString());
    }

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<CanvasActions> m_actions;
    std::unique_ptr<CanvasController> m_controller;
};

QTEST_MAIN(TestCanvas)
#include "tst_ui_canvas.moc"
