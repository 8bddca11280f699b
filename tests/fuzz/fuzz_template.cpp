// Fuzzes the template loader (parse, inheritance, validation) and the checker on whatever it
// accepts: no input crashes, hangs or leaks; a refused template says why; an accepted one checks
// the example designs (findings come errors first, each naming an existing component), and
// applying a finding's fix to a document is one undo step that undoes to the same bytes.
#include "fuzzcommon.h"

#include "check/checker.h"
#include "check/fixes.h"
#include "check/templates.h"
#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "model/document.h"

#include <QDir>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

const QList<Design> &exampleDesigns()
{
    static const QList<Design> designs = [] {
        QList<Design> list;
        const QDir dir(u":/mlsd/examples"_s);
        for (const QString &name : dir.entryList({u"*.mlsd"_s}, QDir::Files, QDir::Name)) {
            LoadResult r = loadDesignFile(dir.filePath(name), &Catalog::builtin());
            if (r.ok())
                list << *r.design;
        }
        if (list.isEmpty())
            fuzz::fail("no example designs in :/mlsd/examples");
        return list;
    }();
    return designs;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    // The loader wants FILE to be <id>.json: name it after the id the text claims, if any.
    QString file = u"fuzz.json"_s;
    const auto claimed = nlohmann::json::parse(input.cbegin(), input.cend(), nullptr, false);
    if (claimed.is_object() && claimed.contains("id") && claimed["id"].is_string()) {
        const QString id = QString::fromStdString(claimed["id"].get<std::string>());
        if (!id.contains(u'/') && id.size() < 100)
            file = id + u".json"_s;
    }

    // The built-in templates first (loaded once; a copy shares them), so that the input may
    // extend or replace them.
    static const TemplateRegistry builtins = [] {
        TemplateRegistry r;
        Diagnostics ignored;
        r.loadDirectory(u":/mlsd/templates"_s, &ignored);
        return r;
    }();
    TemplateRegistry registry = builtins;
    Diagnostics errors;
    if (!registry.loadTemplate(input, file, &errors)) {
        if (errors.isEmpty())
            fuzz::fail("a refused template without an error message", input);
        return 0;
    }
    const QString id = file.chopped(5);
    const Template *tmpl = registry.find(id);
    if (!tmpl)
        return 0; // abstract: only for extending
    for (const Design &design : exampleDesigns()) {
        const Report report = checkDesign(design, *tmpl, Catalog::builtin());
        int lastSeverity = 0;
        for (const Finding &f : report.findings) {
            if (f.suppressed)
                continue;
            if (int(f.severity) < lastSeverity)
                fuzz::fail("findings out of severity order", input);
            lastSeverity = int(f.severity);
            for (const QString &c : f.components) {
                if (!design.component(c))
                    fuzz::fail("a finding names a component that does not exist", c.toUtf8());
            }
        }
        // The first automatic fix, applied and undone.
        for (const Finding &f : report.findings) {
            if (!f.fix || f.fix->stage.isEmpty())
                continue;
            Document document;
            document.resetDesign(design);
            const QByteArray before = serializeDesign(document.design());
            if (applyFix(document, *f.fix, Catalog::builtin())) {
                if (document.undoStack()->count() != 1)
                    fuzz::fail("a fix took more than one undo step", input);
                document.undoStack()->undo();
                if (serializeDesign(document.design()) != before)
                    fuzz::fail("undoing a fix did not restore the design", input);
            }
            break;
        }
    }
    return 0;
}
