// The document model: edits, their signals, undo/redo of every command, merging of gestures, and
// a long random edit sequence that undoes back to the exact bytes it started from.
#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "model/document.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

Component makeComponent(const QString &id, const QString &type, double x = 0, double y = 0)
{
    Component c;
    c.id = id;
    c.type = type;
    c.label = type;
    c.x = x;
    c.y = y;
    return c;
}

/// A small design: zone z holding a and b; a → b → c.
void populate(Document &doc)
{
    Design d;
    Zone z;
    z.id = u"z"_s;
    z.label = u"Online"_s;
    z.kind = u"online"_s;
    d.appendZone(z);
    Component a = makeComponent(u"a"_s, u"candidate_retrieval"_s, 10, 10);
    a.zone = u"z"_s;
    Component b = makeComponent(u"b"_s, u"ranking"_s, 300, 10);
    b.zone = u"z"_s;
    d.appendComponent(a);
    d.appendComponent(b);
    d.appendComponent(makeComponent(u"c"_s, u"client"_s, 600, 10));
    d.appendConnection({u"e1"_s, u"a"_s, u"b"_s, u"top-500"_s, ConnectionKind::Data, {}});
    d.appendConnection({u"e2"_s, u"b"_s, u"c"_s, {}, ConnectionKind::Data, {}});
    doc.resetDesign(d);
}

QByteArray bytes(const Document &doc)
{
    return serializeDesign(doc.design());
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandUndoesAndRedoes_data();
    void everyCommandUndoesAndRedoes();
    void removingAComponentRemovesItsConnectionsInOneStep();
    void removingAZoneReleasesItsComponents();
    void signalsNameWhatChanged();
    void dragsAndTypingMergeUntilSealed();
    void connectRefusesSelfLoopsAndDuplicates();
    void addItemsRenamesClashingIdsAndRewiresConnections();
    void movingAZoneCarriesItsComponents();
    void editsAreClampedToTheFileLimits();
    void undoStackTextsSayWhatTheyUndo();
    void saveMarksCleanAndUndoMarksModified();
    void practiceRecordIsNoUndoStep();
    void reviewTypingMergesByKey();
    void randomEditsUndoToIdenticalBytes();
};

