#include "export/htmlexport.h"

#include "export/imageexport.h"
#include "export/markdownexport.h"
#include "export/markdownrenderer.h"

#include <cmark-gfm.h>

#include <cmath>
#include <cstring>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

const char *const styleSheet = R"css(
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1d2330; --muted: #5d6677; --border: #dfe2e8; --subtle: #f4f5f7;
  --link: #3f4bc4; --error: #c62828; --warning: #b26a00; --info: #1d6fb8; --success: #2e7d32;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181d; --fg: #e6e8ec; --muted: #9aa2b1; --border: #343946; --subtle: #1e2128;
    --link: #9aa6ff; --error: #f87171; --warning: #fbbf24; --info: #60a5fa; --success: #4ade80;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body {
  margin: 0 auto; padding: 2.5rem 1.5rem 4rem; max-width: 62rem;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  overflow-wrap: break-word;
}
h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 .75rem; font-weight: 650; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { font-size: 1.45rem; padding-bottom: .3rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.15rem; }
h4 { font-size: 1rem; color: var(--muted); }
h1 + p { color: var(--muted); }
p, ul, ol, table, pre, blockquote, figure { margin: 0 0 1rem; }
a { color: var(--link); }
code, pre { font: .875em/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
code { background: var(--subtle); border-radius: 4px; padding: .1em .35em; }
pre { background: var(--subtle); border: 1px solid var(--border); border-radius: 6px; padding: .8rem 1rem; overflow-x: auto; }
pre code { background: none; padding: 0; }
blockquote { margin-left: 0; padding: .5rem 1rem; border-left: 4px solid var(--border); color: var(--muted); background: var(--subtle); border-radius: 0 6px 6px 0; }
blockquote p:last-child { margin-bottom: 0; }
table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; font-size: .925rem; }
th, td { border: 1px solid var(--border); padding: .4rem .7rem; text-align: left; vertical-align: top; }
th { background: var(--subtle); font-weight: 600; }
tbody tr:nth-child(even) td { background: color-mix(in srgb, var(--subtle) 55%, transparent); }
li { margin: .2rem 0; }
li:has(> input[type=checkbox]) { list-style: none; }
li > input[type=checkbox] {
  appearance: none; position: relative; width: 1em; height: 1em; margin: 0 .5em 0 -1.45em;
  vertical-align: -.15em; border: 1.5px solid var(--muted); border-radius: 3px; background: var(--bg);
}
li > input[type=checkbox]:checked { background: var(--success); border-color: var(--success); }
li > input[type=checkbox]:checked::after {
  content: ""; position: absolute; left: .27em; top: .06em; width: .25em; height: .5em;
  border: solid var(--bg); border-width: 0 .14em .14em 0; transform: rotate(45deg);
}
li.finding > strong:first-child { padding: .05em .45em; border-radius: 4px; color: var(--bg); }
li.finding-error > strong:first-child { background: var(--error); }
li.finding-warning > strong:first-child { background: var(--warning); }
li.finding-info > strong:first-child { background: var(--info); }
img { max-width: 100%; }
hr { border: 0; border-top: 1px solid var(--border); }
figure.diagram { overflow-x: auto; border: 1px solid var(--border); border-radius: 8px; }
figure.diagram svg { display: block; width: 100%; height: auto; }
.diagram-dark { display: none; }
@media (prefers-color-scheme: dark) {
  .diagram-light { display: none; }
  .diagram-dark { display: block; }
}
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
)css";

/// Above this size of the light drawing, the dark one is left out (the light one shows in both).
constexpr qsizetype darkVariantLimit = 4 * 1024 * 1024;

/// Stands for the figure in cmark's output; user text cannot produce a '<' there.
constexpr char figureMarker[] = "<mlsd-diagram/>";

/// The `<div>` holding one inline SVG, at its natural width but never under 60 % of it.
QByteArray diagramDiv(const QByteArray &svg, const char *cssClass)
{
    const qsizetype at = svg.indexOf("width=\"");
    const int w = at < 0 ? 800 : svg.mid(at + 7, svg.indexOf('"', at + 7) - at - 7).toInt();
    return "<div class=\"" + QByteArray(cssClass) + "\" style=\"width:min(" + QByteArray::number(w)
           + "px,max(100%," + QByteArray::number(std::lround(w * 0.6)) + "px))\">\n" + svg
           + "\n</div>\n";
}

