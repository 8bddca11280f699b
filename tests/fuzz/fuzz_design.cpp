// Fuzzes the design loader and the writer: no input crashes, hangs or leaks; the fast JSON
// parsers (nlohmann DOM and flat DOM) never disagree with nlohmann_json; the element-by-element
// load says exactly what the whole-DOM load says; whatever loads saves to a text that loads back
// to the same design and saves to the same bytes; a document holding it undoes an edit back to
// the same bytes.
#include "fuzzcommon.h"
#include "properties.h"

#include "io/designreader.h"
#include "io/designwriter.h"
#include "io/fastjsonparser.h"
#include "io/flatjson.h"
#include "model/catalog.h"
#include "model/document.h"

using namespace mlsd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);

    nlohmann::json fast;
    if (parseJsonFast(input.cbegin(), input.cend(), fast, 64)) {
        nlohmann::json slow;
        try {
            slow = nlohmann::json::parse(input.cbegin(), input.cend());
        } catch (const std::exception &e) {
            fuzz::fail("the fast parser accepted what nlohmann_json rejects", e.what());
        }
        if (!fuzz::identicalJson(fast, slow))
            fuzz::fail("the fast parser built another DOM than nlohmann_json",
                       QByteArray::fromStdString(fast.dump() + "\n" + slow.dump()));
    }

    // The flat DOM (read element by element) agrees with the nlohmann DOM.
    FlatJson flat;
    const bool flatAccepted = parseFlatJson(input.cbegin(), input.cend(), flat, 64);
    nlohmann::json viaNlohmann;
    if (flatAccepted != parseJsonFast(input.cbegin(), input.cend(), viaNlohmann, 64))
        fuzz::fail("parseFlatJson and parseJsonFast disagree on acceptance");
    if (flatAccepted && !fuzz::identicalJson(flat.root().toJson(), viaNlohmann))
        fuzz::fail("parseFlatJson built another document than parseJsonFast");

    // Both load paths (element by element, and the whole DOM) say exactly the same.
    if (const QString difference = fuzz::compareLoadPaths(input, &Catalog::builtin());
        !difference.isEmpty())
        fuzz::fail("the two load paths disagree", difference.toUtf8());

    const LoadResult result = loadDesign(input, u"fuzz.mlsd"_s, &Catalog::builtin());
    const QString message = result.message();
    if (!result.ok()) {
        if (result.errors.isEmpty() || message.isEmpty())
            fuzz::fail("a failed load without an error message");
        return 0;
    }
    const Design &design = *result.design;
    const QByteArray saved = serializeDesign(design);
    const LoadResult again = loadDesign(saved, u"saved.mlsd"_s, &Catalog::builtin());
    if (!again.ok())
        fuzz::fail("the saved text of a loaded design does not load", again.message().toUtf8());
    if (!(*again.design == design))
        fuzz::fail("saving and loading changed the design", saved);
    if (serializeDesign(*again.design) != saved)
        fuzz::fail("saving is not idempotent", saved);

    // The editing layer on whatever the file held: an edit and its undo leave the same bytes.
    Document document;
    document.resetDesign(design);
    if (!design.components().isEmpty()) {
        const Component &first = design.components().front();
        document.moveComponents({first.id}, QPointF(13, -7));
        document.setComponentLabel(first.id, u"edited"_s);
        document.removeItems({first.id});
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        if (serializeDesign(document.design()) != saved)
            fuzz::fail("undoing edits did not restore the design", saved);
    }
    return 0;
}
