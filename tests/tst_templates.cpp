// Framework templates: the built-in set, validation with located errors, inheritance, user
// templates that add to or override the built-in ones, and starter designs.

#include "check/checker.h"
#include "check/starter.h"
#include "check/templateloader.h"
#include "check/templates.h"
#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "testutil.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

const QStringList shippedIds = {u"ml-design-round"_s, u"recommendation"_s, u"search-qa"_s,
                                u"ads-ranking"_s, u"policy-enforcement"_s};

/// A minimal valid template file around \a rules (a JSON array text).
QByteArray templateJson(const QString &id, const QByteArray &rules, const QByteArray &extra = {})
{
    return "{ \"id\": \"" + id.toUtf8()
           + "\", \"name\": \"Test\", \"description\": \"A test template.\", "
             "\"guide\": \"Presentation Framework\", "
           + extra + "\"rules\": " + rules + " }";
}

QByteArray stageRule(const QByteArray &name, const QByteArray &stage, const QByteArray &extra = {})
{
    return "{ \"name\": \"" + name
           + "\", \"kind\": \"stage\", \"severity\": \"error\", \"stage\": \"" + stage
           + "\", \"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\"" + extra + " }";
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void builtinTemplates();
    void rulesAreWellFormed();
    void guideSectionsAreRealHeadings();
    void everyRuleKindIsUsed();
    void validationErrors_data();
    void validationErrors();
    void brokenFileChangesNothing();
    void extendsInheritsAndOverrides();
    void extendsCycleAndUnknownParent();
    void userTemplatesAddAndOverride();
    void starterDesigns_data();
    void starterDesigns();

private:
    QString m_userDir;
};

void TestTemplates::initTestCase()
{
    // User templates live in the app data folder; test mode keeps the real one untouched. A user
    // template is written before anything loads the installed registry.
    QCoreApplication::setApplicationName(u"mlsdboard-test"_s);
    QStandardPaths::setTestModeEnabled(true);
    m_userDir = TemplateRegistry::userDirectory();
    QVERIFY(m_userDir.contains(u"qttest"_s));
    QDir(m_userDir).removeRecursively();
    QVERIFY(QDir().mkpath(m_userDir));
    QVERIFY(test::writeFile(
        m_userDir + u"/team-recs.json"_s,
        templateJson(u"team-recs"_s,
                     "[" + stageRule("ab", "ab_testing", ", \"required\": false") + "]",
                     "\"extends\": \"recommendation\", \"order\": 25, ")));
    QVERIFY(test::writeFile(m_userDir + u"/broken.json"_s, "{ \"id\": \"broken\", "));
}

void TestTemplates::cleanupTestCase()
{
    QDir(m_userDir).removeRecursively();
}

void TestTemplates::builtinTemplates()
{
    TemplateRegistry builtinOnly;
    Diagnostics errors;
    QVERIFY2(builtinOnly.loadDirectory(u":/mlsd/templates"_s, &errors),
             qPrintable(toString(errors)));
    QVERIFY(errors.isEmpty());
    QCOMPARE(builtinOnly.ids(), shippedIds);
    QVERIFY(!builtinOnly.find(u"presentation"_s)); // abstract: only extended
    QVERIFY(builtinOnly.findAny(u"presentation"_s));
    for (const QString &id : shippedIds) {
        const Template *t = builtinOnly.find(id);
        QVERIFY(t);
        QVERIFY(!t->name.isEmpty() && !t->description.isEmpty() && !t->guide.isEmpty());
        QCOMPARE(t->extends, u"presentation"_s);
        QVERIFY2(t->stageRules().size() >= 10, qPrintable(id));
        // Every template also checks the presentation brief.
        QVERIFY(t->rule(id + u"/approaches-three"_s));
        QVERIFY(t->rule(id + u"/observability"_s));
    }
    // The installed registry has the built-in ones plus the user's valid template, and reports
    // the broken one.
    const TemplateRegistry &installed = TemplateRegistry::builtin();
    QCOMPARE(installed.ids(),
             QStringList({u"ml-design-round"_s, u"recommendation"_s, u"team-recs"_s, u"search-qa"_s,
                          u"ads-ranking"_s, u"policy-enforcement"_s}));
    QCOMPARE(installed.loadErrors().size(), 1);
    QVERIFY(installed.loadErrors().front().toString().startsWith(m_userDir + u"/broken.json:1:"_s));
    const Template *team = installed.find(u"team-recs"_s);
    QVERIFY(team);
    QVERIFY(team->rule(u"team-recs/funnel-order"_s)); // inherited from recommendation
    QVERIFY(team->rule(u"team-recs/task"_s));         // and from presentation
}

