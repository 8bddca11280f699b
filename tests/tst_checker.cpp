// The checker: golden designs with their expected findings, and the behaviour around them
// (suppressions, coverage, ordering, fixes, examples, a large generated design).

#include "check/checker.h"
#include "check/fixes.h"
#include "check/templates.h"
#include "io/designreader.h"
#include "model/catalog.h"
#include "model/document.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

Design loadOrFail(const QString &path)
{
    const LoadResult result = loadDesignFile(path, &Catalog::builtin());
    if (!result.ok())
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(result.message()));
    return *result.design;
}

const Template &templateFor(const QString &id)
{
    const Template *t = TemplateRegistry::builtin().find(id);
    if (!t)
        qFatal("no template %s", qPrintable(id));
    return *t;
}

/// One line per finding: "severity rule [components]", for exact comparison.
QString line(const QString &severity, const QString &rule, const QStringList &components)
{
    return u"%1 %2 [%3]"_s.arg(severity, rule, components.join(u", "_s));
}

QStringList actualLines(const Report &report, bool suppressed)
{
    QStringList out;
    for (const Finding &f : report.findings) {
        if (f.suppressed == suppressed)
            out << line(severityId(f.severity), f.rule, f.components);
    }
    out.sort();
    return out;
}

const Finding *findRule(const Report &report, const QString &rule)
{
    for (const Finding &f : report.findings) {
        if (f.rule == rule)
            return &f;
    }
    return nullptr;
}

Component box(const QString &id, const QString &type, double x = 0, double y = 0)
{
    Component c;
    c.id = id;
    c.type = type;
    c.label = id;
    c.x = x;
    c.y = y;
    return c;
}

void link(Design &d, const QString &from, const QString &to,
          ConnectionKind kind = ConnectionKind::Data)
{
    Connection c;
    c.id = d.uniqueId(u"e"_s);
    c.from = from;
    c.to = to;
    c.kind = kind;
    d.appendConnection(c);
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void goldenCasesCoverEveryTemplate();
    void examples_data();
    void examples();
    void suppressionLeavesCounts();
    void findingsSortedAndDeterministic();
    void stagesListEveryTemplateStageInFlowOrder();
    void retrievalFedThroughEmbeddingService();
    void multipleClients();
    void reachViaRestrictsThePath();
    void messagesAgreeInNumber_data();
    void messagesAgreeInNumber();
    void briefCountsAgreeInNumber_data();
    void briefCountsAgreeInNumber();
    void unknownTypeDoesNotCrash();
    void emptyDesign();
    void applyFixAddsStageInOneUndoStep();
    void applyFixConnects();
    void applyFixRefusesStaleFix();
    void largeDesignStaysLinear();
};

void TestChecker::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QDir data(test::sourcePath(u"tests/data"_s));
    const QStringList cases = data.entryList({u"check-*"_s}, QDir::Dirs, QDir::Name);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << data.filePath(c);
}

void TestChecker::golden()
{
    QFETCH(QString, dir);
    const Design design = loadOrFail(dir + u"/design.mlsd"_s);
    const QJsonObject expected
        = QJsonDocument::fromJson(test::readFile(dir + u"/findings.json"_s)).object();
    QVERIFY2(expected.contains(u"findings"_s), "findings.json has no \"findings\"");
    const QString templateId = expected.value(u"template"_s).toString(design.templateId);
    const Report report = checkDesign(design, templateFor(templateId), Catalog::builtin());

    QStringList want;
    for (const QJsonValue &v : expected.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        QStringList components;
        for (const QJsonValue &c : f.value(u"components"_s).toArray())
            components << c.toString();
        want << line(f.value(u"severity"_s).toString(), f.value(u"rule"_s).toString(), components);
    }
    want.sort();
    const QStringList got = actualLines(report, false);
    if (got != want) {
        for (const Finding &f : report.findings)
            qInfo().noquote() << line(severityId(f.severity), f.rule, f.components) << "—"
                              << f.message;
    }
    QCOMPARE(got, want);

    QStringList wantSuppressed;
    for (const QJsonValue &v : expected.value(u"suppressed"_s).toArray())
        wantSuppressed << v.toObject().value(u"rule"_s).toString() + u": "_s
                              + v.toObject().value(u"reason"_s).toString();
    QStringList gotSuppressed;
    for (const Finding &f : report.findings) {
        if (f.suppressed)
            gotSuppressed << f.rule + u": "_s + f.suppressionReason;
    }
    QCOMPARE(gotSuppressed, wantSuppressed);

    if (expected.contains(u"coverage"_s)) {
        const QJsonObject cov = expected.value(u"coverage"_s).toObject();
        QCOMPARE(report.required, cov.value(u"required"_s).toInt());
        QCOMPARE(report.present, cov.value(u"present"_s).toInt());
    }
    // Every finding explains itself.
    for (const Finding &f : report.findings) {
        QVERIFY2(!f.message.isEmpty() && !f.hint.isEmpty(), qPrintable(f.rule));
        QVERIFY2(!f.message.contains(u'{'), qPrintable(f.message));
        if (!f.rule.startsWith(u"core/"_s))
            QVERIFY2(!f.guide.isEmpty(), qPrintable(f.rule));
    }
}

