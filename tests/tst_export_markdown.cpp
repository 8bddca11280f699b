// The Markdown export: golden documents, structure parsed back with cmark-gfm, escaping of hostile
// text, determinism, and designs too large for Mermaid. Golden files:
// tests/data/export-*/expected.md (with an optional hand-made report.json) and
// tests/data/examples/<name>/expected.md for each resources/examples/<name>.mlsd;
// MLSD_UPDATE_GOLDEN=1 rewrites them from the current output.
#include "testutil.h"

#include "check/checker.h"
#include "check/templates.h"
#include "export/markdownexport.h"
#include "export/markdownrenderer.h"
#include "export/markdowntext.h"
#include "export/mermaid.h"
#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "practice/questionbank.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <optional>

using namespace mlsd;
using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

QString str(const json &o, const char *key)
{
    return o.contains(key) && o[key].is_string() ? toQString(o[key]) : QString();
}

QStringList strings(const json &o, const char *key)
{
    QStringList list;
    if (o.contains(key))
        for (const json &v : o[key])
            list << toQString(v);
    return list;
}

Severity severity(const QString &id)
{
    return id == u"error"_s     ? Severity::Error
           : id == u"warning"_s ? Severity::Warning
                                : Severity::Info;
}

/// A hand-made report (tests/data/<case>/report.json): the Report struct as JSON.
std::optional<Report> readReport(const QString &path)
{
    const QByteArray data = test::readFile(path);
    if (data.isEmpty())
        return std::nullopt;
    const json j = json::parse(data.toStdString());
    Report r;
    r.templateId = str(j, "templateId");
    r.templateName = str(j, "templateName");
    r.templateGuide = str(j, "templateGuide");
    r.required = j.value("required", 0);
    r.present = j.value("present", 0);
    r.errors = j.value("errors", 0);
    r.warnings = j.value("warnings", 0);
    r.infos = j.value("infos", 0);
    r.suppressedCount = j.value("suppressedCount", 0);
    for (const json &s : j["stages"]) {
        StageStatus st;
        st.stage = str(s, "stage");
        st.name = str(s, "name");
        st.required = s.value("required", true);
        st.minCount = s.value("minCount", 1);
        st.components = strings(s, "components");
        r.stages << st;
    }
    for (const json &f : j["findings"]) {
        Finding x;
        x.rule = str(f, "rule");
        x.kind = str(f, "kind");
        x.severity = severity(str(f, "severity"));
        x.stage = str(f, "stage");
        x.components = strings(f, "components");
        x.message = str(f, "message");
        x.hint = str(f, "hint");
        x.guide = str(f, "guide");
        x.suppressed = f.value("suppressed", false);
        x.suppressionReason = str(f, "suppressionReason");
        if (f.contains("fix"))
            x.fix = Fix{str(f["fix"], "stage"), strings(f["fix"], "after"),
                        strings(f["fix"], "before"), str(f["fix"], "description")};
        r.findings << x;
    }
    return r;
}

Design loadCase(const QString &path)
{
    const LoadResult result = loadDesignFile(path, &Catalog::builtin());
    if (!result.ok())
        qFatal("%s", qPrintable(result.message()));
    return *result.design;
}

/// The golden cases: (name, design file, expected.md, report.json).
struct Case
{
    QString name, design, expected, report;
};

QList<Case> goldenCases()
{
    QList<Case> cases;
    const QDir data(test::sourcePath(u"tests/data"_s));
    for (const QString &dir : data.entryList({u"export-*"_s}, QDir::Dirs, QDir::Name)) {
        const QString base = data.filePath(dir);
        cases << Case{dir, base + u"/design.mlsd"_s, base + u"/expected.md"_s,
                      base + u"/report.json"_s};
    }
    const QDir examples(test::sourcePath(u"resources/examples"_s));
    for (const QString &file : examples.entryList({u"*.mlsd"_s}, QDir::Files, QDir::Name)) {
        const QString name = QFileInfo(file).completeBaseName();
        const QString golden = test::sourcePath(u"tests/data/examples/"_s + name);
        cases << Case{u"example-"_s + name, examples.filePath(file), golden + u"/expected.md"_s,
                      golden + u"/report.json"_s};
    }
    return cases;
}

QString collapsed(const QString &text)
{
    return md::cleanText(text).simplified();
}

QString displayLabel(const Component &c)
{
    const QString label = collapsed(c.label);
    return label.isEmpty() ? Catalog::builtin().displayName(c.type) : label;
}

/// Pipes that separate cells in a raw table row (not escaped by an odd run of backslashes).
int cellSeparators(const QString &line)
{
    int n = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) != u'|')
            continue;
        qsizetype b = 0;
        while (i - 1 - b >= 0 && line.at(i - 1 - b) == u'\\')
            ++b;
        if (b % 2 == 0)
            ++n;
    }
    return n;
}