void TestTemplates::rulesAreWellFormed()
{
    for (const QString &id : shippedIds) {
        const Template *t = TemplateRegistry::builtin().find(id);
        QSet<QString> ids;
        for (const Rule &r : t->rules) {
            QVERIFY2(r.id == t->id + u'/' + r.name, qPrintable(r.id));
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            ids.insert(r.id);
            QVERIFY2(!r.message.isEmpty() && !r.hint.isEmpty() && !r.guide.isEmpty(),
                     qPrintable(r.id));
            if (r.kind == RuleKind::Order || r.kind == RuleKind::NotReach
                || r.kind == RuleKind::Loop)
                QVERIFY2(r.message.contains(u"{detail}"_s) || r.message.contains(u"{from}"_s),
                         qPrintable(r.id));
            // A recommended stage is never an error: it is not required coverage.
            if (r.kind == RuleKind::Stage && !r.required)
                QVERIFY2(r.severity != Severity::Error, qPrintable(r.id));
        }
    }
}

void TestTemplates::guideSectionsAreRealHeadings()
{
    QSet<QString> headings;
    const QString text = QString::fromUtf8(
        test::readFile(test::sourcePath(u"tests/data/templates/guide-headings.txt"_s)));
    for (const QString &line : text.split(u'\n')) {
        if (!line.isEmpty() && !line.startsWith(u'#'))
            headings.insert(line);
    }
    QVERIFY(headings.size() > 20);
    const TemplateRegistry &registry = TemplateRegistry::builtin();
    for (const QString &id : shippedIds) {
        const Template *t = registry.find(id);
        QVERIFY2(headings.contains(t->guide), qPrintable(t->guide));
        for (const Rule &r : t->rules)
            QVERIFY2(headings.contains(r.guide), qPrintable(r.id + u": "_s + r.guide));
    }
}

void TestTemplates::everyRuleKindIsUsed()
{
    // The templates cover required stages with counts, order, reach, forbidden reach, loops,
    // annotations and the brief, and give fixes where they make sense.
    for (const QString &id : shippedIds) {
        const Template *t = TemplateRegistry::builtin().find(id);
        QSet<RuleKind> kinds;
        int fixes = 0;
        for (const Rule &r : t->rules) {
            kinds.insert(r.kind);
            fixes += r.fix.has_value();
        }
        for (RuleKind k : {RuleKind::Stage, RuleKind::Order, RuleKind::Reach, RuleKind::NotReach,
                           RuleKind::Annotation, RuleKind::Brief})
            QVERIFY2(kinds.contains(k), qPrintable(id + u": "_s + ruleKindId(k)));
        if (id != u"search-qa"_s) // search has no training loop in the guide's frame
            QVERIFY2(kinds.contains(RuleKind::Loop), qPrintable(id));
        QVERIFY2(fixes >= 10, qPrintable(id));
    }
    const Template *rec = TemplateRegistry::builtin().find(u"recommendation"_s);
    const Rule *two = rec->rule(u"recommendation/two-sources"_s);
    QVERIFY(two);
    QCOMPARE(two->min, 2);
    QCOMPARE(two->severity, Severity::Warning);
}