void TestChecker::goldenCasesCoverEveryTemplate()
{
    // Every template has a complete design with no error, one with loops everywhere, and at
    // least five flawed variants that raise an error or a warning.
    const QDir data(test::sourcePath(u"tests/data"_s));
    QHash<QString, int> clean, flawed;
    for (const QString &c : data.entryList({u"check-*"_s}, QDir::Dirs, QDir::Name)) {
        const Design design = loadOrFail(data.filePath(c) + u"/design.mlsd"_s);
        const Report r = checkDesign(design, templateFor(design.templateId), Catalog::builtin());
        if (r.errors + r.warnings == 0)
            ++clean[design.templateId];
        else
            ++flawed[design.templateId];
    }
    for (const Template *t : TemplateRegistry::builtin().templates()) {
        QVERIFY2(clean.value(t->id) >= 2, qPrintable(t->id));
        QVERIFY2(flawed.value(t->id) >= 5, qPrintable(t->id));
    }
}

void TestChecker::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::sourcePath(u"resources/examples"_s));
    const QStringList files = dir.entryList({u"*.mlsd"_s}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestChecker::examples()
{
    // (resources/examples holds at least three: see goldenCasesCoverEveryTemplate's sibling in
    // tst_cli_check.)
    QFETCH(QString, path);
    const Design design = loadOrFail(path);
    QVERIFY2(!design.templateId.isEmpty(), "an example names its template");
    const Report report = checkDesign(design, templateFor(design.templateId), Catalog::builtin());
    for (const Finding &f : report.findings) {
        if (!f.suppressed)
            qInfo().noquote() << severityId(f.severity) << f.rule << f.components << f.message;
    }
    QCOMPARE(report.errors, 0);
    QCOMPARE(report.present, report.required);
    // Warnings in an example are either justified in a suppression or absent.
    QCOMPARE(report.warnings, 0);
    for (const Finding &f : report.findings) {
        if (f.suppressed)
            QVERIFY2(f.suppressionReason.size() >= 20,
                     qPrintable(u"a real reason for "_s + f.rule));
    }
    // Every brief section is filled, and the key components carry notes.
    QCOMPARE(design.brief.sections.size(), qsizetype(11));
    int annotated = 0, noted = 0;
    for (const Component &c : design.components()) {
        annotated += !c.annotations.isEmpty();
        noted += !c.notes.isEmpty();
    }
    QVERIFY(annotated * 4 >= int(design.components().size()) * 3);
    QVERIFY(noted >= 5);

    // These are the screenshots people see first: boxes at least 60 px apart, each inside its
    // zone, zones apart.
    const QList<Component> &cs = design.components();
    for (qsizetype i = 0; i < cs.size(); ++i) {
        const Zone *zone = design.zone(cs.at(i).zone);
        QVERIFY2(zone && zone->rect().contains(cs.at(i).rect()), qPrintable(cs.at(i).id));
        for (qsizetype j = i + 1; j < cs.size(); ++j)
            QVERIFY2(!cs.at(i)
                          .rect()
                          .adjusted(-30, -30, 30, 30)
                          .intersects(cs.at(j).rect().adjusted(-29, -29, 29, 29)),
                     qPrintable(cs.at(i).id + u" is closer than 60 px to "_s + cs.at(j).id));
        for (const Zone &other : design.zones()) {
            if (other.id != cs.at(i).zone)
                QVERIFY2(!other.rect().intersects(cs.at(i).rect()),
                         qPrintable(cs.at(i).id + u" overlaps "_s + other.id));
        }
    }
    for (qsizetype i = 0; i < design.zones().size(); ++i) {
        for (qsizetype j = i + 1; j < design.zones().size(); ++j)
            QVERIFY(!design.zones().at(i).rect().intersects(design.zones().at(j).rect()));
    }
}

void TestChecker::suppressionLeavesCounts()
{
    Design design
        = loadOrFail(test::sourcePath(u"tests/data/check-rec-wrong-funnel/design.mlsd"_s));
    const Template &tmpl = templateFor(u"recommendation"_s);
    const Report before = checkDesign(design, tmpl, Catalog::builtin());
    QCOMPARE(before.errors, 1);
    QCOMPARE(before.suppressedCount, 0);

    design.suppressed.append(
        {u"recommendation/funnel-order"_s, u"filtering after ranking is deliberate here"_s, {}});
    const Report after = checkDesign(design, tmpl, Catalog::builtin());
    QCOMPARE(after.errors, 0);
    QCOMPARE(after.suppressedCount, 1);
    QCOMPARE(after.findings.size(), before.findings.size());
    const Finding *f = findRule(after, u"recommendation/funnel-order"_s);
    QVERIFY(f);
    QVERIFY(f->suppressed);
    QCOMPARE(f->suppressionReason, u"filtering after ranking is deliberate here"_s);
    QCOMPARE(after.findings.last().rule, u"recommendation/funnel-order"_s); // suppressed ones last
}

void TestChecker::findingsSortedAndDeterministic()
{
    const Design design = loadOrFail(test::sourcePath(u"tests/data/basic/design.mlsd"_s));
    const Template &tmpl = templateFor(u"recommendation"_s);
    const Report a = checkDesign(design, tmpl, Catalog::builtin());
    const Report b = checkDesign(design, tmpl, Catalog::builtin());
    QVERIFY(a.findings.size() > 10);
    QCOMPARE(a.findings, b.findings);
    for (qsizetype i = 1; i < a.findings.size(); ++i)
        QVERIFY(int(a.findings.at(i - 1).severity) <= int(a.findings.at(i).severity));
    QCOMPARE(a.errors + a.warnings + a.infos, int(a.findings.size()));
    // Within a severity, findings follow the template's rule order.
    const Template &t = tmpl;
    auto position = [&t](const QString &rule) {
        for (qsizetype i = 0; i < t.rules.size(); ++i) {
            if (t.rules.at(i).id == rule)
                return i;
        }
        return qsizetype(-1);
    };
    for (qsizetype i = 1; i < a.findings.size(); ++i) {
        if (a.findings.at(i - 1).severity == a.findings.at(i).severity)
            QVERIFY(position(a.findings.at(i - 1).rule) <= position(a.findings.at(i).rule));
    }
}

void TestChecker::stagesListEveryTemplateStageInFlowOrder()
{
    const Design design
        = loadOrFail(test::sourcePath(u"tests/data/check-rec-missing-filtering/design.mlsd"_s));
    const Template &tmpl = templateFor(u"recommendation"_s);
    const Report report = checkDesign(design, tmpl, Catalog::builtin());
    QStringList stages;
    for (const StageStatus &s : report.stages)
        stages << s.stage;
    QStringList expected;
    for (const Rule *r : tmpl.stageRules())
        expected << r->stage;
    QCOMPARE(stages, expected);
    QCOMPARE(stages.count(u"candidate_retrieval"_s), 1);
    for (const StageStatus &s : report.stages) {
        if (s.stage == u"filtering"_s)
            QVERIFY(!s.present());
        if (s.stage == u"candidate_retrieval"_s)
            QCOMPARE(s.components, QStringList({u"cg_ann"_s, u"cg_subs"_s}));
        if (s.stage == u"client"_s)
            QVERIFY(!s.required); // recommended, not in the coverage
    }
    QCOMPARE(report.required, 16);
    QCOMPARE(report.present, 15);
}

void TestChecker::retrievalFedThroughEmbeddingService()
{
    // idx → emb → retrieval: the index feeds retrieval through the embedding service. Sound.
    Design design = loadOrFail(test::sourcePath(u"tests/data/check-rec-complete/design.mlsd"_s));
    Design rewired = design;
    rewired.takeConnectionAt(
        rewired.connectionIndex(rewired.findConnection(u"ann"_s, u"cg_ann"_s)->id));
    link(rewired, u"ann"_s, u"emb"_s);
    const Report report
        = checkDesign(rewired, templateFor(u"recommendation"_s), Catalog::builtin());
    QCOMPARE(actualLines(report, false), QStringList());
}

void TestChecker::multipleClients()
{
    // A web and a mobile client, each starting requests and receiving results.
    Design design = loadOrFail(test::sourcePath(u"tests/data/check-rec-complete/design.mlsd"_s));
    design.appendComponent(box(u"mobile"_s, u"client"_s, 40, 900));
    design.componentForEdit(u"mobile"_s)->zone = u"online"_s;
    link(design, u"mobile"_s, u"cg_ann"_s, ConnectionKind::Request);
    link(design, u"rr"_s, u"mobile"_s);
    link(design, u"mobile"_s, u"logs"_s);
    const Report report = checkDesign(design, templateFor(u"recommendation"_s), Catalog::builtin());
    QCOMPARE(actualLines(report, false), QStringList());
    // A client that is not the funnel's end does not hide a broken funnel.
    Design broken = design;
    broken.takeConnectionAt(broken.connectionIndex(broken.findConnection(u"rr"_s, u"app"_s)->id));
    broken.takeConnectionAt(
        broken.connectionIndex(broken.findConnection(u"rr"_s, u"mobile"_s)->id));
    const Report r2 = checkDesign(broken, templateFor(u"recommendation"_s), Catalog::builtin());
    const Finding *f = findRule(r2, u"recommendation/funnel-order"_s);
    QVERIFY(f);
    QCOMPARE(f->stage, u"client"_s);
}

void TestChecker::reachViaRestrictsThePath()
{
    // The ACL must reach the cache directly (or through query understanding): reaching it only
    // through the funnel does not scope the cache key.
    const Design design
        = loadOrFail(test::sourcePath(u"tests/data/check-qa-acl-not-in-cache/design.mlsd"_s));
    const Report report = checkDesign(design, templateFor(u"search-qa"_s), Catalog::builtin());
    const Finding *f = findRule(report, u"search-qa/acl-feeds-cache"_s);
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Error);
    QVERIFY(f->fix.has_value());
    QVERIFY(f->fix->connectOnly);
}

