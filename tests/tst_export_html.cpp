// The HTML export and the Markdown renderer: safe with hostile text, self-contained, light and
// dark, and the RichText variant for the app's notes preview.
#include "testutil.h"

#include "export/htmlexport.h"
#include "export/markdownrenderer.h"
#include "io/designreader.h"
#include "model/catalog.h"

#include <QRegularExpression>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

Design loadCase(const QString &name)
{
    const LoadResult result = loadDesignFile(
        test::sourcePath(u"tests/data/"_s + name + u"/design.mlsd"_s), &Catalog::builtin());
    if (!result.ok())
        qFatal("%s", qPrintable(result.message()));
    return *result.design;
}

/// A report whose template texts are as hostile as the design's labels.
Report hostileReport()
{
    Report r;
    r.templateId = u"x"_s;
    r.templateName = u"<script>alert('name')</script>"_s;
    r.required = 2;
    r.present = 1;
    r.errors = 1;
    StageStatus present{
        u"ranking"_s, u"<b onmouseover=alert(1)>Ranking</b>"_s, true, 1, {u"click"_s}};
    StageStatus missing{u"filtering"_s, u"Filtering"_s, true, 1, {}};
    r.stages = {present, missing};
    Finding f;
    f.rule = u"x/<script>"_s;
    f.severity = Severity::Error;
    f.components = {u"a-b"_s};
    f.message = u"<img src=x onerror=alert(1)> [click](javascript:alert(1))"_s;
    f.hint = u"<iframe src=\"javascript:alert(1)\"></iframe>"_s;
    f.guide = u"<a href=\"javascript:alert(1)\">guide</a>"_s;
    r.findings = {f};
    return r;
}

/// Every start tag of \a html.
QStringList tags(const QString &html)
{
    static const QRegularExpression tag(u"<[A-Za-z][^>]*>"_s);
    QStringList list;
    for (auto it = tag.globalMatch(html); it.hasNext();)
        list << it.next().captured();
    return list;
}

} // namespace

class TestExportHtml : public QObject
{
    Q_OBJECT

private slots:
    void hostileTextNeverBecomesHtml();
    void selfContained();
    void rendersTheDocument();
    void largeDiagramOnce();
    void rendererIsSafe_data();
    void rendererIsSafe();
    void richText();
};