void TestTemplates::validationErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray ok = stageRule("a", "ranking");
    QTest::newRow("syntax") << QByteArray("{ \"id\": ") << u"t.json:1:9: "_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"t.json: expected an object"_s;
    QTest::newRow("missing rules") << QByteArray(
        "{ \"id\": \"t\", \"name\": \"n\", \"description\": \"d\", \"guide\": \"g\" }")
                                   << u"t.json: missing \"rules\""_s;
    QTest::newRow("id mismatch") << templateJson(
        u"other"_s,
        "[" + ok + "]") << u"t.json: /id: id \"other\" does not match the file name \"t.json\""_s;
    QTest::newRow("unknown top key") << templateJson(u"t"_s, "[" + ok + "]", "\"colour\": 1, ")
                                     << u"t.json: /colour: unknown key \"colour\""_s;
    QTest::newRow("unknown kind") << templateJson(
        u"t"_s, "[{ \"name\": \"a\", \"kind\": \"path\", \"severity\": \"error\", "
                "\"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\" }]")
                                  << u"t.json: /rules/0/kind: unknown rule kind \"path\""_s;
    QTest::newRow("unknown severity")
        << templateJson(u"t"_s, "[" + QByteArray(ok).replace("\"error\"", "\"fatal\"") + "]")
        << u"t.json: /rules/0/severity: unknown severity \"fatal\""_s;
    QTest::newRow("unknown stage") << templateJson(u"t"_s, "[" + stageRule("a", "rankr") + "]")
                                   << u"t.json: /rules/0/stage: unknown stage \"rankr\""_s;
    QTest::newRow("typo in key") << templateJson(
        u"t"_s, "[" + stageRule("a", "ranking", ", \"mni\": 2") + "]")
                                 << u"t.json: /rules/0/mni: unknown key \"mni\""_s;
    QTest::newRow("key of another kind")
        << templateJson(u"t"_s, "[" + stageRule("a", "ranking", ", \"via\": []") + "]")
        << u"t.json: /rules/0/via: unknown key \"via\""_s;
    QTest::newRow("min out of range")
        << templateJson(u"t"_s, "[" + stageRule("a", "ranking", ", \"min\": 0") + "]")
        << u"t.json: /rules/0/min: expected an integer between 1 and 100"_s;
    QTest::newRow("duplicate name") << templateJson(u"t"_s, "[" + stageRule("a", "ranking") + ", "
                                                                + stageRule("a", "filtering") + "]")
                                    << u"t.json: /rules/1/name: rule \"a\" is defined twice"_s;
    QTest::newRow("bad name") << templateJson(u"t"_s, "[" + stageRule("a b", "ranking") + "]")
                              << u"t.json: /rules/0/name: invalid rule name \"a b\""_s;
    QTest::newRow("unknown placeholder") << templateJson(
        u"t"_s, "[" + QByteArray(stageRule("a", "ranking")).replace("\"m\"", "\"{stages} missing\"")
                    + "]") << u"t.json: /rules/0/message: unknown placeholder {stages}"_s;
    QTest::newRow("choice of three") << templateJson(
        u"t"_s,
        "[" + QByteArray(stageRule("a", "ranking")).replace("\"m\"", "\"{is|are|be} missing\"")
            + "]") << u"t.json: /rules/0/message: invalid choice {is|are|be}"_s;
    QTest::newRow("choice without plural") << templateJson(
        u"t"_s, "[" + QByteArray(stageRule("a", "ranking")).replace("\"h\"", "\"{is|} missing\"")
                    + "]") << u"t.json: /rules/0/hint: invalid choice {is|}"_s;
    QTest::newRow("choice in an order rule")
        << templateJson(
               u"t"_s,
               "[{ \"name\": \"o\", \"kind\": \"order\", \"severity\": \"error\", "
               "\"stages\": [\"filtering\", \"ranking\"], \"message\": \"{runs|run} late\", "
               "\"hint\": \"h\", \"guide\": \"g\" }]")
        << u"t.json: /rules/0/message: choice {runs|run} needs a count, which order rules do not have"_s;
    QTest::newRow("short order") << templateJson(
        u"t"_s,
        "[{ \"name\": \"o\", \"kind\": \"order\", \"severity\": \"error\", "
        "\"stages\": [\"ranking\"], \"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\" }]")
                                 << u"t.json: /rules/0/stages: needs at least two stages"_s;
    QTest::newRow("repeated stage")
        << templateJson(u"t"_s, "[{ \"name\": \"o\", \"kind\": \"order\", \"severity\": \"error\", "
                                "\"stages\": [\"ranking\", \"filtering\", \"ranking\"], "
                                "\"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\" }]")
        << u"t.json: /rules/0/stages/2: \"ranking\" is listed twice"_s;
    QTest::newRow("contradicting order")
        << templateJson(u"t"_s, "[{ \"name\": \"o1\", \"kind\": \"order\", \"severity\": "
                                "\"error\", \"stages\": [\"ranking\", \"filtering\"], "
                                "\"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\" }, "
                                "{ \"name\": \"o2\", \"kind\": \"order\", \"severity\": \"error\", "
                                "\"stages\": [\"filtering\", \"re_ranking\", \"ranking\"], "
                                "\"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\" }]")
        << u"t.json: /rules: the order rules contradict each other"_s;
    QTest::newRow("bad regex")
        << templateJson(
               u"t"_s,
               "[{ \"name\": \"p\", \"kind\": \"brief\", \"severity\": \"info\", \"section\": "
               "\"metrics\", "
               "\"pattern\": \"(online\", \"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\" }]")
        << u"t.json: /rules/0/pattern: invalid regular expression at offset 7"_s;
    QTest::newRow("unknown annotation")
        << templateJson(u"t"_s, "[{ \"name\": \"p\", \"kind\": \"annotation\", \"severity\": "
                                "\"info\", \"stages\": [\"ranking\"], "
                                "\"annotation\": \"latency\", \"message\": \"m\", \"hint\": \"h\", "
                                "\"guide\": \"g\" }]")
        << u"t.json: /rules/0/annotation: unknown annotation \"latency\""_s;
    QTest::newRow("unknown brief section")
        << templateJson(u"t"_s, "[{ \"name\": \"p\", \"kind\": \"brief\", \"severity\": \"info\", "
                                "\"section\": [\"task\", \"summary\"], "
                                "\"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\" }]")
        << u"t.json: /rules/0/section/1: unknown brief section \"summary\""_s;
    QTest::newRow("source is target")
        << templateJson(
               u"t"_s,
               "[{ \"name\": \"r\", \"kind\": \"reach\", \"severity\": \"info\", \"from\": "
               "[\"ranking\"], "
               "\"to\": [\"ranking\"], \"message\": \"m\", \"hint\": \"h\", \"guide\": \"g\" }]")
        << u"t.json: /rules/0/to: \"ranking\" is both a source and a target"_s;
    QTest::newRow("fix on a reach rule") << templateJson(
        u"t"_s,
        "[{ \"name\": \"r\", \"kind\": \"reach\", \"severity\": \"info\", \"from\": [\"ranking\"], "
        "\"to\": [\"client\"], \"fix\": {\"after\": [\"ranking\"]}, \"message\": \"m\", \"hint\": "
        "\"h\", \"guide\": \"g\" }]") << u"t.json: /rules/0/fix/after: unknown key \"after\""_s;
    QTest::newRow("bad when") << templateJson(
        u"t"_s, "[" + stageRule("a", "ranking", ", \"when\": {\"stage\": [\"cache\"]}") + "]")
                              << u"t.json: /rules/0/when/stage: unknown key \"stage\""_s;
    QTest::newRow("unknown parent")
        << templateJson(u"t"_s, "[" + ok + "]", "\"extends\": \"nope\", ")
        << u"t.json: /extends: unknown template \"nope\""_s;
}