void TestChecker::messagesAgreeInNumber_data()
{
    QTest::addColumn<int>("orphans");
    QTest::addColumn<QString>("start");
    QTest::newRow("one") << 1 << u"“orphan1” feeds nothing: "_s;
    QTest::newRow("two") << 2 << u"“orphan1” and “orphan2” feed nothing: "_s;
    QTest::newRow("five") << 5 << u"“orphan1”, “orphan2”, “orphan3” and 2 more feed nothing: "_s;
}

void TestChecker::messagesAgreeInNumber()
{
    // A finding about several components reads as plural ({feeds|feed} in the template).
    QFETCH(int, orphans);
    QFETCH(QString, start);
    Design design = loadOrFail(test::sourcePath(u"tests/data/check-rec-complete/design.mlsd"_s));
    for (int i = 1; i <= orphans; ++i)
        design.appendComponent(box(u"orphan%1"_s.arg(i), u"data_source"_s, -400, i * 120));
    const Report report = checkDesign(design, templateFor(u"recommendation"_s), Catalog::builtin());
    const Finding *f = findRule(report, u"recommendation/sources-used"_s);
    QVERIFY(f);
    QVERIFY2(f->message.startsWith(start), qPrintable(f->message));
    // The unused sources, then one target they could feed.
    QCOMPARE(f->components.size(), qsizetype(orphans + 1));
    for (int i = 1; i <= orphans; ++i)
        QCOMPARE(f->components.at(i - 1), u"orphan%1"_s.arg(i));
}

