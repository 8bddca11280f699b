// Live checking: the runner debounces edits, checks a copy of the design on a worker thread and
// drops results an edit has overtaken; the findings model updates rows in place, groups by
// severity with suppressed findings last, and its actions (suppress, restore) are undo steps.
#include "model/document.h"
#include "panels/findingsmodel.h"
#include "panels/templatelistmodel.h"
#include "session/checkrunner.h"
#include "session/session.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QAtomicInt>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

namespace {

Finding finding(const QString &rule, Severity severity, const QString &stage = {},
                const QStringList &components = {})
{
    Finding f;
    f.rule = rule;
    f.kind = u"stage"_s;
    f.severity = severity;
    f.stage = stage;
    f.components = components;
    f.message = rule + u" message"_s;
    return f;
}

/// A check that reports one finding per component without a label, and counts its runs.
Report fakeCheck(const Design &design, QAtomicInt *runs)
{
    runs->fetchAndAddOrdered(1);
    Report r;
    r.templateId = u"fake"_s;
    r.templateName = u"Fake template"_s;
    r.required = 3;
    for (const Component &c : design.components()) {
        if (c.label.isEmpty()) {
            Finding f = finding(u"fake/label"_s, Severity::Warning, c.type, {c.id});
            for (const Suppression &s : design.suppressed) {
                if (s.rule == f.rule) {
                    f.suppressed = true;
                    f.suppressionReason = s.reason;
                }
            }
            r.findings << f;
        } else {
            ++r.present;
        }
    }
    return r;
}

} // namespace