void TestDocument::everyCommandUndoesAndRedoes_data()
{
    QTest::addColumn<std::function<void(Document &)>>("edit");
    using Edit = std::function<void(Document &)>;
    QTest::newRow("add component")
        << Edit([](Document &d) { d.addComponent(makeComponent({}, u"filtering"_s)); });
    QTest::newRow("remove component") << Edit([](Document &d) { d.removeItems({u"b"_s}); });
    QTest::newRow("move") << Edit([](Document &d) {
        d.moveComponents({u"a"_s, u"c"_s}, {15.5, -3});
    });
    QTest::newRow("resize") << Edit([](Document &d) {
        d.setComponentGeometry(u"a"_s, {1, 2, 240, 90});
    });
    QTest::newRow("relabel") << Edit([](Document &d) { d.setComponentLabel(u"a"_s, u"ANN"_s); });
    QTest::newRow("retype") << Edit(
        [](Document &d) { d.setComponentType(u"b"_s, u"re_ranking"_s); });
    QTest::newRow("zone") << Edit([](Document &d) { d.setComponentZone(u"c"_s, u"z"_s); });
    QTest::newRow("fulfills") << Edit(
        [](Document &d) { d.setComponentFulfills(u"b"_s, {u"filtering"_s}); });
    QTest::newRow("annotate") << Edit(
        [](Document &d) { d.setAnnotation(u"a"_s, u"latency_budget"_s, u"20 ms"_s); });
    QTest::newRow("notes") << Edit(
        [](Document &d) { d.setComponentNotes(u"a"_s, u"**two-tower**"_s); });
    QTest::newRow("connect") << Edit(
        [](Document &d) { d.connectComponents(u"a"_s, u"c"_s, ConnectionKind::Request); });
    QTest::newRow("disconnect") << Edit([](Document &d) { d.removeItems({}, {u"e1"_s}); });
    QTest::newRow("relabel connection")
        << Edit([](Document &d) { d.setConnectionLabel(u"e2"_s, u"top-20"_s); });
    QTest::newRow("connection kind")
        << Edit([](Document &d) { d.setConnectionKind(u"e2"_s, ConnectionKind::Feedback); });
    QTest::newRow("add zone") << Edit([](Document &d) {
        d.addZone(Zone{{}, u"Offline"_s, u"offline"_s, 0, 500, 800, 300, {}});
    });
    QTest::newRow("remove zone") << Edit([](Document &d) { d.removeItems({}, {}, {u"z"_s}); });
    QTest::newRow("move zone") << Edit([](Document &d) { d.moveZone(u"z"_s, {40, 40}); });
    QTest::newRow("resize zone") << Edit([](Document &d) {
        d.setZoneGeometry(u"z"_s, {0, 0, 900, 500});
    });
    QTest::newRow("rename zone") << Edit([](Document &d) { d.setZoneLabel(u"z"_s, u"Serving"_s); });
    QTest::newRow("zone kind") << Edit([](Document &d) { d.setZoneKind(u"z"_s, u"nearline"_s); });
    QTest::newRow("title") << Edit([](Document &d) { d.setTitle(u"Homepage"_s); });
    QTest::newRow("template") << Edit([](Document &d) { d.setTemplateId(u"recommendation"_s); });
    QTest::newRow("brief") << Edit(
        [](Document &d) { d.setBriefSection(u"task"_s, u"Rank videos"_s); });
    QTest::newRow("suppress") << Edit(
        [](Document &d) { d.setSuppression(u"recommendation/two-sources"_s, u"v1"_s, true); });
    QTest::newRow("review") << Edit([](Document &d) {
        Review r;
        r.comments << ReviewComment{u"k1"_s, u"a"_s, u"Ana"_s, u"Why ANN?"_s, {}};
        r.setScore(u"metrics"_s, {3, u"good"_s, {}});
        d.setReview(r, {});
    });
    QTest::newRow("paste") << Edit([](Document &d) {
        d.addItems({makeComponent(u"a"_s, u"ranking"_s), makeComponent(u"x"_s, u"filtering"_s)},
                   {{u"p"_s, u"a"_s, u"x"_s, {}, ConnectionKind::Data, {}}});
    });
    QTest::newRow("macro") << Edit([](Document &d) {
        d.beginMacro(u"Fix"_s);
        const ComponentId id = d.addComponent(makeComponent({}, u"filtering"_s));
        d.connectComponents(u"a"_s, id);
        d.connectComponents(id, u"b"_s);
        d.removeItems({}, {u"e1"_s});
        d.endMacro();
    });
}

void TestDocument::everyCommandUndoesAndRedoes()
{
    QFETCH(std::function<void(Document &)>, edit);
    Document doc;
    populate(doc);
    const QByteArray before = bytes(doc);
    edit(doc);
    const QByteArray after = bytes(doc);
    QVERIFY2(after != before, "the edit changed nothing");
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(bytes(doc), after);
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
}

void TestDocument::removingAComponentRemovesItsConnectionsInOneStep()
{
    Document doc;
    populate(doc);
    const QByteArray before = bytes(doc);
    doc.removeItems({u"b"_s});
    QCOMPARE(doc.design().components().size(), 2);
    QCOMPARE(doc.design().connections().size(), 0);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(bytes(doc), before);
    QCOMPARE(doc.design().componentIndex(u"b"_s), 1); // back at its place in the file
    QVERIFY(doc.design().findConnection(u"a"_s, u"b"_s));
}

