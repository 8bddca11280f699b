// Practice runs: the phase clock (driven by a fake clock), its record in the file, and the
// question bank.
#include "io/designreader.h"
#include "io/designwriter.h"
#include "practice/practicetimer.h"
#include "practice/questionbank.h"
#include "testutil.h"

#include <QSet>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

class TestPractice : public QObject
{
    Q_OBJECT

private slots:
    void planFollowsThePresentationFramework_data();
    void planFollowsThePresentationFramework();
    void timeIsAttributedToPhasesAndHandedOver();
    void pauseStopsTheClock();
    void warningShowsBeforeAPhaseEnds();
    void shortRunsWarnInProportion();
    void movingOnEarlyAndFinishing();
    void runEndsWhenTheDurationIsUsed();
    void recordRoundTripsThroughTheFileAndResumes();
    void resultRoundTripsThroughTheFile();
    void resultErrorsAreLocated_data();
    void resultErrorsAreLocated();
    void questionBankIsComplete();
    void questionBankRejectsBrokenFiles_data();
    void questionBankRejectsBrokenFiles();
};

void TestPractice::planFollowsThePresentationFramework_data()
{
    QTest::addColumn<int>("duration");
    QTest::addColumn<QList<int>>("minutes");
    QTest::newRow("45 min") << 45 * 60 << QList<int>{5, 5, 8, 15, 6, 6};
    QTest::newRow("60 min") << 60 * 60 << QList<int>{7, 7, 11, 20, 8, 7};
    QTest::newRow("30 min") << 30 * 60 << QList<int>{3, 3, 5, 10, 4, 5};
}

void TestPractice::planFollowsThePresentationFramework()
{
    QFETCH(int, duration);
    QFETCH(QList<int>, minutes);
    const QList<PhasePlan> plan = PracticeTimer::plan(duration);
    QCOMPARE(plan.size(), 6);
    QCOMPARE(plan.front().id, u"task"_s);
    QCOMPARE(plan.at(3).id, u"design"_s);
    QCOMPARE(plan.back().id, u"roadmap"_s);
    int sum = 0;
    QList<int> got;
    for (const PhasePlan &p : plan) {
        sum += p.plannedS;
        got << p.plannedS / 60;
        QVERIFY(!p.help.isEmpty());
    }
    QCOMPARE(sum, duration);
    QCOMPARE(got, minutes);
    // A short run (as in a quick try) still has every phase and sums exactly.
    int shortSum = 0;
    for (const PhasePlan &p : PracticeTimer::plan(120)) {
        QVERIFY(p.plannedS > 0);
        shortSum += p.plannedS;
    }
    QCOMPARE(shortSum, 120);
}