void TestTemplates::validationErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    TemplateRegistry registry;
    Diagnostics errors;
    QVERIFY(!registry.loadTemplate(json, u"t.json"_s, &errors));
    QVERIFY(!errors.isEmpty());
    const QString text = toString(errors);
    QVERIFY2(text.contains(error), qPrintable(text));
    QVERIFY(!registry.findAny(u"t"_s));
}

void TestTemplates::brokenFileChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TemplateRegistry registry;
    Diagnostics errors;
    QVERIFY(registry.loadDirectory(u":/mlsd/templates"_s, &errors));
    const Template *before = registry.find(u"recommendation"_s);
    const QString name = before->name;
    // An override with an error is skipped: the built-in template stays.
    QVERIFY(
        test::writeFile(dir.filePath(u"recommendation.json"_s),
                        templateJson(u"recommendation"_s, "[" + stageRule("a", "rankr") + "]")));
    QVERIFY(!registry.loadDirectory(dir.path(), &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.front().toString(), dir.filePath(u"recommendation.json"_s)
                                            + u": /rules/0/stage: unknown stage \"rankr\""_s);
    QCOMPARE(registry.find(u"recommendation"_s)->name, name);
}

void TestTemplates::extendsInheritsAndOverrides()
{
    TemplateRegistry registry;
    Diagnostics errors;
    QVERIFY(registry.loadTemplate(
        templateJson(u"base"_s,
                     "[" + stageRule("a", "ranking") + ", " + stageRule("b", "filtering") + "]",
                     "\"abstract\": true, "),
        u"base.json"_s, &errors));
    QVERIFY2(registry.loadTemplate(templateJson(u"child"_s,
                                                "[" + stageRule("b", "re_ranking") + ", "
                                                    + stageRule("c", "cache") + "]",
                                                "\"extends\": \"base\", "),
                                   u"child.json"_s, &errors),
             qPrintable(toString(errors)));
    QVERIFY(!registry.find(u"base"_s));
    const Template *child = registry.find(u"child"_s);
    QVERIFY(child);
    QStringList ids;
    for (const Rule &r : child->rules)
        ids << r.id + u'=' + r.stage;
    QCOMPARE(ids, QStringList({u"child/a=ranking"_s, u"child/b=re_ranking"_s, u"child/c=cache"_s}));
    QCOMPARE(registry.ids(), QStringList({u"child"_s}));
}