void TestDocument::removingAZoneReleasesItsComponents()
{
    Document doc;
    populate(doc);
    doc.removeItems({}, {}, {u"z"_s});
    QVERIFY(doc.design().zones().isEmpty());
    QVERIFY(doc.design().component(u"a"_s)->zone.isEmpty());
    QCOMPARE(doc.design().components().size(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(u"a"_s)->zone, u"z"_s);
}

void TestDocument::signalsNameWhatChanged()
{
    Document doc;
    populate(doc);
    QSignalSpy changed(&doc, &Document::componentChanged);
    QSignalSpy aboutToRemove(&doc, &Document::componentAboutToBeRemoved);
    QSignalSpy removed(&doc, &Document::componentRemoved);
    QSignalSpy connRemoved(&doc, &Document::connectionRemoved);
    QSignalSpy added(&doc, &Document::componentAdded);
    QSignalSpy brief(&doc, &Document::briefChanged);
    QSignalSpy content(&doc, &Document::contentChanged);

    doc.setComponentLabel(u"a"_s, u"ANN"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.front().at(0).toString(), u"a"_s);
    QCOMPARE(changed.front().at(1).value<ComponentFields>(),
             ComponentFields(ComponentField::Label));

    doc.moveComponents({u"b"_s}, {1, 1});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.back().at(1).value<ComponentFields>(),
             ComponentFields(ComponentField::Geometry));

    doc.removeItems({u"b"_s});
    QCOMPARE(aboutToRemove.size(), 1);
    QCOMPARE(aboutToRemove.front().at(1).toInt(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(connRemoved.size(), 2);

    doc.undoStack()->undo();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.front().at(0).toString(), u"b"_s);
    QCOMPARE(added.front().at(1).toInt(), 1);

    doc.setBriefSection(u"metrics"_s, u"NDCG@10"_s);
    QCOMPARE(brief.size(), 1);
    QCOMPARE(brief.front().at(0).toString(), u"metrics"_s);
    QCOMPARE(content.size(), 5);

    // An edit that changes nothing pushes nothing and signals nothing.
    doc.setComponentLabel(u"a"_s, u"ANN"_s);
    QCOMPARE(content.size(), 5);
}

void TestDocument::dragsAndTypingMergeUntilSealed()
{
    Document doc;
    populate(doc);
    for (int i = 0; i < 20; ++i)
        doc.moveComponents({u"a"_s, u"b"_s}, {2, 1});
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.design().component(u"a"_s)->x, 50.0);
    doc.sealMerge();
    doc.moveComponents({u"a"_s, u"b"_s}, {2, 1});
    QCOMPARE(doc.undoStack()->count(), 2);

    doc.sealMerge();
    for (const QString &text : {u"R"_s, u"Ra"_s, u"Ran"_s, u"Rank"_s})
        doc.setComponentLabel(u"b"_s, text);
    QCOMPARE(doc.undoStack()->count(), 3);
    // Typing into another field starts a new step.
    doc.setComponentNotes(u"b"_s, u"n"_s);
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(u"b"_s)->label, u"ranking"_s);
    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(u"a"_s)->x, 50.0);
    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(u"a"_s)->x, 10.0);
}

