// The inspector's adapters: the component inspector (label, type, zone, notes, annotations
// suggested by the catalog), its annotation list, and the brief model. Edits are undo steps and
// the adapters follow undo.
#include "io/schema.h"
#include "model/catalog.h"
#include "panels/briefmodel.h"
#include "panels/componentinspector.h"
#include "session/markdownpreview.h"
#include "session/session.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

namespace {

QStringList keysOf(const AnnotationModel *model)
{
    QStringList keys;
    for (int r = 0; r < model->rowCount(); ++r)
        keys << model->data(model->index(r), AnnotationModel::KeyRole).toString();
    return keys;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private:
    Session m_session;

private slots:
    void init() { QVERIFY(m_session.open(test::sourcePath(u"tests/data/basic/design.mlsd"_s))); }

    void showsTheComponent()
    {
        ComponentInspector inspector;
        inspector.setSession(&m_session);
        inspector.setComponentId(u"rk"_s);
        QVERIFY(inspector.isValid());
        QCOMPARE(inspector.label(), u"DCN ranker"_s);
        QCOMPARE(inspector.type(), u"ranking"_s);
        QCOMPARE(inspector.typeName(), u"Ranking"_s);
        QCOMPARE(inspector.zone(), u"online"_s);
        QCOMPARE(inspector.color(), Catalog::builtin().color(u"ranking"_s));
        QVERIFY(!inspector.typeDescription().isEmpty());
        const QVariantList zones = inspector.zoneOptions();
        QCOMPARE(zones.size(), 2); // "No zone" and the design's zone
        QCOMPARE(zones.at(0).toMap().value(u"id"_s).toString(), QString());
        QCOMPARE(zones.at(1).toMap().value(u"label"_s).toString(), u"Online serving"_s);
    }

    void annotationsAreTheCatalogSuggestionsAndTheSetOnes()
    {
        ComponentInspector inspector;
        inspector.setSession(&m_session);
        inspector.setComponentId(u"rk"_s);
        AnnotationModel *model = inspector.annotations();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList expected = Catalog::builtin().type(u"ranking"_s)->annotations;
        // In vocabulary order.
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            return schema::indexOf(schema::annotations(), a)
                   < schema::indexOf(schema::annotations(), b);
        });
        QCOMPARE(keysOf(model), expected);
        const int row = model->rowOf(u"model_choice"_s);
        QVERIFY(row >= 0);
        const QModelIndex i = model->index(row);
        QCOMPARE(model->data(i, AnnotationModel::TitleRole).toString(), u"Model choice"_s);
        QVERIFY(!model->data(i, AnnotationModel::HelpRole).toString().isEmpty());
        QCOMPARE(model->data(i, AnnotationModel::ValueRole).toString(), u"DCN-v2, logloss"_s);
        QVERIFY(model->data(i, AnnotationModel::SuggestedByCatalogRole).toBool());
        QVERIFY(!model->data(i, AnnotationModel::SuggestedByTemplateRole).toBool());
    }

    void theActiveTemplateMarksWhatItChecks()
    {
        // The basic design is checked against "recommendation", which asks for a latency budget
        // on every stage of the serving funnel, filtering included.
        ComponentInspector inspector;
        inspector.setSession(&m_session);
        inspector.setComponentId(u"flt"_s);
        AnnotationModel *model = inspector.annotations();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto suggested = [&] {
            const int row = model->rowOf(u"latency_budget"_s);
            return row >= 0
                   && model->data(model->index(row), AnnotationModel::SuggestedByTemplateRole)
                          .toBool();
        };
        QVERIFY(suggested());
        m_session.setTemplateId(QString());
        QVERIFY(!suggested());
        m_session.history()->undo();
        QCOMPARE(m_session.templateId(), u"recommendation"_s);
        QVERIFY(suggested());
    }

    void editingAnAnnotationIsOneUndoStep()
    {
        ComponentInspector inspector;
        inspector.setSession(&m_session);
        inspector.setComponentId(u"rk"_s);
        AnnotationModel *model = inspector.annotations();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const int row = model->rowOf(u"latency_budget"_s);
        for (const QString &text : {u"1"_s, u"10"_s, u"10 ms"_s})
            inspector.setAnnotation(u"latency_budget"_s, text);
        inspector.sealMerge();
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), row);
        QCOMPARE(changed.last().at(2).value<QList<int>>(), QList<int>{AnnotationModel::ValueRole});
        QCOMPARE(model->data(model->index(row), AnnotationModel::ValueRole).toString(), u"10 ms"_s);

        m_session.history()->undo();
        QCOMPARE(model->data(model->index(row), AnnotationModel::ValueRole).toString(), QString());
        // Clearing a field keeps its row (the user is still typing in it).
        QCOMPARE(model->rowOf(u"latency_budget"_s), row);
    }

    void anAnnotationAddedByHandGetsARow()
    {
        ComponentInspector inspector;
        inspector.setSession(&m_session);
        inspector.setComponentId(u"rk"_s);
        AnnotationModel *model = inspector.annotations();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qsizetype others = inspector.otherAnnotations().size();
        QVERIFY(others > 0);
        QCOMPARE(model->rowOf(u"explainability"_s), -1);
        inspector.addAnnotation(u"explainability"_s);
        QVERIFY(model->rowOf(u"explainability"_s) >= 0);
        QCOMPARE(inspector.otherAnnotations().size(), others - 1);
        // Order stays the vocabulary's.
        const QStringList keys = keysOf(model);
        for (int r = 1; r < keys.size(); ++r)
            QVERIFY(schema::indexOf(schema::annotations(), keys.at(r - 1))
                    < schema::indexOf(schema::annotations(), keys.at(r)));
    }

    void labelTypeZoneAndNotesEditAndUndo()
    {
        ComponentInspector inspector;
        inspector.setSession(&m_session);
        inspector.setComponentId(u"flt"_s);
        QSignalSpy label(&inspector, &ComponentInspector::labelChanged);
        QSignalSpy type(&inspector, &ComponentInspector::typeChanged);
        QSignalSpy zone(&inspector, &ComponentInspector::zoneChanged);
        QSignalSpy notes(&inspector, &ComponentInspector::notesChanged);

        inspector.setLabel(u"Seen filter"_s);
        inspector.sealMerge();
        inspector.setType(u"re_ranking"_s);
        inspector.setZone(QString());
        inspector.setNotes(u"Drops **seen** items."_s);
        QCOMPARE(label.count(), 1);
        QCOMPARE(type.count(), 1);
        QCOMPARE(zone.count(), 1);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(inspector.typeName(), u"Re-ranking"_s);
        QCOMPARE(inspector.zone(), QString());
        // The annotation list follows the new type.
        QCOMPARE(
            keysOf(inspector.annotations()).contains(u"bias_fairness"_s),
            Catalog::builtin().type(u"re_ranking"_s)->annotations.contains(u"bias_fairness"_s));

        for (int i = 0; i < 4; ++i)
            m_session.history()->undo();
        QCOMPARE(inspector.label(), u"Seen / region filter"_s);
        QCOMPARE(inspector.type(), u"filtering"_s);
        QCOMPARE(inspector.zone(), u"online"_s);
        QCOMPARE(inspector.notes(), QString());
    }

    void aRemovedComponentTurnsInvalid()
    {
        ComponentInspector inspector;
        inspector.setSession(&m_session);
        inspector.setComponentId(u"rk"_s);
        QSignalSpy component(&inspector, &ComponentInspector::componentChanged);
        m_session.document()->removeItems({u"rk"_s});
        QVERIFY(!inspector.isValid());
        QCOMPARE(inspector.label(), QString());
        QCOMPARE(inspector.annotations()->rowCount(), 0);
        QVERIFY(component.count() >= 1);
        m_session.history()->undo();
        QVERIFY(inspector.isValid());
        QCOMPARE(inspector.label(), u"DCN ranker"_s);
    }

    void notesPreviewRendersMarkdownSafely_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QString>("absent");
        QTest::newRow("bold") << u"Retrieves **top-500**."_s << u"<strong>top-500</strong>"_s
                              << u"**"_s;
        QTest::newRow("strikethrough as <s>") << u"~~old~~ new"_s << u"<s>old</s>"_s << u"<del>"_s;
        QTest::newRow("raw html dropped")
            << u"hi <script>alert(1)</script>"_s << u"hi"_s << u"<script>"_s;
        QTest::newRow("task list as text") << u"- [x] done"_s << u"\u2611"_s << u"<input"_s;
    }
    void notesPreviewRendersMarkdownSafely()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, contains);
        QFETCH(QString, absent);
        const QString html = MarkdownPreview::toRichText(markdown);
        QVERIFY2(html.contains(contains), qPrintable(html));
        QVERIFY2(!html.contains(absent), qPrintable(html));
    }

    void briefListsEverySectionInOrder()
    {
        BriefModel brief;
        QAbstractItemModelTester tester(&brief,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(brief.rowCount(), 0 + int(schema::briefSections().size()));
        brief.setSession(&m_session);
        QCOMPARE(brief.rowCount(), 11);
        QCOMPARE(brief.data(brief.index(0), BriefModel::SectionRole).toString(), u"task"_s);
        QCOMPARE(brief.data(brief.index(10), BriefModel::SectionRole).toString(), u"roadmap"_s);
        QCOMPARE(brief.data(brief.index(0), BriefModel::TextRole).toString(),
                 u"Recommend videos on the homepage."_s);
        QVERIFY(brief.data(brief.index(0), BriefModel::FilledRole).toBool());
        QVERIFY(!brief.data(brief.index(1), BriefModel::HelpRole).toString().isEmpty());
        QCOMPARE(brief.filledCount(), 1);
    }

    void briefEditsAreUndoable()
    {
        BriefModel brief;
        brief.setSession(&m_session);
        QAbstractItemModelTester tester(&brief,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&brief, &QAbstractItemModel::dataChanged);
        QSignalSpy filled(&brief, &BriefModel::filledCountChanged);
        const int metrics = brief.rowOf(u"metrics"_s);
        brief.setText(metrics, u"NDCG@10"_s);
        brief.setText(metrics, u"NDCG@10, watch time"_s);
        m_session.sealMerge();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.front().at(0).toModelIndex().row(), metrics);
        QCOMPARE(filled.count(), 1);
        QCOMPARE(brief.filledCount(), 2);
        m_session.history()->undo();
        QCOMPARE(brief.data(brief.index(metrics), BriefModel::TextRole).toString(), QString());
        QCOMPARE(brief.filledCount(), 1);
        // A new design empties every field.
        m_session.newDesign();
        QCOMPARE(brief.data(brief.index(0), BriefModel::TextRole).toString(), QString());
        QCOMPARE(brief.filledCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_ui_inspector.moc"
