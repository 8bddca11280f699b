// Fuzzes the Markdown export (with its Mermaid diagram) with whatever design the loader accepts:
// no input crashes, hangs or leaks; the document is deterministic and user text never breaks its
// outline (one title, the known sections in order, one heading per component under Components).
#include "fuzzcommon.h"
#include "properties.h"

#include "export/markdownexport.h"
#include "model/catalog.h"

using namespace mlsd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    Design design;
    std::optional<Report> report;
    if (!fuzz::loadChecked(input, &design, &report))
        return 0;
    const Report *rep = report ? &*report : nullptr;
    const QString markdown = exportMarkdown(design, Catalog::builtin(), rep);
    if (exportMarkdown(design, Catalog::builtin(), rep) != markdown)
        fuzz::fail("the Markdown export is not deterministic", input);
    if (const QByteArray problem = fuzz::markdownOutlineProblem(markdown, design);
        !problem.isEmpty())
        fuzz::fail("user text broke the Markdown outline", problem + "\n---\n" + markdown.toUtf8());
    return 0;
}