QList<cmark_node *> childNodes(cmark_node *node)
{
    QList<cmark_node *> list;
    for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c))
        list << c;
    return list;
}

QString typeString(cmark_node *n)
{
    return QString::fromLatin1(cmark_node_get_type_string(n));
}

/// Every node of the tree, in document order.
QList<cmark_node *> allNodes(cmark_node *root)
{
    QList<cmark_node *> list;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev == CMARK_EVENT_ENTER)
            list << cmark_iter_get_node(iter);
    }
    cmark_iter_free(iter);
    return list;
}

/// The top-level blocks between the level-2 heading \a section and the next level-2 heading.
QList<cmark_node *> sectionBlocks(cmark_node *root, const QString &section)
{
    QList<cmark_node *> blocks;
    bool in = false;
    for (cmark_node *n : childNodes(root)) {
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING && cmark_node_get_heading_level(n) <= 2) {
            in = cmark_node_get_heading_level(n) == 2 && markdown::plainText(n) == section;
            continue;
        }
        if (in)
            blocks << n;
    }
    return blocks;
}

/// Rows of a table node, each a list of cell texts.
QList<QStringList> tableCells(cmark_node *table)
{
    QList<QStringList> rows;
    for (cmark_node *row : childNodes(table)) {
        QStringList cells;
        for (cmark_node *cell : childNodes(row))
            cells << markdown::plainText(cell);
        rows << cells;
    }
    return rows;
}

/*!
 * Parses \a markdown and checks the structure a reader relies on, whatever the user's text holds:
 * one title, the sections in order, a heading per component, tables whose every row has as many
 * cells as the header (in the source and in the tree), the mermaid block count, one task item per
 * template stage, no raw HTML anywhere.
 */
void checkStructure(const QString &markdown, const Design &design, const Report *report,
                    int mermaidBlocks = 1)
{
    MarkdownDocument doc(markdown, CMARK_OPT_SOURCEPOS);
    const QStringList lines = markdown.split(u'\n');
    const QList<cmark_node *> top = childNodes(doc.root());
    QVERIFY(!top.isEmpty());

    // Headings: one title first, the sections in the documented order, a heading per component.
    QStringList h2, h3InComponents;
    int h1 = 0;
    QString current;
    for (cmark_node *n : top) {
        if (cmark_node_get_type(n) != CMARK_NODE_HEADING)
            continue;
        const int level = cmark_node_get_heading_level(n);
        const QString text = markdown::plainText(n);
        if (level == 1)
            ++h1;
        if (level == 2) {
            h2 << text;
            current = text;
        }
        if (level == 3 && current == QLatin1StringView(markdownsections::components))
            h3InComponents << text;
    }
    QCOMPARE(h1, 1);
    QCOMPARE(cmark_node_get_type(top.first()), CMARK_NODE_HEADING);
    QCOMPARE(markdown::plainText(top.first()),
             design.title.trimmed().isEmpty() ? u"Untitled design"_s : collapsed(design.title));
    QStringList expected;
    bool briefFilled = false;
    for (const auto &entry : design.brief.sections.entries())
        briefFilled = briefFilled || !md::blocks(entry.second).isEmpty();
    if (briefFilled)
        expected << QLatin1StringView(markdownsections::brief);
    expected << QLatin1StringView(markdownsections::architecture)
             << QLatin1StringView(markdownsections::components)
             << QLatin1StringView(markdownsections::dataFlow)
             << QLatin1StringView(markdownsections::check);
    if (!design.review.isEmpty())
        expected << QLatin1StringView(markdownsections::review);
    if (design.practice)
        expected << QLatin1StringView(markdownsections::practice);
    QCOMPARE(h2, expected);
    QStringList labels;
    for (const Component &c : design.components())
        labels << displayLabel(c);
    QCOMPARE(h3InComponents, labels);

    // Tables: equal cell counts in the source and the tree; the components table names each one.
    int tables = 0;
    for (cmark_node *n : allNodes(doc.root())) {
        const cmark_node_type type = cmark_node_get_type(n);
        QVERIFY2(type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_HTML_INLINE,
                 qPrintable(u"raw HTML in the export: "_s
                            + QString::fromUtf8(cmark_node_get_literal(n))));
        if (typeString(n) != u"table"_s)
            continue;
        ++tables;
        const int columns = cmark_gfm_extensions_get_table_columns(n);
        for (int line = cmark_node_get_start_line(n); line <= cmark_node_get_end_line(n); ++line)
            QVERIFY2(cellSeparators(lines.at(line - 1)) == columns + 1,
                     qPrintable(lines.at(line - 1)));
        for (const QStringList &row : tableCells(n))
            QCOMPARE(row.size(), columns);
    }
    const QList<cmark_node *> comp
        = sectionBlocks(doc.root(), QLatin1StringView(markdownsections::components));
    if (!design.components().isEmpty()) {
        QVERIFY(tables >= 1);
        QVERIFY(!comp.isEmpty());
        QCOMPARE(typeString(comp.first()), u"table"_s);
        const QList<QStringList> rows = tableCells(comp.first());
        QCOMPARE(rows.size(), design.components().size() + 1);
        for (qsizetype i = 0; i < design.components().size(); ++i) {
            const QString label = displayLabel(design.components().at(i));
            const QString cell = rows.at(i + 1).at(0);
            QVERIFY2(cell == label
                         || (cell.endsWith(u'\u2026') && label.startsWith(cell.chopped(1))),
                     qPrintable(cell + u" vs "_s + label));
            QCOMPARE(rows.at(i + 1).at(1), design.components().at(i).id);
        }
    }
    const QList<cmark_node *> flow
        = sectionBlocks(doc.root(), QLatin1StringView(markdownsections::dataFlow));
    QVERIFY(!flow.isEmpty());
    if (!design.connections().isEmpty()) {
        QCOMPARE(typeString(flow.first()), u"table"_s);
        QCOMPARE(tableCells(flow.first()).size(), design.connections().size() + 1);
    }

    // Mermaid: the expected number of blocks in the whole document, inside Architecture.
    int mermaid = 0;
    for (cmark_node *n : allNodes(doc.root())) {
        if (cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK
            && QString::fromUtf8(cmark_node_get_fence_info(n)) == u"mermaid"_s)
            ++mermaid;
    }
    QCOMPARE(mermaid, mermaidBlocks);

    // The framework check: one task item per template stage, checked when present.
    const QList<cmark_node *> check
        = sectionBlocks(doc.root(), QLatin1StringView(markdownsections::check));
    QVERIFY(!check.isEmpty());
    QList<cmark_node *> tasks;
    for (cmark_node *block : check) {
        for (cmark_node *n : allNodes(block)) {
            if (typeString(n) == u"tasklist"_s)
                tasks << n;
        }
    }
    if (!report) {
        QVERIFY(tasks.isEmpty());
        QVERIFY(markdown::plainText(check.first()).contains(u"not checked"_s));
        return;
    }
    QCOMPARE(tasks.size(), report->stages.size());
    for (qsizetype i = 0; i < tasks.size(); ++i)
        QCOMPARE(cmark_gfm_extensions_get_tasklist_item_checked(tasks.at(i)),
                 report->stages.at(i).present());
}

