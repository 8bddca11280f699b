// Fuzzes the HTML export (cmark-gfm rendering of the Markdown, the diagram inline as SVG) with
// whatever design the loader accepts: no input crashes, hangs or leaks, and the page carries no
// active content (script-like element, event handler, javascript:/data: link). Slow (it draws the
// diagram twice): the Markdown has its own, faster harness.
#include "fuzzcommon.h"
#include "properties.h"

#include "export/htmlexport.h"
#include "model/catalog.h"

using namespace mlsd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication(true);
    const QByteArray input = fuzz::bytes(data, size);
    Design design;
    std::optional<Report> report;
    if (!fuzz::loadChecked(input, &design, &report))
        return 0;
    const Report *rep = report ? &*report : nullptr;
    const QString html = QString::fromUtf8(exportHtml(design, Catalog::builtin(), rep));
    if (const QString tag = fuzz::activeHtml(html); !tag.isEmpty())
        fuzz::fail("the HTML export carries active content", tag.toUtf8());
    return 0;
}