void TestPractice::timeIsAttributedToPhasesAndHandedOver()
{
    PracticeTimer t;
    t.start(u"kb-qa"_s, 45 * 60, 1'000);
    QCOMPARE(t.state(), PracticeTimer::State::Running);
    t.update(1'000 + 4 * 60'000);
    QCOMPARE(t.currentPhase(), 0);
    QCOMPARE(t.spentS(0), 240);
    QCOMPARE(t.phaseRemainingS(), 60);
    // One update that crosses the end of the task phase and all of the metrics phase.
    t.update(1'000 + 11 * 60'000);
    QCOMPARE(t.spentS(0), 300);
    QCOMPARE(t.spentS(1), 300);
    QCOMPARE(t.spentS(2), 60);
    QCOMPARE(t.currentPhase(), 2);
    QCOMPARE(t.elapsedS(), 660);
    QCOMPARE(t.remainingS(), 45 * 60 - 660);
}

void TestPractice::pauseStopsTheClock()
{
    PracticeTimer t;
    t.start(u"q"_s, 45 * 60, 0);
    t.update(60'000);
    t.pause(90'000);
    QCOMPARE(t.state(), PracticeTimer::State::Paused);
    t.update(10 * 60'000); // time passes while paused: not counted
    QCOMPARE(t.elapsedS(), 90);
    t.resume(10 * 60'000);
    t.update(10 * 60'000 + 30'000);
    QCOMPARE(t.elapsedS(), 120);
    QCOMPARE(t.spentS(0), 120);
}

void TestPractice::warningShowsBeforeAPhaseEnds()
{
    PracticeTimer t;
    t.start(u"q"_s, 45 * 60, 0);
    t.update(3 * 60'000);
    QVERIFY(!t.warning());
    t.update(4 * 60'000 + 1'000);
    QVERIFY(t.warning());
    QCOMPARE(t.currentPhase(), 0);
    t.update(5 * 60'000 + 1'000);
    QCOMPARE(t.currentPhase(), 1);
    QVERIFY(!t.warning());
}

void TestPractice::shortRunsWarnInProportion()
{
    // A two-minute run has phases of 13–40 s: a fixed minute of warning would never be off.
    PracticeTimer t;
    t.start(u"kb-qa"_s, 120, 0);
    QCOMPARE(t.phases().at(0).plannedS, 13);
    QCOMPARE(t.warningWindowS(0), 3);
    QCOMPARE(t.phases().at(3).plannedS, 40);
    QCOMPARE(t.warningWindowS(3), 10);
    t.update(9'000);
    QVERIFY(!t.warning());
    t.update(10'000);
    QVERIFY(t.warning());
    t.update(13'000);
    QCOMPARE(t.currentPhase(), 1);
    QVERIFY(!t.warning());
    // Paused, nothing is about to end.
    t.update(23'500);
    QVERIFY(t.warning());
    t.pause(23'500);
    QVERIFY(!t.warning());
}

void TestPractice::movingOnEarlyAndFinishing()
{
    PracticeTimer t;
    t.start(u"q"_s, 45 * 60, 0);
    t.update(2 * 60'000);
    t.nextPhase(2 * 60'000);
    QCOMPARE(t.currentPhase(), 1);
    QCOMPARE(t.spentS(0), 120);
    t.update(3 * 60'000);
    QCOMPARE(t.spentS(1), 60);
    t.finish(4 * 60'000);
    QCOMPARE(t.state(), PracticeTimer::State::Finished);
    const Practice r = t.record();
    QVERIFY(r.finished);
    QCOMPARE(r.phases.at(1).spentS, 120);
    QCOMPARE(r.phases.size(), 6);
    // A finished run no longer counts time.
    t.update(20 * 60'000);
    QCOMPARE(t.elapsedS(), 240);
}

void TestPractice::runEndsWhenTheDurationIsUsed()
{
    PracticeTimer t;
    t.start(u"q"_s, 10 * 60, 0);
    t.update(9 * 60'000);
    QCOMPARE(t.state(), PracticeTimer::State::Running);
    QCOMPARE(t.currentPhase(), 5);
    t.update(10 * 60'000);
    QCOMPARE(t.state(), PracticeTimer::State::Finished);
    QCOMPARE(t.remainingS(), 0);
}

void TestPractice::recordRoundTripsThroughTheFileAndResumes()
{
    PracticeTimer t;
    t.start(u"homepage-recs"_s, 45 * 60, 0);
    t.update(7 * 60'000);
    Design d;
    d.practice = t.record();
    const LoadResult loaded = loadDesign(serializeDesign(d), u"p.mlsd"_s, nullptr);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    QCOMPARE(*loaded.design->practice, t.record());

    // After a crash the run continues from the saved record, paused.
    PracticeTimer again;
    again.restore(*loaded.design->practice);
    QCOMPARE(again.state(), PracticeTimer::State::Paused);
    QCOMPARE(again.currentPhase(), 1);
    QCOMPARE(again.elapsedS(), 420);
    again.resume(100'000);
    again.update(160'000);
    QCOMPARE(again.elapsedS(), 480);
    QCOMPARE(again.question(), u"homepage-recs"_s);
}

void TestPractice::resultRoundTripsThroughTheFile()
{
    Design d;
    Practice p;
    p.question = u"kb-qa"_s;
    p.durationS = 120;
    p.phases << PracticePhase{u"task"_s, 13, 20, {}};
    p.finished = true;
    p.result = PracticeResult{u"search-qa"_s,
                              14,
                              9,
                              3,
                              2,
                              0,
                              {u"search-qa/authorization"_s, u"search-qa/citations"_s},
                              {}};
    d.practice = p;
    const QByteArray bytes = serializeDesign(d);
    QVERIFY(bytes.contains(R"("result": {)"));
    QVERIFY(bytes.contains(R"("findings": [)"));
    const LoadResult loaded = loadDesign(bytes, u"p.mlsd"_s, nullptr);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    QCOMPARE(*loaded.design->practice, p);
    QCOMPARE(serializeDesign(*loaded.design), bytes);

    // Unknown keys inside the result survive; a run without a result writes none.
    const QByteArray extra
        = QByteArray(bytes).replace(R"("infos": 0,)", R"("infos": 0, "x_result": [1],)");
    const LoadResult again = loadDesign(extra, u"p.mlsd"_s, nullptr);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QVERIFY(serializeDesign(*again.design).contains(R"("x_result": [)"));
    d.practice->result.reset();
    QVERIFY(!serializeDesign(d).contains(R"("result")"));
}

void TestPractice::resultErrorsAreLocated_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not an object")
        << QByteArray(R"([])") << u"p.mlsd: /practice/result: expected an object, found an array"_s;
    QTest::newRow("negative count")
        << QByteArray(R"({"errors": -1})")
        << u"p.mlsd: /practice/result/errors: -1 is out of range [0, 1000000]"_s;
    QTest::newRow("finding not a string")
        << QByteArray(R"({"findings": ["a/b", 3]})")
        << u"p.mlsd: /practice/result/findings/1: expected a rule id"_s;
}

void TestPractice::resultErrorsAreLocated()
{
    QFETCH(QByteArray, result);
    QFETCH(QString, expected);
    const QByteArray file = R"({"format": "mlsd-board", "version": 1, "components": [],
        "practice": {"question": "kb-qa", "duration_s": 120, "phases": [], "finished": true, "result": )"
                            + result + "}}";
    const LoadResult loaded = loadDesign(file, u"p.mlsd"_s, nullptr);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errors.front().toString(), expected);
}

void TestPractice::questionBankIsComplete()
{
    const QuestionBank &bank = QuestionBank::builtin();
    QVERIFY(bank.questions().size() >= 13);
    const Question *kb = bank.find(u"kb-qa"_s);
    QVERIFY(kb);
    QCOMPARE(kb->templateId, u"search-qa"_s);
    QVERIFY(kb->followUps.join(u' ').contains(u"reduce the latency"_s));
    QVERIFY(kb->followUps.join(u' ').contains(u"content restriction policy"_s));
    const QByteArray guide
        = test::readFile(test::sourcePath(u"tests/data/guide/ml-design-guide.rst"_s));
    QSet<QString> templates;
    for (const Question &q : bank.questions()) {
        templates.insert(q.templateId);
        QVERIFY2(q.clarifyingQuestions.size() >= 3, qPrintable(q.id));
        QVERIFY2(!q.followUps.isEmpty(), qPrintable(q.id));
        for (const QString &part : q.guide.split(u" › "_s))
            QVERIFY2(guide.contains(part.toUtf8() + '\n'), qPrintable(q.id + u": "_s + part));
    }
    const QSet<QString> expected = {u"ml-design-round"_s, u"recommendation"_s, u"search-qa"_s,
                                    u"ads-ranking"_s, u"policy-enforcement"_s};
    QCOMPARE(templates, expected);
}

void TestPractice::questionBankRejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray q
        = R"({"id": "a", "title": "t", "prompt": "p", "template": "search-qa", "guide": "g",
                            "clarifying_questions": ["c"], "follow_ups": ["f"]})";
    QTest::newRow("wrong format")
        << QByteArray(R"({"format": "x", "questions": []})")
        << u"q.json: expected an object with \"format\": \"mlsd-questions\""_s;
    QTest::newRow("duplicate id") << R"({"format": "mlsd-questions", "questions": [)" + q + "," + q
                                         + "]}"
                                  << u"q.json: /questions/1/id: duplicate question id \"a\""_s;
    QTest::newRow("no follow-ups")
        << R"({"format": "mlsd-questions", "questions": [)"
               + QByteArray(q).replace(R"("follow_ups": ["f"])", R"("follow_ups": [])") + "]}"
        << u"q.json: /questions/0/follow_ups: expected a non-empty array of strings"_s;
    QTest::newRow("missing prompt") << R"({"format": "mlsd-questions", "questions": [)"
                                           + QByteArray(q).replace(R"("prompt": "p",)", "") + "]}"
                                    << u"q.json: /questions/0: missing \"prompt\""_s;
}

void TestPractice::questionBankRejectsBrokenFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QuestionBank bank;
    Diagnostics errors;
    QVERIFY(!bank.load(data, u"q.json"_s, &errors));
    QCOMPARE(errors.front().toString(), expected);
    QVERIFY(bank.questions().isEmpty());
}

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