Design chain(int components, int zones, int edges, const QString &labelPrefix = u"Stage"_s)
{
    Design d;
    d.title = u"Generated"_s;
    for (int z = 0; z < zones; ++z) {
        Zone zone;
        zone.id = u"z%1"_s.arg(z);
        zone.label = u"Zone %1"_s.arg(z);
        zone.kind = z % 2 ? u"offline"_s : u"online"_s;
        d.appendZone(zone);
    }
    for (int i = 0; i < components; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        c.type = u"ranking"_s;
        c.label = u"%1 %2"_s.arg(labelPrefix).arg(i);
        c.x = (i % 40) * 220;
        c.y = (i / 40) * 120;
        if (zones > 0)
            c.zone = u"z%1"_s.arg(i % zones);
        d.appendComponent(c);
    }
    for (int e = 0; e < edges; ++e) {
        Connection c;
        c.id = u"e%1"_s.arg(e);
        c.from = u"c%1"_s.arg(e % components);
        c.to = u"c%1"_s.arg((e * 7 + 1) % components);
        d.appendConnection(c);
    }
    return d;
}

} // namespace

class TestExportMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void deterministic();
    void hostileText_data();
    void hostileText();
    void notesKeepMarkdown();
    void notesCannotBreakTheDocument_data();
    void notesCannotBreakTheDocument();
    void mermaidText_data();
    void mermaidText();
    void mermaidIds();
    void tooManyEdgesForMermaid();
    void tooMuchTextForMermaid();
    void tooLargeWithoutZones();
    void imageLink();
    void reportSections();
    void reviewAndPracticeSections();
    void realCheck_data();
    void realCheck();
};