void TestDocument::connectRefusesSelfLoopsAndDuplicates()
{
    Document doc;
    populate(doc);
    QVERIFY(!doc.canConnect(u"a"_s, u"a"_s));
    QVERIFY(!doc.canConnect(u"a"_s, u"b"_s));
    QVERIFY(!doc.canConnect(u"a"_s, u"nope"_s));
    QVERIFY(doc.canConnect(u"b"_s, u"a"_s)); // the reverse direction is a different connection
    QVERIFY(doc.connectComponents(u"a"_s, u"a"_s).isEmpty());
    QVERIFY(doc.connectComponents(u"a"_s, u"b"_s).isEmpty());
    QCOMPARE(doc.undoStack()->count(), 0);
    const ConnectionId id
        = doc.connectComponents(u"c"_s, u"a"_s, ConnectionKind::Feedback, u"clicks"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(doc.design().connection(id)->kind, ConnectionKind::Feedback);
}

void TestDocument::addItemsRenamesClashingIdsAndRewiresConnections()
{
    Document doc;
    populate(doc);
    // Pasting a copy of a → b: both ids clash and get fresh ones; the copied edge follows them.
    const QList<ComponentId> ids = doc.addItems(
        {makeComponent(u"a"_s, u"candidate_retrieval"_s), makeComponent(u"b"_s, u"ranking"_s)},
        {{u"e1"_s, u"a"_s, u"b"_s, u"copied"_s, ConnectionKind::Data, {}}});
    QCOMPARE(ids.size(), 2);
    QVERIFY(!ids.contains(u"a"_s) && !ids.contains(u"b"_s));
    const Connection *copy = doc.design().findConnection(ids.at(0), ids.at(1));
    QVERIFY(copy);
    QCOMPARE(copy->label, u"copied"_s);
    QVERIFY(copy->id != u"e1"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestDocument::movingAZoneCarriesItsComponents()
{
    Document doc;
    populate(doc);
    doc.moveZone(u"z"_s, {100, 50});
    doc.moveZone(u"z"_s, {100, 50});
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.design().zone(u"z"_s)->x, 200.0);
    QCOMPARE(doc.design().component(u"a"_s)->x, 210.0);
    QCOMPARE(doc.design().component(u"b"_s)->y, 110.0);
    QCOMPARE(doc.design().component(u"c"_s)->x, 600.0); // not in the zone
}

void TestDocument::editsAreClampedToTheFileLimits()
{
    Document doc;
    populate(doc);
    doc.setComponentGeometry(u"a"_s, {-1e12, 5, -40, 1e9});
    const Component *a = doc.design().component(u"a"_s);
    QCOMPARE(a->x, -limits::maxCoordinate);
    QCOMPARE(a->width, limits::minSize);
    QCOMPARE(a->height, limits::maxSize);
    doc.setComponentLabel(u"a"_s, QString(5000, u'x'));
    QCOMPARE(doc.design().component(u"a"_s)->label.size(), limits::maxLabel);
    // Whatever the edits, the saved file loads again.
    QVERIFY(loadDesign(serializeDesign(doc.design()), u"x"_s, &Catalog::builtin()).ok());
}

void TestDocument::undoStackTextsSayWhatTheyUndo()
{
    Document doc;
    populate(doc);
    doc.moveComponents({u"a"_s, u"b"_s, u"c"_s}, {5, 5});
    QCOMPARE(doc.undoStack()->undoText(), u"Move 3 components"_s);
    doc.removeItems({u"a"_s});
    QCOMPARE(doc.undoStack()->undoText(), u"Delete 1 component"_s);
    doc.setAnnotation(u"b"_s, u"offline_metric"_s, u"NDCG"_s);
    QCOMPARE(doc.undoStack()->undoText(), u"Edit offline metric"_s);
}

void TestDocument::practiceRecordIsNoUndoStep()
{
    // The clock of a practice run writes its record while the candidate draws: Ctrl+Z must keep
    // undoing the drawing, and no undo may turn the clock back.
    QTemporaryDir dir;
    Document doc;
    populate(doc);
    QString error;
    QVERIFY(doc.save(dir.filePath(u"p.mlsd"_s), &error));
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    QSignalSpy practice(&doc, &Document::practiceChanged);
    QSignalSpy content(&doc, &Document::contentChanged);

    doc.setComponentLabel(u"a"_s, u"ANN"_s);
    Practice p;
    p.question = u"kb-qa"_s;
    p.durationS = 120;
    p.phases << PracticePhase{u"task"_s, 20, 15, {}};
    doc.setPractice(p);
    QCOMPARE(practice.size(), 1);
    QCOMPARE(content.size(), 2);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Rename component"_s);

    doc.undoStack()->undo();
    QCOMPARE(doc.design().component(u"a"_s)->label, u"candidate_retrieval"_s);
    QCOMPARE(doc.design().practice, std::optional<Practice>(p));
    // Back at the saved state of the drawing, but the record is new: still modified.
    QVERIFY(doc.undoStack()->isClean());
    QVERIFY(doc.isModified());
    // A header edit undone keeps the record too.
    doc.setTitle(u"Renamed"_s);
    doc.undoStack()->undo();
    QCOMPARE(doc.design().practice, std::optional<Practice>(p));

    QVERIFY(doc.save({}, &error));
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.size(), 2); // modified once, clean once: no flicker in between
    QCOMPARE(loadDesignFile(dir.filePath(u"p.mlsd"_s), nullptr).design->practice,
             std::optional<Practice>(p));

    // The same record again is no change.
    doc.setPractice(p);
    QVERIFY(!doc.isModified());
    QCOMPARE(practice.size(), 1);
}

void TestDocument::reviewTypingMergesByKey()
{
    Document doc;
    populate(doc);
    Review r;
    r.setScore(u"metrics"_s, {3, u"g"_s, {}});
    doc.setReview(r, u"Edit notes"_s, u"review/metrics"_s);
    r.setScore(u"metrics"_s, {3, u"go"_s, {}});
    doc.setReview(r, u"Edit notes"_s, u"review/metrics"_s);
    r.setScore(u"metrics"_s, {3, u"good"_s, {}});
    doc.setReview(r, u"Edit notes"_s, u"review/metrics"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.sealMerge();
    r.setScore(u"metrics"_s, {3, u"good!"_s, {}});
    doc.setReview(r, u"Edit notes"_s, u"review/metrics"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
    // Without a key every change is its own step.
    r.setScore(u"metrics"_s, {4, u"good!"_s, {}});
    doc.setReview(r, u"Score"_s);
    r.setScore(u"metrics"_s, {2, u"good!"_s, {}});
    doc.setReview(r, u"Score"_s);
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.design().review.score(u"metrics"_s)->notes, u"good"_s);
}

void TestDocument::saveMarksCleanAndUndoMarksModified()
{
    QTemporaryDir dir;
    Document doc;
    populate(doc);
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    doc.setTitle(u"T"_s);
    QVERIFY(doc.isModified());
    QString error;
    QVERIFY(doc.save(dir.filePath(u"t.mlsd"_s), &error));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.filePath(), dir.filePath(u"t.mlsd"_s));
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());
    QVERIFY(modified.size() >= 3);
}