void TestChecker::briefCountsAgreeInNumber_data()
{
    QTest::addColumn<QString>("approaches");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one item") << u"- Two-tower retrieval, DCN ranker"_s << u"lists 1 approach;"_s;
    QTest::newRow("two items") << u"- Two-tower\n- Matrix factorisation"_s
                               << u"lists 2 approaches;"_s;
    QTest::newRow("prose") << u"We use a two-tower model."_s << u"lists 0 approaches;"_s;
}

void TestChecker::briefCountsAgreeInNumber()
{
    // The same choice ({approach|approaches}) agrees with a count of brief items.
    QFETCH(QString, approaches);
    QFETCH(QString, expected);
    Design design = loadOrFail(test::sourcePath(u"tests/data/check-rec-complete/design.mlsd"_s));
    design.brief.sections.set(u"approaches"_s, approaches);
    const Report report = checkDesign(design, templateFor(u"recommendation"_s), Catalog::builtin());
    const Finding *f = findRule(report, u"recommendation/approaches-three"_s);
    QVERIFY(f);
    QVERIFY2(f->message.contains(expected), qPrintable(f->message));
}

void TestChecker::unknownTypeDoesNotCrash()
{
    Design design;
    design.templateId = u"recommendation"_s;
    design.appendComponent(box(u"a"_s, u"rankr"_s));
    design.appendComponent(box(u"b"_s, u"rankr"_s));
    design.appendComponent(box(u"c"_s, u"ranking"_s));
    link(design, u"a"_s, u"c"_s);
    link(design, u"c"_s, u"b"_s);
    const Report report = checkDesign(design, templateFor(u"recommendation"_s), Catalog::builtin());
    const Finding *f = findRule(report, u"core/unknown-type"_s);
    QVERIFY(f);
    QCOMPARE(f->components, QStringList({u"a"_s, u"b"_s}));
    QCOMPARE(f->stage, u"rankr"_s);
    QCOMPARE(f->severity, Severity::Warning);
}