void TestExportMarkdown::golden_data()
{
    QTest::addColumn<QString>("design");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("report");
    const QList<Case> cases = goldenCases();
    QVERIFY(cases.size() >= 4);
    for (const Case &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.design << c.expected << c.report;
}

void TestExportMarkdown::golden()
{
    QFETCH(QString, design);
    QFETCH(QString, expected);
    QFETCH(QString, report);
    const Design d = loadCase(design);
    // A hand-made report when the case has one, else the real check with the design's template.
    std::optional<Report> r = readReport(report);
    if (!r) {
        if (const Template *t = TemplateRegistry::builtin().find(d.templateId))
            r = checkDesign(d, *t, Catalog::builtin());
    }
    const QString out = exportMarkdown(d, Catalog::builtin(), r ? &*r : nullptr);
    checkStructure(out, d, r ? &*r : nullptr);
    if (QTest::currentTestFailed())
        return;
    if (qEnvironmentVariableIsSet("MLSD_UPDATE_GOLDEN"))
        QVERIFY(test::writeFile(expected, out.toUtf8()));
    const QByteArray golden = test::readFile(expected);
    QVERIFY2(!golden.isEmpty(),
             qPrintable(expected + u" is missing (MLSD_UPDATE_GOLDEN=1 writes it)"_s));
    QCOMPARE(out, QString::fromUtf8(golden));
}

void TestExportMarkdown::deterministic()
{
    // Same design, same bytes — also after a save/load round trip.
    const Design d = loadCase(test::sourcePath(u"tests/data/export-recsys/design.mlsd"_s));
    const QString a = exportMarkdown(d, Catalog::builtin(), nullptr);
    QCOMPARE(exportMarkdown(d, Catalog::builtin(), nullptr), a);
    const LoadResult again
        = loadDesign(serializeDesign(d), u"roundtrip.mlsd"_s, &Catalog::builtin());
    QVERIFY(again.ok());
    QCOMPARE(exportMarkdown(*again.design, Catalog::builtin(), nullptr), a);
    QVERIFY(!a.contains(QRegularExpression(u"\\b20\\d\\d-\\d\\d-\\d\\d"_s)));
}

void TestExportMarkdown::hostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes and pipes") << u"Quoted \"ranker\" | pipe | A --> B"_s;
    QTest::newRow("newlines") << u"Line one\nLine two\r\nthree\rfour"_s;
    QTest::newRow("backticks") << u"Back`tick` and ``` fence ````"_s;
    QTest::newRow("heading") << u"# Not a heading ##"_s;
    QTest::newRow("setext") << u"==="_s;
    QTest::newRow("html") << u"<script>alert(1)</script> <img src=x onerror=\"alert(1)\">"_s;
    QTest::newRow("entities") << u"&amp; &lt;b&gt; &#60; #quot;"_s;
    QTest::newRow("emphasis") << u"*bold* _under_ **x** __y__ ~~strike~~ ~z~"_s;
    QTest::newRow("links") << u"[x](javascript:alert(1)) ![i](x.png) <http://a.b> [r][ref]"_s;
    QTest::newRow("urls")
        << u"see https://wiki.invalid/a_b*c*, www.example.com/x_y and a_b@c.com"_s;
    QTest::newRow("math") << u"$x^2$ and $$y$$"_s;
    QTest::newRow("list") << u"- not a list"_s;
    QTest::newRow("ordered") << u"12. not ordered"_s;
    QTest::newRow("ordered paren") << u"3) not ordered"_s;
    QTest::newRow("plus") << u"+ not a list"_s;
    QTest::newRow("quote") << u"> not a quote"_s;
    QTest::newRow("backslashes") << u"a \\ b \\\\ c \\"_s;
    QTest::newRow("emoji rtl") << u"Emoji 😀🚀 RTL مرحبا שלום"_s;
    QTest::newRow("controls") << u"a\u0001b\u0007c\u2028d"_s;
    QTest::newRow("end") << u"end"_s;
}

void TestExportMarkdown::hostileText()
{
    // Escaped inline text reads back as the same text in a heading, a table cell and a list item.
    QFETCH(QString, text);
    const QString expected = collapsed(text);
    const QString escaped = md::inlineText(text);
    {
        MarkdownDocument doc(u"# "_s + escaped + u"\n"_s);
        const QList<cmark_node *> top = childNodes(doc.root());
        QCOMPARE(top.size(), 1);
        QCOMPARE(cmark_node_get_type(top.first()), CMARK_NODE_HEADING);
        QCOMPARE(markdown::plainText(top.first()), expected);
    }
    {
        MarkdownDocument doc(u"| a | b |\n| --- | --- |\n| "_s + escaped + u" | x |\n"_s);
        const QList<cmark_node *> top = childNodes(doc.root());
        QCOMPARE(top.size(), 1);
        const QList<QStringList> rows = tableCells(top.first());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1), (QStringList{expected, u"x"_s}));
    }
    {
        // A multi-line value keeps its lines, each literal, inside one list item.
        MarkdownDocument doc(u"- **Key:** "_s + md::multilineText(text, u"  "_s)
                             + u"\n\nAfter\n"_s);
        const QList<cmark_node *> top = childNodes(doc.root());
        QCOMPARE(top.size(), 2);
        QCOMPARE(cmark_node_get_type(top.first()), CMARK_NODE_LIST);
        QCOMPARE(childNodes(top.first()).size(), 1);
        QStringList lines;
        for (const QString &line : md::cleanText(text).split(u'\n')) {
            if (!line.simplified().isEmpty())
                lines << line.simplified();
        }
        QCOMPARE(markdown::plainText(top.first()), u"Key: "_s + lines.join(u' '));
        QCOMPARE(markdown::plainText(top.last()), u"After"_s);
    }
    const QString html = markdown::toHtml(u"# "_s + escaped);
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<img"_s));
}