void TestTemplates::extendsCycleAndUnknownParent()
{
    QTemporaryDir dir;
    QVERIFY(test::writeFile(dir.filePath(u"x.json"_s),
                            templateJson(u"x"_s, "[]", "\"extends\": \"y\", ")));
    QVERIFY(test::writeFile(dir.filePath(u"y.json"_s),
                            templateJson(u"y"_s, "[]", "\"extends\": \"x\", ")));
    QVERIFY(test::writeFile(dir.filePath(u"z.json"_s), templateJson(u"z"_s, "[]")));
    TemplateRegistry registry;
    Diagnostics errors;
    QVERIFY(!registry.loadDirectory(dir.path(), &errors));
    QVERIFY2(toString(errors).contains(u"/extends: templates extend each other in a cycle"_s),
             qPrintable(toString(errors)));
    QVERIFY(!registry.find(u"x"_s));
    QVERIFY(!registry.find(u"y"_s));
    QVERIFY(registry.find(u"z"_s)); // the good file still loads
}

void TestTemplates::userTemplatesAddAndOverride()
{
    // A user template with a built-in id replaces it, and may extend the built-in version.
    QTemporaryDir scratch;
    QVERIFY(test::writeFile(
        m_userDir + u"/recommendation.json"_s,
        templateJson(
            u"recommendation"_s,
            "[{ \"name\": \"two-sources\", \"kind\": \"stage\", \"severity\": \"error\", "
            "\"stage\": \"candidate_retrieval\", \"min\": 3, \"message\": \"Only {count}.\", "
            "\"hint\": \"Add sources.\", \"guide\": \"Recommendation System › 3. Modeling\" }]",
            "\"extends\": \"recommendation\", ")
            .replace("\"name\": \"Test\"", "\"name\": \"Team recommendation\"")));
    TemplateRegistry registry;
    Diagnostics errors;
    registry.loadInstalled(&errors);
    QFile::remove(m_userDir + u"/recommendation.json"_s);
    const Template *t = registry.find(u"recommendation"_s);
    QVERIFY(t);
    QCOMPARE(t->name, u"Team recommendation"_s);
    const Rule *two = t->rule(u"recommendation/two-sources"_s);
    QVERIFY(two);
    QCOMPARE(two->min, 3);
    QCOMPARE(two->severity, Severity::Error);
    QVERIFY(t->rule(u"recommendation/funnel-order"_s));       // the rest is inherited
    QCOMPARE(registry.ids().indexOf(u"recommendation"_s), 1); // keeps its place in the list

    const LoadResult loaded = loadDesignFile(
        test::sourcePath(u"tests/data/check-rec-complete/design.mlsd"_s), &Catalog::builtin());
    QVERIFY(loaded.ok());
    const Report report = checkDesign(*loaded.design, *t, Catalog::builtin());
    QCOMPARE(report.errors, 1);
    QCOMPARE(report.findings.front().rule, u"recommendation/two-sources"_s);
    QCOMPARE(report.findings.front().message, u"Only 2."_s);
}