class TestCheck : public QObject
{
    Q_OBJECT

private slots:
    void findingsAreGroupedBySeverityThenSuppressed()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Finding suppressed = finding(u"t/a"_s, Severity::Error);
        suppressed.suppressed = true;
        suppressed.suppressionReason = u"v1 scope"_s;
        model.setFindings({finding(u"t/e"_s, Severity::Error), suppressed,
                           finding(u"t/w"_s, Severity::Warning),
                           finding(u"t/i"_s, Severity::Info)});
        QCOMPARE(model.rowCount(), 4);
        const auto section = [&](int r) {
            return model.data(model.index(r), FindingsModel::SectionRole).toString();
        };
        QCOMPARE(section(0), u"Errors"_s);
        QCOMPARE(section(1), u"Warnings"_s);
        QCOMPARE(section(2), u"Info"_s);
        QCOMPARE(section(3), u"Suppressed"_s);
        QCOMPARE(model.data(model.index(3), FindingsModel::SuppressionReasonRole).toString(),
                 u"v1 scope"_s);
        QCOMPARE(model.data(model.index(0), FindingsModel::SeverityRole).toString(), u"error"_s);
    }

    void aNewReportUpdatesRowsInPlace()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Finding a = finding(u"t/a"_s, Severity::Error, u"ranking"_s, {u"rk"_s});
        const Finding b = finding(u"t/b"_s, Severity::Warning);
        const Finding c = finding(u"t/c"_s, Severity::Warning);
        model.setFindings({a, b, c});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The same report again: nothing moves.
        model.setFindings({a, b, c});
        QCOMPARE(removed.count() + inserted.count() + changed.count(), 0);

        // b fixed, c's text changed, d new: one removal, one change, one insertion.
        Finding c2 = c;
        c2.message = u"reworded"_s;
        const Finding d = finding(u"t/d"_s, Severity::Info);
        model.setFindings({a, c2, d});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(1), FindingsModel::MessageRole).toString(), u"reworded"_s);
        QCOMPARE(model.data(model.index(2), FindingsModel::RuleRole).toString(), u"t/d"_s);

        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void fixRoles()
    {
        FindingsModel model;
        Finding f = finding(u"t/missing-filter"_s, Severity::Error, u"filtering"_s);
        Fix fix;
        fix.stage = u"filtering"_s;
        fix.after = {u"cg1"_s};
        fix.before = {u"rk"_s};
        fix.description = u"Add Filtering between retrieval and ranking"_s;
        f.fix = fix;
        const Finding manual = finding(u"t/annotate"_s, Severity::Warning);
        model.setFindings({f, manual});
        QVERIFY(model.data(model.index(0), FindingsModel::HasFixRole).toBool());
        QCOMPARE(model.data(model.index(0), FindingsModel::FixDescriptionRole).toString(),
                 u"Add Filtering between retrieval and ranking"_s);
        QCOMPARE(model.data(model.index(0), FindingsModel::StageNameRole).toString(),
                 u"Filtering"_s);
        QVERIFY(!model.data(model.index(1), FindingsModel::HasFixRole).toBool());
    }

    void editsAreDebouncedAndCheckedOffTheGuiThread()
    {
        Session session;
        QAtomicInt runs;
        Qt::HANDLE worker = nullptr;
        CheckRunner *runner = session.checker();
        runner->setCheckFunction([&](const Design &d) {
            worker = QThread::currentThreadId();
            return fakeCheck(d, &runs);
        });
        QSignalSpy report(runner, &CheckRunner::reportChanged);
        QVERIFY(report.wait(5000));
        const int before = runner->runCount();

        // A burst of edits: one check when it ends.
        Document *doc = session.document();
        Component c;
        c.type = u"ranking"_s;
        c.id = u"rk"_s;
        doc->addComponent(c);
        for (int i = 0; i < 10; ++i)
            doc->setComponentLabel(u"rk"_s, i % 2 ? QString() : u"x"_s);
        QVERIFY(runner->isBusy());
        QVERIFY(report.wait(5000));
        QCOMPARE(runner->runCount(), before + 1);
        QVERIFY(worker != QThread::currentThreadId());
        QVERIFY(!runner->isBusy());
        QCOMPARE(runner->templateName(), u"Fake template"_s);
        QCOMPARE(runner->required(), 3);
        QCOMPARE(runner->findings()->rowCount(), 1); // the last label is empty
        QVERIFY(runner->lastDurationMs() >= 0);
        QCOMPARE(runner->componentsAt(0), QStringList{u"rk"_s});
    }

    void aReportOvertakenByAnEditIsDropped()
    {
        Session session;
        QAtomicInt runs;
        QAtomicInt gate; // the first check waits until the test has edited
        CheckRunner *runner = session.checker();
        runner->setCheckFunction([&](const Design &d) {
            while (d.components().isEmpty() && gate.loadAcquire() == 0)
                QThread::msleep(1);
            return fakeCheck(d, &runs);
        });
        QSignalSpy report(runner, &CheckRunner::reportChanged);
        runner->checkNow(); // checks the empty design; blocks on the gate
        Component c;
        c.type = u"ranking"_s;
        c.id = u"rk"_s;
        session.document()->addComponent(c); // overtakes the running check
        runner->checkNow();
        gate.storeRelease(1);
        QVERIFY(report.wait(5000));
        QTest::qWait(50);
        // Only the report of the current design arrived.
        QCOMPARE(report.count(), 1);
        QCOMPARE(runner->findings()->rowCount(), 1);
    }

    void theRealCheckerRunsOnTheExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("templateId");
        QTest::newRow("recommendations")
            << u"resources/examples/homepage-recommendations.mlsd"_s << u"recommendation"_s;
        QTest::newRow("knowledge base QA")
            << u"resources/examples/knowledge-base-qa.mlsd"_s << u"search-qa"_s;
        QTest::newRow("ads") << u"resources/examples/ads-click-prediction.mlsd"_s
                             << u"ads-ranking"_s;
        QTest::newRow("harmful content")
            << u"resources/examples/harmful-content.mlsd"_s << u"policy-enforcement"_s;
    }
    void theRealCheckerRunsOnTheExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, templateId);
        Session session;
        QSignalSpy report(session.checker(), &CheckRunner::reportChanged);
        QVERIFY(session.open(test::sourcePath(file)));
        QVERIFY(report.wait(10000));
        CheckRunner *runner = session.checker();
        QCOMPARE(runner->templateId(), templateId);
        QVERIFY(runner->required() > 0);
        QVERIFY(runner->present() <= runner->required());
        QCOMPARE(runner->findings()->rowCount(), int(runner->report().findings.size()));
        // The figure that justifies the worker thread (printed, not asserted).
        qInfo("check of %s: %.2f ms, %d components", qPrintable(file), runner->lastDurationMs(),
              session.componentCount());
    }

    void aLargeDesignIsCheckedOffTheGuiThread()
    {
        // 2,000 components in chains: what the GUI thread would otherwise wait for on each edit.
        Design d;
        d.templateId = u"recommendation"_s;
        const QStringList types = {u"candidate_retrieval"_s, u"filtering"_s, u"feature_hydration"_s,
                                   u"ranking"_s, u"re_ranking"_s};
        for (int i = 0; i < 2000; ++i) {
            Component c;
            c.id = u"c%1"_s.arg(i);
            c.type = types.at(i % types.size());
            c.x = 200.0 * (i % 50);
            c.y = 100.0 * (i / 50);
            d.appendComponent(c);
            if (i % types.size() != 0)
                d.appendConnection(
                    {u"e%1"_s.arg(i), u"c%1"_s.arg(i - 1), c.id, {}, ConnectionKind::Data, {}});
        }
        Session session;
        session.newDesign(d);
        QSignalSpy report(session.checker(), &CheckRunner::reportChanged);
        QVERIFY(report.wait(30000));
        QCOMPARE(session.checker()->templateId(), u"recommendation"_s);
        qInfo("check of 2000 components, 1600 connections: %.2f ms",
              session.checker()->lastDurationMs());
    }

    void templateListShowsTheConcreteTemplates()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r) {
            ids << model.idAt(r);
            QVERIFY(!model.data(model.index(r), TemplateListModel::NameRole).toString().isEmpty());
            QVERIFY(!model.data(model.index(r), TemplateListModel::DescriptionRole)
                         .toString()
                         .isEmpty());
        }
        for (const QString &id : {u"ml-design-round"_s, u"recommendation"_s, u"search-qa"_s,
                                  u"ads-ranking"_s, u"policy-enforcement"_s})
            QVERIFY2(ids.contains(id), qPrintable(id));
        QVERIFY(!ids.contains(u"presentation"_s)); // abstract: only extended
        QCOMPARE(model.rowOf(u"recommendation"_s), int(ids.indexOf(u"recommendation"_s)));
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        QCOMPARE(model.nameOf(u"nope"_s), u"nope"_s);
    }

    void aStarterDesignCoversItsTemplate_data()
    {
        QTest::addColumn<QString>("templateId");
        for (const QString &id : {u"ml-design-round"_s, u"recommendation"_s, u"search-qa"_s,
                                  u"ads-ranking"_s, u"policy-enforcement"_s})
            QTest::newRow(qPrintable(id)) << id;
    }
    void aStarterDesignCoversItsTemplate()
    {
        QFETCH(QString, templateId);
        Session session;
        QSignalSpy report(session.checker(), &CheckRunner::reportChanged);
        QVERIFY(session.newFromTemplate(templateId));
        QCOMPARE(session.templateId(), templateId);
        QVERIFY(session.componentCount() > 0);
        QVERIFY(!session.isModified());
        QVERIFY(session.filePath().isEmpty());
        QVERIFY(report.wait(10000));
        QCOMPARE(session.checker()->present(), session.checker()->required());
    }

    void suppressAndRestoreAreUndoSteps()
    {
        Session session;
        QAtomicInt runs;
        CheckRunner *runner = session.checker();
        runner->setCheckFunction([&](const Design &d) { return fakeCheck(d, &runs); });
        Component c;
        c.type = u"ranking"_s;
        c.id = u"rk"_s;
        session.document()->addComponent(c);
        QSignalSpy report(runner, &CheckRunner::reportChanged);
        QVERIFY(report.wait(5000));
        QCOMPARE(runner->findings()->rowCount(), 1);

        runner->suppress(0, u"  labels later  "_s);
        QCOMPARE(session.document()->design().suppressed.size(), 1);
        QCOMPARE(session.document()->design().suppressed.front().reason, u"labels later"_s);
        QVERIFY(report.wait(5000));
        QVERIFY(runner->findings()
                    ->data(runner->findings()->index(0), FindingsModel::SuppressedRole)
                    .toBool());

        runner->unsuppress(0);
        QVERIFY(session.document()->design().suppressed.isEmpty());
        session.history()->undo();
        QCOMPARE(session.document()->design().suppressed.size(), 1);
        QVERIFY(!runner->applyFix(0)); // no fix on this finding
        QVERIFY(!runner->applyFix(7)); // no such row
    }
};

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_ui_check.moc"