void TestExportMarkdown::notesKeepMarkdown()
{
    const QString notes
        = u"Some **bold**, *em*, `code`, ~~gone~~ and a [link](https://example.com).\n\n"
          "- [ ] todo\n- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
          "```python\nprint(1)\n```\n\n> quoted\n\n1. one\n2. two\n"_s;
    const QString out = md::blocks(notes);
    const QString html = markdown::toHtml(out);
    for (const QString &tag :
         {u"<strong>bold</strong>"_s, u"<em>em</em>"_s, u"<code>code</code>"_s,
          u"<del>gone</del>"_s, u"<a href=\"https://example.com\">link</a>"_s, u"<table>"_s,
          u"<blockquote>"_s, u"<ol>"_s, u"checked=\"\""_s, u"class=\"language-python\""_s})
        QVERIFY2(html.contains(tag), qPrintable(tag + u" missing from\n"_s + html));
    QCOMPARE(markdown::toHtml(out), markdown::toHtml(notes));
}

void TestExportMarkdown::notesCannotBreakTheDocument_data()
{
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("survives"); // text that must still be there, literally
    QTest::newRow("unclosed backtick fence")
        << u"```\ncode that never ends"_s << u"code that never ends"_s;
    QTest::newRow("unclosed tilde fence") << u"~~~~ js\nx"_s << u"x"_s;
    QTest::newRow("fence in a list") << u"- item\n\n  ```\n  open"_s << u"open"_s;
    QTest::newRow("fence in a quote") << u"> ```\n> open"_s << u"open"_s;
    QTest::newRow("atx heading") << u"# Big\n## Bigger"_s << u"Big"_s;
    QTest::newRow("setext heading") << u"Title\n====="_s << u"Title"_s;
    QTest::newRow("html comment") << u"<!-- never closed\n\nmore"_s << u"<!-- never closed"_s;
    QTest::newRow("script block") << u"<script>\nalert(1)\n</script>"_s << u"alert(1)"_s;
    QTest::newRow("inline html") << u"a <b onclick=\"x()\">b</b> c"_s << u"<b onclick=\"x()\">"_s;
    QTest::newRow("pre block") << u"<pre>\nnot closed"_s << u"<pre>"_s;
    QTest::newRow("link reference") << u"[x]: https://evil.invalid\n\n[y][x]"_s << u"y"_s;
    QTest::newRow("table") << u"| a |\n|---|\n| b | c |"_s << u"b"_s;
    QTest::newRow("lazy quote") << u"> quote\nlazy"_s << u"lazy"_s;
    QTest::newRow("indented code") << u"    code"_s << u"code"_s;
    QTest::newRow("thematic break") << u"text\n---"_s << u"text"_s;
}

void TestExportMarkdown::notesCannotBreakTheDocument()
{
    // Whatever the notes hold, what follows them is still a top-level heading and paragraph.
    QFETCH(QString, notes);
    QFETCH(QString, survives);
    const QString body = md::blocks(notes);
    // A link reference defined in the notes must not resolve [z][x] after them either.
    MarkdownDocument doc(u"# Title\n\n"_s + body + u"\n\n## Next section\n\nAfter [z][x].\n"_s);
    const QList<cmark_node *> top = childNodes(doc.root());
    QVERIFY(top.size() >= 3);
    QCOMPARE(cmark_node_get_type(top.at(top.size() - 2)), CMARK_NODE_HEADING);
    QCOMPARE(markdown::plainText(top.at(top.size() - 2)), u"Next section"_s);
    QCOMPARE(markdown::plainText(top.last()), u"After [z][x]."_s);
    int headings = 0;
    for (cmark_node *n : allNodes(doc.root())) {
        const cmark_node_type t = cmark_node_get_type(n);
        QVERIFY(t != CMARK_NODE_HTML_BLOCK && t != CMARK_NODE_HTML_INLINE);
        headings += t == CMARK_NODE_HEADING;
    }
    QCOMPARE(headings, 2);
    QVERIFY2(markdown::plainText(doc.root()).contains(survives), qPrintable(body));
    const QString html = doc.toHtml();
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"onclick=\""_s));
}