void TestExportHtml::hostileTextNeverBecomesHtml()
{
    const Design d = loadCase(u"export-hostile"_s);
    const Report r = hostileReport();
    const QString html = QString::fromUtf8(exportHtml(d, Catalog::builtin(), &r));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<iframe"_s, Qt::CaseInsensitive));
    static const QRegularExpression eventAttribute(u"\\son[a-z]+\\s*="_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptUrl(
        u"(href|src)\\s*=\\s*\"\\s*(javascript|vbscript|data):"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QStringList all = tags(html);
    QVERIFY(all.size() > 100);
    for (const QString &tag : all) {
        QVERIFY2(!eventAttribute.match(tag).hasMatch(), qPrintable(tag));
        QVERIFY2(!scriptUrl.match(tag).hasMatch(), qPrintable(tag));
        // Only the tags cmark-gfm writes, the page's own, and the SVG diagram's.
        static const QRegularExpression allowed(
            u"^<(!DOCTYPE|html|head|meta|title|style|body|main|footer|h[1-6]|p|ul|ol|li|strong|em|"
            u"code|pre|"
            "blockquote|table|thead|tbody|tr|th|td|a|br|hr|del|input|figure|div|svg|title|desc|"
            "defs|g|"
            "path|rect|text|polygon|polyline|ellipse|circle|image)[\\s>/]"_s);
        QVERIFY2(allowed.match(tag).hasMatch(), qPrintable(tag));
    }
    // The text is still there, as text.
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    QVERIFY(html.contains(
        u"<title>Hostile | &quot;design&quot; # &lt;script&gt;alert(1)&lt;/script&gt; end</title>"_s));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
}

void TestExportHtml::selfContained()
{
    const Design d = loadCase(u"export-recsys"_s);
    const QString html = QString::fromUtf8(exportHtml(d, Catalog::builtin(), nullptr));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n"_s));
    QVERIFY(html.endsWith(u"</html>\n"_s));
    for (const QString &external :
         {u"<link"_s, u"<script"_s, u"@import"_s, u"url("_s, u"src=\"http"_s})
        QVERIFY2(!html.contains(external, Qt::CaseInsensitive), qPrintable(external));
    QVERIFY(html.contains(u"Content-Security-Policy\" content=\"default-src 'none'"_s));
    // The diagram is inline, once per theme, where the Mermaid block would be.
    QCOMPARE(html.count(u"<svg "_s), 2);
    QCOMPARE(html.count(u"<div class=\"diagram-light\""_s), 1);
    QCOMPARE(html.count(u"<div class=\"diagram-dark\""_s), 1);
    QVERIFY(html.contains(u"@media (prefers-color-scheme: dark)"_s));
    QVERIFY(!html.contains(u"mermaid"_s));
    QVERIFY(!html.contains(u"mlsd-diagram"_s));
    const qsizetype architecture = html.indexOf(u"<h2>Architecture</h2>"_s);
    const qsizetype figure = html.indexOf(u"<figure class=\"diagram\""_s);
    const qsizetype components = html.indexOf(u"<h2>Components</h2>"_s);
    QVERIFY(architecture > 0 && architecture < figure && figure < components);
    // Labels are searchable text in the inline SVG.
    QVERIFY(html.contains(u">DCN-v2 ranker</text>"_s));
}

void TestExportHtml::rendersTheDocument()
{
    const Design d = loadCase(u"export-recsys"_s);
    const Report r = hostileReport();
    const QString html = QString::fromUtf8(exportHtml(d, Catalog::builtin(), &r));
    QCOMPARE(html.count(u"<h1>"_s), 1);
    QCOMPARE(html.count(u"<h2>"_s),
             7); // brief, architecture, components, data flow, check, review, practice
    QCOMPARE(html.count(u"<table>"_s), 5);
    QCOMPARE(html.count(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" />"_s), 1);
    QCOMPARE(html.count(u"<input type=\"checkbox\" disabled=\"\" />"_s), 1);
    QCOMPARE(html.count(u"<li class=\"finding finding-error\"><strong>Error</strong>"_s), 1);
    QVERIFY(html.contains(u"<strong>20 videos</strong>"_s));
}

void TestExportHtml::largeDiagramOnce()
{
    // A diagram of many megabytes is inlined once (light, in both schemes), not twice.
    Design d;
    for (int i = 0; i < 1500; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        c.type = u"ranking"_s;
        c.label = u"C%1"_s.arg(i);
        c.x = (i % 50) * 220;
        c.y = (i / 50) * 100;
        d.appendComponent(c);
    }
    const QByteArray html = exportHtml(d, Catalog::builtin(), nullptr);
    QVERIFY(html.size() > 4 * 1024 * 1024);
    QCOMPARE(html.count("<svg "), 1);
    QCOMPARE(html.count("<div class=\"diagram-only\""), 1);
    QVERIFY(html.contains(">C1499</text>"));
}

void TestExportHtml::rendererIsSafe_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("forbidden");
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"<script"_s;
    QTest::newRow("inline script") << u"a <script>alert(1)</script> b"_s << u"<script"_s;
    QTest::newRow("event") << u"<img src=x onerror=alert(1)>"_s << u"onerror"_s;
    QTest::newRow("div") << u"<div onclick=\"x\">y</div>"_s << u"onclick"_s;
    QTest::newRow("js link") << u"[x](javascript:alert(1))"_s << u"javascript:"_s;
    QTest::newRow("js autolink") << u"<javascript:alert(1)>"_s << u"href=\"javascript"_s;
    QTest::newRow("vbscript") << u"[x](vbscript:msgbox)"_s << u"vbscript:"_s;
    QTest::newRow("data link") << u"[x](data:text/html,<script>alert(1)</script>)"_s
                               << u"data:text/html"_s;
    QTest::newRow("iframe") << u"<iframe src=x></iframe>"_s << u"<iframe"_s;
    QTest::newRow("style") << u"<style>body{}</style>"_s << u"<style"_s;
}

void TestExportHtml::rendererIsSafe()
{
    QFETCH(QString, markdown);
    QFETCH(QString, forbidden);
    QVERIFY2(!markdown::toHtml(markdown).contains(forbidden, Qt::CaseInsensitive),
             qPrintable(markdown::toHtml(markdown)));
    QVERIFY(!markdown::toRichText(markdown).contains(forbidden, Qt::CaseInsensitive));
}

void TestExportHtml::richText()
{
    const QString html = markdown::toRichText(
        u"- [ ] todo\n- [x] done\n\n~~old~~ **new**\n\n| a |\n|---|\n| 1 |\n"_s);
    QVERIFY(html.contains(u"\u2610 todo"_s));
    QVERIFY(html.contains(u"\u2611 done"_s));
    QVERIFY(html.contains(u"<s>old</s>"_s));
    QVERIFY(html.contains(u"<strong>new</strong>"_s));
    QVERIFY(html.contains(u"<table border=\"1\""_s));
    QVERIFY(!html.contains(u"<input"_s));
    QVERIFY(!html.contains(u"<del>"_s));
    // A checkbox-looking text stays text.
    QVERIFY(markdown::toRichText(u"`<input type=\"checkbox\" disabled=\"\" />`"_s)
                .contains(u"&lt;input"_s));
}

QTEST_MAIN(TestExportHtml)
#include "tst_export_html.moc"