void TestChecker::emptyDesign()
{
    for (const Template *t : TemplateRegistry::builtin().templates()) {
        const Report report = checkDesign(Design(), *t, Catalog::builtin());
        QCOMPARE(report.present, 0);
        QVERIFY(report.required > 5);
        QCOMPARE(report.stages.size(), t->stageRules().size());
        QVERIFY(report.errors >= report.required);
    }
}

void TestChecker::applyFixAddsStageInOneUndoStep()
{
    Document doc;
    doc.resetDesign(
        loadOrFail(test::sourcePath(u"tests/data/check-rec-missing-filtering/design.mlsd"_s)));
    const Design before = doc.design();
    const Template &tmpl = templateFor(u"recommendation"_s);
    const Report report = checkDesign(doc.design(), tmpl, Catalog::builtin());
    const Finding *f = findRule(report, u"recommendation/filtering"_s);
    QVERIFY(f && f->fix);
    QCOMPARE(f->fix->stage, u"filtering"_s);
    QCOMPARE(f->fix->after, QStringList({u"cg_ann"_s, u"cg_subs"_s}));
    QCOMPARE(f->fix->before, QStringList({u"hyd"_s}));
    const int steps = doc.undoStack()->count();

    QVERIFY(applyFix(doc, *f->fix, Catalog::builtin()));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    const Design &after = doc.design();
    QCOMPARE(after.components().size(), before.components().size() + 1);
    const Component &added = after.components().last();
    QCOMPARE(added.type, u"filtering"_s);
    QCOMPARE(added.zone, u"online"_s);
    for (const Component &c : after.components()) {
        if (c.id != added.id)
            QVERIFY2(!c.rect().intersects(added.rect()), qPrintable(c.id));
    }
    QVERIFY(after.findConnection(u"cg_ann"_s, added.id));
    QVERIFY(after.findConnection(u"cg_subs"_s, added.id));
    QVERIFY(after.findConnection(added.id, u"hyd"_s));
    QVERIFY(!after.findConnection(u"cg_ann"_s, u"hyd"_s)); // the direct connection is replaced
    QVERIFY(!after.findConnection(u"cg_subs"_s, u"hyd"_s));
    const Report fixed = checkDesign(after, tmpl, Catalog::builtin());
    QCOMPARE(fixed.errors, 0);
    QCOMPARE(fixed.present, fixed.required);

    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);
    doc.undoStack()->redo();
    QCOMPARE(doc.design().components().size(), before.components().size() + 1);
}

void TestChecker::applyFixConnects()
{
    Document doc;
    doc.resetDesign(
        loadOrFail(test::sourcePath(u"tests/data/check-qa-acl-not-in-cache/design.mlsd"_s)));
    const Design before = doc.design();
    const Template &tmpl = templateFor(u"search-qa"_s);
    const Report report = checkDesign(doc.design(), tmpl, Catalog::builtin());
    const Finding *f = findRule(report, u"search-qa/acl-feeds-cache"_s);
    QVERIFY(f && f->fix);
    const Fix fix = *f->fix;
    QVERIFY(applyFix(doc, fix, Catalog::builtin()));
    QVERIFY(doc.design().findConnection(fix.after.front(), fix.before.front()));
    QVERIFY(!findRule(checkDesign(doc.design(), tmpl, Catalog::builtin()),
                      u"search-qa/acl-feeds-cache"_s));
    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);
}