void TestExportMarkdown::mermaidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Two-tower ANN (v2), top-500/s?"_s
                           << u"Two-tower ANN (v2), top-500/s?"_s;
    QTest::newRow("quote") << u"a \"b\""_s << u"a #34;b#34;"_s;
    QTest::newRow("pipe arrow") << u"a | b --> c"_s << u"a #124; b --#62; c"_s;
    QTest::newRow("brackets") << u"[x] {y} <z>"_s << u"#91;x#93; #123;y#125; #60;z#62;"_s;
    QTest::newRow("entity") << u"#quot; &amp;"_s << u"#35;quot#59; #38;amp#59;"_s;
    QTest::newRow("directive") << u"%%{init}%%"_s << u"#37;#37;#123;init#125;#37;#37;"_s;
    QTest::newRow("backtick") << u"`md`"_s << u"#96;md#96;"_s;
    QTest::newRow("colon semicolon") << u"style: x;"_s << u"style#58; x#59;"_s;
    QTest::newRow("newline") << u" a\r\nb\nc "_s << u"a<br/>b<br/>c"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a<br/>b"_s;
    QTest::newRow("unicode") << u"😀 שלום ü"_s << u"😀 שלום ü"_s;
    QTest::newRow("controls") << u"a\u0001\tb"_s << u"a b"_s;
    QTest::newRow("end") << u"end"_s << u"end"_s;
}

void TestExportMarkdown::mermaidText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(::mlsd::mermaidText(text), expected);
    QVERIFY(!::mlsd::mermaidText(text).contains(u'"'));
}

void TestExportMarkdown::mermaidIds()
{
    // User ids never reach the chart: `end`, `graph`, `subgraph` as ids are n0, n1, n2.
    Design d;
    for (const QString &id : {u"end"_s, u"graph"_s, u"subgraph"_s}) {
        Component c;
        c.id = id;
        c.type = u"ranking"_s;
        c.label = id;
        d.appendComponent(c);
    }
    Connection e;
    e.id = u"e"_s;
    e.from = u"end"_s;
    e.to = u"graph"_s;
    d.appendConnection(e);
    const MermaidChart chart = mermaidChart(d, Catalog::builtin());
    QCOMPARE(chart.scope, MermaidChart::Scope::Full);
    QVERIFY(chart.text.contains(u"  n0(\"end<br/>Ranking\")\n"_s));
    QVERIFY(chart.text.contains(u"  n0 --> n1\n"_s));
    for (const QString &line : chart.text.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QVERIFY2(!line.trimmed().startsWith(u"end"_s) && !line.trimmed().startsWith(u"graph"_s),
                 qPrintable(line));
    }
}

void TestExportMarkdown::tooManyEdgesForMermaid()
{
    const Design d = chain(300, 4, 600);
    const MermaidChart chart = mermaidChart(d, Catalog::builtin());
    QCOMPARE(chart.scope, MermaidChart::Scope::Zones);
    QCOMPARE(chart.edges, 600);
    QVERIFY(chart.text.startsWith(u"flowchart LR\n"_s));
    QVERIFY(chart.text.contains(u"z0[\"Zone 0<br/>75 components\"]"_s));
    QVERIFY(chart.text.contains(u" connections\"| z"_s));
    const QString out = exportMarkdown(d, Catalog::builtin(), nullptr);
    QVERIFY(out.contains(u"> **Note:** this design has 300 components and 600 connections"_s));
    checkStructure(out, d, nullptr);
}

void TestExportMarkdown::tooMuchTextForMermaid()
{
    // Few edges but a flowchart over mermaid's 50,000-character limit: zones only.
    const Design d = chain(400, 3, 10, QString(150, u'x'));
    const MermaidChart chart = mermaidChart(d, Catalog::builtin());
    QCOMPARE(chart.scope, MermaidChart::Scope::Zones);
    QVERIFY(chart.text.size() < mermaidlimits::maxTextSize);
}

void TestExportMarkdown::tooLargeWithoutZones()
{
    const Design d = chain(200, 0, 700);
    const MermaidChart chart = mermaidChart(d, Catalog::builtin());
    QCOMPARE(chart.scope, MermaidChart::Scope::Omitted);
    QVERIFY(chart.text.isEmpty());
    const QString out = exportMarkdown(d, Catalog::builtin(), nullptr);
    QVERIFY(out.contains(u"so no chart is included"_s));
    checkStructure(out, d, nullptr, 0);
}

void TestExportMarkdown::imageLink()
{
    const Design d = loadCase(test::sourcePath(u"tests/data/export-plain/design.mlsd"_s));
    MarkdownOptions options;
    options.imagePath = u"my design.svg"_s;
    QVERIFY(exportMarkdown(d, Catalog::builtin(), nullptr, options)
                .contains(u"\n![Architecture diagram](my%20design.svg)\n"_s));
    options.imagePath = u"d.pdf"_s;
    QVERIFY(exportMarkdown(d, Catalog::builtin(), nullptr, options)
                .contains(u"\n[Architecture diagram (PDF)](d.pdf)\n"_s));
    options.diagram = MarkdownOptions::Diagram::None;
    const QString none = exportMarkdown(d, Catalog::builtin(), nullptr, options);
    QVERIFY(!none.contains(u"```mermaid"_s));
}