void TestDocument::randomEditsUndoToIdenticalBytes()
{
    // 1,000 random edits, each through the public edit API; undo all restores the exact bytes of
    // the starting file, redo all the exact bytes of the final one.
    Document doc;
    const QByteArray basic = test::readFile(test::sourcePath(u"tests/data/basic/design.mlsd"_s));
    LoadResult loaded = loadDesign(basic, u"basic"_s, &Catalog::builtin());
    QVERIFY(loaded.ok());
    doc.resetDesign(*loaded.design);
    const QByteArray start = bytes(doc);
    QCOMPARE(start, basic);

    QRandomGenerator rng(20261129);
    const QStringList types
        = {u"ranking"_s, u"filtering"_s, u"feature_store"_s, u"cache"_s, u"client"_s};
    auto pick = [&](const auto &list) {
        return list.at(rng.bounded(int(list.size()))).id;
    };
    int pushed = 0;
    for (int i = 0; i < 1000; ++i) {
        const Design &d = doc.design();
        const int before = doc.undoStack()->count();
        doc.sealMerge();
        const int op = rng.bounded(14);
        if (d.components().size() < 3 || op == 0) {
            Component c = makeComponent({}, types.at(rng.bounded(int(types.size()))),
                                        rng.bounded(2000) - 1000 + rng.generateDouble(),
                                        rng.bounded(2000) - 1000);
            doc.addComponent(c);
        } else if (op == 1 && d.components().size() > 5) {
            doc.removeItems({pick(d.components())});
        } else if (op == 2) {
            doc.moveComponents({pick(d.components()), pick(d.components())},
                               {rng.generateDouble() * 100 - 50, rng.generateDouble() * 0.3});
        } else if (op == 3) {
            doc.setComponentLabel(pick(d.components()), u"label %1"_s.arg(rng.bounded(100)));
        } else if (op == 4) {
            doc.connectComponents(pick(d.components()), pick(d.components()),
                                  ConnectionKind(rng.bounded(4)));
        } else if (op == 5 && !d.connections().isEmpty()) {
            doc.removeItems({}, {pick(d.connections())});
        } else if (op == 6) {
            doc.setAnnotation(pick(d.components()), schema::annotations().at(rng.bounded(13)).id,
                              rng.bounded(3) ? u"value %1"_s.arg(i) : QString());
        } else if (op == 7) {
            doc.setComponentGeometry(pick(d.components()),
                                     {rng.generateDouble() * 500, 0, 100 + rng.bounded(200.0), 72});
        } else if (op == 8) {
            doc.addZone(Zone{{}, {}, u"offline"_s, double(rng.bounded(500)), 400, 600, 300, {}});
        } else if (op == 9 && !d.zones().isEmpty()) {
            if (rng.bounded(2))
                doc.moveZone(pick(d.zones()), {10, 10});
            else
                doc.setComponentZone(pick(d.components()), pick(d.zones()));
        } else if (op == 10) {
            doc.setBriefSection(schema::briefSections().at(rng.bounded(11)).id,
                                u"brief %1"_s.arg(i));
        } else if (op == 11 && !d.connections().isEmpty()) {
            doc.setConnectionLabel(pick(d.connections()), u"edge %1"_s.arg(i));
        } else if (op == 12) {
            doc.setComponentType(pick(d.components()), types.at(rng.bounded(int(types.size()))));
        } else if (!d.zones().isEmpty()) {
            doc.removeItems({}, {}, {pick(d.zones())});
        }
        pushed += doc.undoStack()->count() - before;
    }
    QVERIFY2(pushed > 700, qPrintable(u"only %1 edits took effect"_s.arg(pushed)));
    const QByteArray final = bytes(doc);
    QVERIFY(final != start);
    // The final file loads and is canonical.
    LoadResult reloaded = loadDesign(final, u"final"_s, &Catalog::builtin());
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.message()));
    QCOMPARE(serializeDesign(*reloaded.design), final);

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(bytes(doc), start);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(bytes(doc), final);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