void TestTemplates::starterDesigns_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : shippedIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestTemplates::starterDesigns()
{
    QFETCH(QString, id);
    const Template *t = TemplateRegistry::builtin().find(id);
    const Design design = starterDesign(*t, Catalog::builtin());
    QCOMPARE(design.templateId, id);

    // It raises no error at all, and no finding about the graph: only the brief and the
    // annotations are left to write.
    const Report report = checkDesign(design, *t, Catalog::builtin());
    QCOMPARE(report.errors, 0);
    QCOMPARE(report.present, report.required);
    for (const Finding &f : report.findings)
        QVERIFY2(f.kind == u"brief"_s || f.kind == u"annotation"_s, qPrintable(f.rule));
    QCOMPARE(report.stages.size(), t->stageRules().size());
    for (const StageStatus &s : report.stages)
        QVERIFY2(s.present(), qPrintable(s.stage));

    // Canonical and loadable.
    const QByteArray bytes = serializeDesign(design);
    const LoadResult loaded = loadDesign(bytes, u"starter.mlsd"_s, &Catalog::builtin());
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    QVERIFY(loaded.warnings.isEmpty());
    QCOMPARE(serializeDesign(*loaded.design), bytes);

    // Laid out: no overlapping boxes, every box inside its zone, zones apart, and the flow
    // mostly left to right.
    const QList<Component> &cs = design.components();
    for (qsizetype i = 0; i < cs.size(); ++i) {
        const Zone *z = design.zone(cs.at(i).zone);
        QVERIFY2(z && z->rect().contains(cs.at(i).rect()), qPrintable(cs.at(i).id));
        for (qsizetype j = i + 1; j < cs.size(); ++j)
            QVERIFY2(!cs.at(i).rect().adjusted(-30, -30, 30, 30).intersects(cs.at(j).rect()),
                     qPrintable(cs.at(i).id + u" overlaps "_s + cs.at(j).id));
    }
    for (qsizetype i = 0; i < design.zones().size(); ++i) {
        for (qsizetype j = i + 1; j < design.zones().size(); ++j)
            QVERIFY(!design.zones().at(i).rect().intersects(design.zones().at(j).rect()));
    }
    int forward = 0, backward = 0;
    for (const Connection &c : design.connections())
        (design.component(c.from)->x < design.component(c.to)->x ? forward : backward) += 1;
    QVERIFY2(forward > 2 * backward,
             qPrintable(u"%1 forward, %2 backward"_s.arg(forward).arg(backward)));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