void TestExportMarkdown::reportSections()
{
    const Design d = loadCase(test::sourcePath(u"tests/data/export-recsys/design.mlsd"_s));
    const std::optional<Report> r
        = readReport(test::sourcePath(u"tests/data/export-recsys/report.json"_s));
    QVERIFY(r);
    const QString out = exportMarkdown(d, Catalog::builtin(), &*r);
    QVERIFY(out.contains(
        u"**Template:** Recommendation system (`recommendation`) · **Coverage:** 14 of 16 "
        "required stages · **1 error** · 2 warnings · 1 info · 1 suppressed"_s));
    QVERIFY(out.contains(u"- [ ] **Monitoring** — missing\n"_s));
    QVERIFY(out.contains(
        u"- [x] **Candidate retrieval** — Two-tower ANN (`cg1`), Trending in region (`cg2`)\n"_s));
    QVERIFY(out.contains(u"- [ ] **Model registry** *(recommended)* — missing\n"_s));
    QVERIFY(
        out.contains(u"  - **Hint:** Add a Monitoring component fed by serving and the logs.\n"_s));
    QVERIFY(out.contains(u"  - **Guide:** Recommendation System › 10. Monitoring\n"_s));
    QVERIFY(out.contains(u"**Reason:** covered by the trending source"_s));
    QVERIFY(out.contains(
        u"Suppressions that matched no finding:\n\n- `recommendation/old-rule` — kept from v0\n"_s));
    // Without a report the document says why, in the summary and in the check section.
    Design noTemplate = d;
    noTemplate.templateId.clear();
    QVERIFY(exportMarkdown(noTemplate, Catalog::builtin(), nullptr)
                .contains(u"No template is set for this design"_s));
    QVERIFY(exportMarkdown(d, Catalog::builtin(), nullptr)
                .contains(u"`recommendation` is not installed"_s));
}

/// The list items of the top-level list in \a blocks after the level-3 heading \a title.
QList<cmark_node *> itemsAfter(const QList<cmark_node *> &blocks, const QString &title)
{
    for (qsizetype i = 0; i + 1 < blocks.size(); ++i) {
        if (cmark_node_get_type(blocks.at(i)) == CMARK_NODE_HEADING
            && markdown::plainText(blocks.at(i)) == title
            && cmark_node_get_type(blocks.at(i + 1)) == CMARK_NODE_LIST)
            return childNodes(blocks.at(i + 1));
    }
    return {};
}

/// The first table in \a blocks after the level-3 heading \a title (or anywhere when empty).
QList<QStringList> tableAfter(const QList<cmark_node *> &blocks, const QString &title = {})
{
    bool in = title.isEmpty();
    for (cmark_node *n : blocks) {
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING)
            in = title.isEmpty() || markdown::plainText(n) == title;
        else if (in && typeString(n) == u"table"_s)
            return tableCells(n);
    }
    return {};
}