void TestChecker::applyFixRefusesStaleFix()
{
    Document doc;
    doc.resetDesign(
        loadOrFail(test::sourcePath(u"tests/data/check-rec-missing-filtering/design.mlsd"_s)));
    Fix fix;
    fix.stage = u"filtering"_s;
    fix.after = {u"gone"_s};
    QVERIFY(!applyFix(doc, fix, Catalog::builtin()));
    fix.after = {u"cg_ann"_s};
    fix.stage = u"not_a_type"_s;
    QVERIFY(!applyFix(doc, fix, Catalog::builtin()));
    Fix connect;
    connect.connectOnly = true;
    connect.after = {u"cg_ann"_s};
    connect.before = {u"hyd"_s}; // already connected: nothing to do
    QVERIFY(!applyFix(doc, connect, Catalog::builtin()));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestChecker::largeDesignStaysLinear()
{
    // 10,000 components and 15,000 connections: 500 copies of the complete recommender (19
    // components, 28 connections) plus a second client each, chained into loops that run across
    // copies (each copy's monitoring triggers the next copy's training).
    const Design unit
        = loadOrFail(test::sourcePath(u"tests/data/check-rec-complete/design.mlsd"_s));
    QCOMPARE(unit.components().size(), qsizetype(19));
    QCOMPARE(unit.connections().size(), qsizetype(28));
    constexpr int copies = 500;
    Design big;
    big.templateId = u"recommendation"_s;
    big.brief = unit.brief;
    for (int k = 0; k < copies; ++k) {
        const QString suffix = u"_"_s + QString::number(k);
        for (Component c : unit.components()) {
            c.id += suffix;
            c.zone.clear();
            c.y += k * 1000;
            big.appendComponent(c);
        }
        for (Connection c : unit.connections()) {
            c.id += suffix;
            c.from += suffix;
            c.to += suffix;
            big.appendConnection(c);
        }
        big.appendComponent(box(u"mobile"_s + suffix, u"client"_s, 0, k * 1000 + 900));
        link(big, u"rr"_s + suffix, u"mobile"_s + suffix);
    }
    for (int k = 0; k < copies; ++k)
        link(big, u"mon_"_s + QString::number(k), u"train_"_s + QString::number((k + 1) % copies));
    QCOMPARE(big.components().size(), qsizetype(10000));
    QCOMPARE(big.connections().size(), qsizetype(15000));
    const Template &tmpl = templateFor(u"recommendation"_s);
    // A figure for the record (no timing assertion: the machine is shared): the best of five.
    QElapsedTimer timer;
    qint64 best = std::numeric_limits<qint64>::max();
    Report report;
    for (int run = 0; run < 5; ++run) {
        timer.start();
        report = checkDesign(big, tmpl, Catalog::builtin());
        best = std::min(best, timer.nsecsElapsed() / 1000);
    }
    qInfo("checkDesign on 10000 components and 15000 connections: %.1f ms (best of 5)",
          double(best) / 1000);
    QCOMPARE(actualLines(report, false), QStringList());
    QCOMPARE(report.stages.size(), tmpl.stageRules().size());

    // The same graph with one copy's funnel reversed is caught, though 499 correct funnels and
    // loops across copies surround it.
    Design broken = big;
    for (const auto &[from, to] :
         {std::pair{u"cg_ann_250"_s, u"flt_250"_s}, std::pair{u"cg_subs_250"_s, u"flt_250"_s},
          std::pair{u"flt_250"_s, u"hyd_250"_s}, std::pair{u"rk_250"_s, u"rr_250"_s}})
        broken.takeConnectionAt(broken.connectionIndex(broken.findConnection(from, to)->id));
    link(broken, u"rk_250"_s, u"flt_250"_s);
    link(broken, u"flt_250"_s, u"rr_250"_s);
    link(broken, u"cg_ann_250"_s, u"hyd_250"_s);
    link(broken, u"cg_subs_250"_s, u"hyd_250"_s);
    Report r2;
    best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        timer.start();
        r2 = checkDesign(broken, tmpl, Catalog::builtin());
        best = std::min(best, timer.nsecsElapsed() / 1000);
    }
    qInfo("checkDesign on the same graph with one funnel reversed: %.1f ms (best of 5)",
          double(best) / 1000);
    QCOMPARE(actualLines(r2, false), QStringList({line(u"error"_s, u"recommendation/funnel-order"_s,
                                                       {u"flt_250"_s, u"rk_250"_s})}));
}

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