/// Replaces the Markdown export's diagram placeholder (the first `mlsd-diagram` code block after
/// the top-level "Architecture" heading; user text has no top-level headings) with \a html.
bool replacePlaceholder(cmark_node *root, const char *html)
{
    bool inArchitecture = false;
    for (cmark_node *n = cmark_node_first_child(root); n; n = cmark_node_next(n)) {
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HEADING) {
            if (inArchitecture)
                return false;
            inArchitecture
                = cmark_node_get_heading_level(n) == 2
                  && markdown::plainText(n) == QLatin1StringView(markdownsections::architecture);
        } else if (inArchitecture && type == CMARK_NODE_CODE_BLOCK
                   && std::strcmp(cmark_node_get_fence_info(n), diagramPlaceholderInfo) == 0) {
            // A custom block is written as given; only our own SVG goes through it.
            cmark_node *custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
            cmark_node_set_on_enter(custom, html);
            cmark_node_set_on_exit(custom, "");
            cmark_node_replace(n, custom);
            cmark_node_free(n);
            return true;
        }
    }
    return false;
}

/// The Markdown export rendered to HTML, with figureMarker where the diagram goes.
QString bodyHtml(const Design &design, const Catalog &catalog, const Report *report)
{
    MarkdownOptions options;
    options.diagram = MarkdownOptions::Diagram::Placeholder;
    MarkdownDocument doc(exportMarkdown(design, catalog, report, options));
    replacePlaceholder(doc.root(), figureMarker);
    return doc.toHtml();
}

} // namespace

QString htmlPreviewRichText(const Design &design, const Catalog &catalog, const Report *report,
                            const QString &diagramHtml)
{
    QString rich = markdown::richTextFromHtml(bodyHtml(design, catalog, report));
    rich.replace(QLatin1StringView(figureMarker), diagramHtml);
    return rich;
}

QByteArray exportHtml(const Design &design, const Catalog &catalog, const Report *report)
{
    QString body = bodyHtml(design, catalog, report);

    // Colour the severity of findings (the Markdown export writes "- **Error** — …").
    for (const char *severity : {"Error", "Warning", "Info"}) {
        const QString name = QString::fromLatin1(severity);
        body.replace(u"<li><strong>%1</strong> \u2014 "_s.arg(name),
                     u"<li class=\"finding finding-%1\"><strong>%2</strong> \u2014 "_s.arg(
                         name.toLower(), name));
    }

    const QByteArray light = inlineSvg(design, catalog, DiagramTheme::Light);
    QByteArray figure = "<figure class=\"diagram\" aria-label=\"Architecture diagram\">\n";
    if (light.size() <= darkVariantLimit) {
        figure += diagramDiv(light, "diagram-light");
        figure += diagramDiv(inlineSvg(design, catalog, DiagramTheme::Dark), "diagram-dark");
    } else {
        figure += diagramDiv(light, "diagram-only");
    }
    figure += "</figure>\n";

    const QString title
        = design.title.trimmed().isEmpty() ? u"Untitled design"_s : design.title.simplified();
    QByteArray html;
    html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src * data:\">\n"
            "<meta name=\"color-scheme\" content=\"light dark\">\n"
            "<meta name=\"generator\" content=\"MLSD Board\">\n";
    html += "<title>" + title.toHtmlEscaped().toUtf8() + "</title>\n<style>" + styleSheet
            + "</style>\n</head>\n<body>\n<main>\n";
    const QByteArray bodyBytes = body.toUtf8();
    const qsizetype at = bodyBytes.indexOf(figureMarker);
    if (at < 0) {
        html += bodyBytes;
    } else {
        html += QByteArrayView(bodyBytes).first(at);
        html += figure;
        html += QByteArrayView(bodyBytes).sliced(at + qsizetype(sizeof(figureMarker)) - 1);
    }
    html += "</main>\n<footer>Exported by MLSD Board.</footer>\n</body>\n</html>\n";
    return html;
}

} // namespace mlsd