void TestExportMarkdown::reviewAndPracticeSections()
{
    // What a candidate reads of an interviewer's review and of a practice run, parsed back.
    Design d = loadCase(test::sourcePath(u"tests/data/export-plain/design.mlsd"_s));
    d.review = {};
    d.review.setScore(u"modeling"_s, {2, u"Only one approach | no *baseline*"_s, {}});
    d.review.setScore(u"metrics"_s, {3, u"Precision at the decision threshold"_s, {}});
    d.review.setScore(u"features"_s, {0, u"Not discussed yet"_s, {}});
    d.review.comments
        << ReviewComment{u"r1"_s, u"clf"_s, u"Ana"_s, u"Why a GBDT?\n\n- latency?"_s, {}}
        << ReviewComment{u"r2"_s, {}, {}, u"Good structure overall."_s, {}}
        << ReviewComment{u"r3"_s, u"gone"_s, u"Ana"_s, u"About a removed box"_s, {}};
    Practice p;
    p.question = u"kb-qa"_s;
    p.durationS = 600;
    p.phases << PracticePhase{u"task"_s, 67, 90, {}} << PracticePhase{u"metrics"_s, 67, 40, {}};
    p.result = PracticeResult{
        u"policy-enforcement"_s, 3, 2, 1, 0, 0, {u"policy-enforcement/human-review"_s}, {}};
    d.practice = p;
    const QString out = exportMarkdown(d, Catalog::builtin(), nullptr);
    checkStructure(out, d, nullptr);
    if (QTest::currentTestFailed())
        return;
    MarkdownDocument doc(out);
    const QList<cmark_node *> review
        = sectionBlocks(doc.root(), QLatin1StringView(markdownsections::review));
    QVERIFY(!review.isEmpty());

    // The rubric: every dimension in rubric order, the score out of 4 or a dash, the notes.
    const QList<QStringList> rubric = tableAfter(review, u"Rubric"_s);
    QCOMPARE(rubric.size(), schema::rubricDimensions().size() + 1);
    QCOMPARE(rubric.at(0), (QStringList{u"Dimension"_s, u"Score"_s, u"Notes"_s}));
    for (qsizetype i = 0; i < schema::rubricDimensions().size(); ++i)
        QCOMPARE(rubric.at(i + 1).at(0), schema::rubricDimensions().at(i).title);
    const int metrics = 2, features = 4, modeling = 5; // rows, after the header
    QCOMPARE(rubric.at(metrics),
             (QStringList{u"Metrics"_s, u"3 / 4"_s, u"Precision at the decision threshold"_s}));
    QCOMPARE(rubric.at(modeling),
             (QStringList{u"Modeling"_s, u"2 / 4"_s, u"Only one approach | no *baseline*"_s}));
    QCOMPARE(rubric.at(features),
             (QStringList{u"Features"_s, u"\u2014"_s, u"Not discussed yet"_s}));
    QCOMPARE(rubric.at(1).at(1), u"\u2014"_s);
    QVERIFY(out.contains(u"**Average:** 2.5 / 4 over 2 scored dimensions."_s));

    // Comments: the author, the label of the component (or the whole design), the text as Markdown.
    const QList<cmark_node *> comments = itemsAfter(review, u"Comments"_s);
    QCOMPARE(comments.size(), 3);
    const QList<cmark_node *> first = childNodes(comments.at(0));
    QCOMPARE(markdown::plainText(first.at(0)), u"Ana on GBDT fraud model (clf):"_s);
    QCOMPARE(markdown::plainText(first.at(1)), u"Why a GBDT?"_s);
    QCOMPARE(cmark_node_get_type(first.at(2)), CMARK_NODE_LIST);
    QCOMPARE(markdown::plainText(childNodes(comments.at(1)).at(0)),
             u"Reviewer on the whole design:"_s);
    QCOMPARE(markdown::plainText(childNodes(comments.at(2)).at(0)),
             u"Ana on gone (not in the design):"_s);

    // The practice run: the question, time per phase against the plan, the check at the end.
    const QList<cmark_node *> practice
        = sectionBlocks(doc.root(), QLatin1StringView(markdownsections::practice));
    QVERIFY(!practice.isEmpty());
    const Question *q = QuestionBank::builtin().find(u"kb-qa"_s);
    QVERIFY(q);
    QVERIFY(markdown::plainText(practice.at(0)).contains(u"Question: "_s + q->title));
    QVERIFY(markdown::plainText(practice.at(0)).contains(u"Time allowed: 10:00"_s));
    const QList<QStringList> phases = tableAfter(practice);
    QCOMPARE(phases,
             (QList<QStringList>{{u"Phase"_s, u"Planned"_s, u"Spent"_s, u"Difference"_s},
                                 {u"Task and requirements"_s, u"1:07"_s, u"1:30"_s, u"+0:23"_s},
                                 {u"Metrics"_s, u"1:07"_s, u"0:40"_s, u"\u22120:27"_s},
                                 {u"Total"_s, u"2:14"_s, u"2:10"_s, u"\u22120:04"_s}}));
    QVERIFY(out.contains(
        u"**At the end of the run:** **2 of 3** required stages · 1 error · 0 warnings"_s));
    QVERIFY(out.contains(u"- `policy-enforcement/human-review`\n"_s));
    QStringList followUps;
    for (cmark_node *item : childNodes(practice.last()))
        followUps << markdown::plainText(item);
    QCOMPARE(followUps, q->followUps);
}

void TestExportMarkdown::realCheck_data()
{
    QTest::addColumn<QString>("templateId");
    for (const QString &id : TemplateRegistry::builtin().ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestExportMarkdown::realCheck()
{
    // The checker's report of any template renders with one task item per stage, in order.
    QFETCH(QString, templateId);
    const Template *t = TemplateRegistry::builtin().find(templateId);
    QVERIFY(t);
    for (const QString &name : {u"export-recsys"_s, u"export-hostile"_s, u"export-empty"_s}) {
        const Design d = loadCase(test::sourcePath(u"tests/data/"_s + name + u"/design.mlsd"_s));
        const Report r = checkDesign(d, *t, Catalog::builtin());
        QVERIFY(!r.stages.isEmpty());
        const QString out = exportMarkdown(d, Catalog::builtin(), &r);
        checkStructure(out, d, &r);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(out.contains(
            u"**Coverage:** %1 of %2 required stages"_s.arg(r.present).arg(r.required)));
    }
}

QTEST_MAIN(TestExportMarkdown)
#include "tst_export_markdown.moc"
