// The fast paths of the file format: the canonical writer prints exactly what nlohmann_json's
// pretty printer prints for the same document, for any content (control characters, quotes,
// surrogates, emoji, fractional numbers, unknown keys at every level); the fast parsers (to an
// nlohmann DOM and to a flat DOM) give exactly nlohmann_json's values for whatever they accept
// (and leave the rest to nlohmann); the element-by-element load says what the whole-DOM load says.
#include "fuzz/properties.h"
#include "testutil.h"

#include "io/designwriter.h"
#include "io/fastjsonparser.h"
#include "io/flatjson.h"
#include "io/jsonwriter.h"
#include "model/catalog.h"
#include "model/designgenerator.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <random>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

/// A string of awkward characters: controls, quotes, backslashes, DEL, lone surrogates, non-BMP.
QString awkward(std::mt19937 &rng)
{
    QString s;
    const int n = int(rng() % 12);
    for (int i = 0; i < n; ++i) {
        switch (rng() % 8) {
        case 0:
            s += QChar(char16_t(rng() % 0x20));
            break;
        case 1:
            s += u'"';
            break;
        case 2:
            s += u'\\';
            break;
        case 3:
            s += QChar(char16_t(0x7f));
            break;
        case 4:
            s += QChar(char16_t(0xD800 + rng() % 0x800));
            break;
        case 5:
            s += u"é漢😀"_s;
            break;
        case 6:
            s += QChar(char16_t(0x80 + rng() % 0xff80));
            break;
        default:
            s += QChar(char16_t(u'a' + rng() % 26));
            break;
        }
    }
    return s;
}

/// What nlohmann_json prints for the document \a text (keys kept in their order).
QByteArray nlohmannPretty(const QByteArray &text)
{
    const auto doc = nlohmann::ordered_json::parse(text.cbegin(), text.cend());
    return QByteArray::fromStdString(
        doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n');
}

/// A design full of awkward text; with \a hugeNumbers its unknown keys hold integers of 20
/// digits (which the fast parser leaves to nlohmann_json).
Design awkwardDesign(quint32 seed, bool hugeNumbers = true)
{
    std::mt19937 rng(seed);
    Design d = generateSyntheticDesign({int(rng() % 30), seed});
    d.title = awkward(rng);
    d.brief.sections.set(u"task"_s, awkward(rng));
    d.brief.sections.set(u"zz_custom"_s, awkward(rng));
    if (rng() % 2)
        d.brief.extra = R"({"a":{"z":[1,2.5,{"q":null}],"b":"x\n"},"b2":true})";
    if (rng() % 2)
        d.extra = hugeNumbers
                      ? R"({"aa":{},"k":-3,"mm":[[]],"u":18446744073709551615,"f":1e-7,"zz":[]})"
                      : R"({"aa":{},"k":-3,"mm":[[]],"u":184467440737095516,"f":1e-7,"zz":[]})";
    for (const Component &original : d.components()) {
        Component *c = d.componentForEdit(original.id);
        c->label = awkward(rng);
        c->notes = awkward(rng);
        c->x = double(int(rng() % 20000) - 10000) / double(1 + rng() % 7);
        c->width = 1 + double(rng() % 1000) / 3.0;
        c->annotations.set(u"custom"_s, awkward(rng));
        if (rng() % 3 == 0)
            c->extra = R"({"x_comp":{"n":[1,{"m":2}]}})";
    }
    for (const Connection &original : d.connections()) {
        Connection *c = d.connectionForEdit(original.id);
        c->label = awkward(rng);
        if (rng() % 4 == 0)
            c->extra = R"({"w":1.5})";
    }
    Zone z;
    z.id = u"zz"_s;
    z.label = awkward(rng);
    z.x = 0.1;
    z.extra = R"({"e":[]})";
    d.appendZone(z);
    d.suppressed << Suppression{awkward(rng), awkward(rng), R"({"x":1})"};
    ReviewComment comment;
    comment.id = u"k"_s;
    comment.text = awkward(rng);
    if (rng() % 2)
        comment.target = u"t"_s;
    d.review.comments << comment;
    d.review.setScore(u"metrics"_s, {3, awkward(rng), R"({"o":{}})"});
    d.review.extra = R"({"rx":[true,false]})";
    if (rng() % 2) {
        Practice p;
        p.question = awkward(rng);
        p.durationS = 2700;
        p.finished = rng() % 2;
        p.phases << PracticePhase{u"task"_s, 300, 280, R"({"p":"\u0001"})"};
        p.extra = R"({"pp":0})";
        if (rng() % 2)
            p.result = PracticeResult{awkward(rng), 16, 14, 1, 2, 0, {awkward(rng), u"r/x"_s},
                                      R"({"q":[]})"};
        d.practice = p;
    }
    return d;
}

/*!
 * The fast parser's verdict on \a text is consistent with nlohmann_json's: when it accepts,
 * nlohmann accepts too and builds the identical DOM.
 */
QString checkAgainstNlohmann(const QByteArray &text, int maxDepth, bool *fastAccepted)
{
    nlohmann::json fast;
    *fastAccepted = parseJsonFast(text.cbegin(), text.cend(), fast, maxDepth);
    // The flat DOM accepts the same texts and holds the same values.
    FlatJson flat;
    if (parseFlatJson(text.cbegin(), text.cend(), flat, maxDepth) != *fastAccepted)
        return u"parseFlatJson and parseJsonFast disagree on acceptance"_s;
    if (*fastAccepted && !fuzz::identicalJson(flat.root().toJson(), fast))
        return u"parseFlatJson built another document: %1"_s.arg(
            QString::fromStdString(flat.root().toJson().dump()));
    if (!*fastAccepted)
        return {};
    nlohmann::json slow;
    try {
        slow = nlohmann::json::parse(text.cbegin(), text.cend());
    } catch (const std::exception &e) {
        return u"fast parser accepted what nlohmann rejects: "_s + QString::fromUtf8(e.what());
    }
    if (!fuzz::identicalJson(fast, slow))
        return u"different DOM: fast %1, nlohmann %2"_s.arg(QString::fromStdString(fast.dump()),
                                                            QString::fromStdString(slow.dump()));
    return {};
}

} // namespace

class TestJsonIo : public QObject
{
    Q_OBJECT

private slots:
    void canonicalTextIsNlohmannsPrettyPrint_data();
    void canonicalTextIsNlohmannsPrettyPrint();
    void writerMatchesNlohmannOnArbitraryValues();
    void fastParserAgreesWithNlohmann_data();
    void fastParserAgreesWithNlohmann();
    void fastParserAgreesOnMutatedDocuments();
    void fastParserTakesEveryCanonicalFile();
    void elementByElementLoadEqualsTheDomLoad_data();
    void elementByElementLoadEqualsTheDomLoad();
    void elementByElementLoadEqualsTheDomLoadOnMutations();
};

void TestJsonIo::canonicalTextIsNlohmannsPrettyPrint_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 300; ++seed)
        QTest::addRow("awkward %u", seed) << seed;
}

void TestJsonIo::canonicalTextIsNlohmannsPrettyPrint()
{
    QFETCH(quint32, seed);
    const QByteArray text = serializeDesign(awkwardDesign(seed));
    QCOMPARE(text, nlohmannPretty(text));
}

void TestJsonIo::writerMatchesNlohmannOnArbitraryValues()
{
    // Nested containers, empty ones, numbers of every kind, written through value().
    const char *documents[] = {
        R"({})",
        R"([])",
        R"({"a":[]})",
        R"([{}])",
        R"({"a":{"b":{"c":[1,[2,[3,{}]]]}}})",
        R"({"n":[0,-1,1.5,-2.25e-8,1e300,18446744073709551615,-9223372036854775808]})",
        R"({"s":["\u0000\u001f\"\\/\b\f\n\r\t","é漢😀",""],"t":true,"f":false,"z":null})",
    };
    for (const char *text : documents) {
        const auto value = nlohmann::json::parse(text);
        PrettyJsonWriter w;
        w.beginObject();
        w.key("v");
        w.value(value);
        w.key("after");
        w.number(0.5);
        w.endObject();
        const nlohmann::ordered_json expected = {{"v", value}, {"after", 0.5}};
        QCOMPARE(w.take(), QByteArray::fromStdString(expected.dump(2)));
    }
}

void TestJsonIo::fastParserAgreesWithNlohmann_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("fastAccepts");
    QTest::addColumn<int>("maxDepth");
    const auto row = [](const char *name, const QByteArray &text, bool accepts, int depth = 64) {
        QTest::newRow(name) << text << accepts << depth;
    };
    row("object", R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})", true);
    row("spaces everywhere", " \t\r\n{ \"a\" :\n[ 1 , 2 ] }\n ", true);
    row("scalar root", "42", true);
    row("string root", R"("x")", true);
    row("integers", "[0, -0, 7, -7, 999999999999999999, -999999999999999999]", true);
    row("19 digits", "[1000000000000000000]", false);
    row("uint64 max", "[18446744073709551615]", false);
    row("floats", "[0.5, -0.0, 1e5, 1E-5, 2.5e+300, 1.7976931348623157e308, 4.9e-324]", true);
    row("float overflow", "[1e400]", false);
    row("leading zero", "[01]", false);
    row("lone minus", "[-]", false);
    row("dot without digits", "[1.]", false);
    row("exponent without digits", "[1e]", false);
    row("plus sign", "[+1]", false);
    row("escapes", R"(["\"\\\/\b\f\n\r\t"])", true);
    row("unicode escapes", R"(["\u0041\u00e9\u6f22\ud83d\ude00\u0000"])", true);
    row("uppercase hex", R"(["\u00E9"])", true);
    row("lone high surrogate", R"(["\ud83d"])", false);
    row("lone low surrogate", R"(["\ude00"])", false);
    row("high then non-low", R"(["\ud83d\u0041"])", false);
    row("bad escape", R"(["\x"])", false);
    row("short unicode escape", R"(["\u12"])", false);
    row("raw control character",
        "[\"a\x01"
        "b\"]",
        false);
    row("raw DEL",
        "[\"a\x7f"
        "b\"]",
        true);
    row("utf-8", "[\"\xc3\xa9\xe6\xbc\xa2\xf0\x9f\x98\x80\"]", true);
    row("overlong utf-8", "[\"\xc0\xaf\"]", false);
    row("encoded surrogate", "[\"\xed\xa0\x80\"]", false);
    row("beyond U+10FFFF", "[\"\xf4\x90\x80\x80\"]", false);
    row("truncated utf-8", "[\"\xe6\xbc\"]", false);
    row("stray continuation byte", "[\"\x80\"]", false);
    row("byte-order mark", "\xef\xbb\xbf{}", false);
    row("duplicate key", R"({"a": 1, "a": 2})", false);
    row("duplicate nested key", R"({"x": {"a": 1, "b": 2, "a": 3}})", false);
    row("trailing comma", "[1, 2,]", false);
    row("trailing garbage", "{} x", false);
    row("two roots", "{} {}", false);
    row("empty", "", false);
    row("unterminated", R"({"a": [1, 2)", false);
    row("literal typo", "[tru]", false);
    row("NUL after root", QByteArray("{}\0", 3), false);
    row("64 deep", QByteArray(64, '[') + QByteArray(64, ']'), true);
    row("65 deep", QByteArray(65, '[') + QByteArray(65, ']'), false);
    row("4 deep, limit 4", R"({"a": [{"b": []}]})", true, 4);
    row("5 deep, limit 4", R"({"a": [{"b": [[]]}]})", false, 4);
}

void TestJsonIo::fastParserAgreesWithNlohmann()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, fastAccepts);
    QFETCH(int, maxDepth);
    bool accepted = false;
    const QString problem = checkAgainstNlohmann(text, maxDepth, &accepted);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(accepted, fastAccepts);
}

void TestJsonIo::fastParserAgreesOnMutatedDocuments()
{
    // Random byte edits of a real design: whatever the fast parser accepts, nlohmann parses the
    // same way. Many edits stay valid JSON (inside strings and numbers), which is the point.
    const QByteArray base = serializeDesign(awkwardDesign(5, false));
    std::mt19937 rng(11);
    const char alphabet[] = "{}[]\",:.-+eE0123456789 \n\\u\"tfnrl\x01\x7f\xc3\xa9\xed\xf0";
    int accepted = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray text = base;
        const int edits = 1 + int(rng() % 3);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(rng() % quint32(text.size()));
            const char c = alphabet[rng() % (sizeof alphabet - 1)];
            switch (rng() % 3) {
            case 0:
                text[at] = c;
                break;
            case 1:
                text.insert(at, c);
                break;
            default:
                text.remove(at, 1);
                break;
            }
        }
        bool fast = false;
        const QString problem = checkAgainstNlohmann(text, 64, &fast);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(problem + u"\n"_s + QString::fromUtf8(text.toPercentEncoding())));
        accepted += fast ? 1 : 0;
    }
    QVERIFY2(accepted > 200, qPrintable(QString::number(accepted)));
}

void TestJsonIo::fastParserTakesEveryCanonicalFile()
{
    // The speed of loading depends on this: what we write, the fast parser reads.
    for (quint32 seed = 1; seed <= 50; ++seed) {
        const QByteArray text = serializeDesign(awkwardDesign(seed, false));
        bool accepted = false;
        const QString problem = checkAgainstNlohmann(text, 64, &accepted);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(accepted, qPrintable(QString::number(seed)));
    }
}

void TestJsonIo::elementByElementLoadEqualsTheDomLoad_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray head = R"({"format": "mlsd-board", "version": 1, )";
    QTest::newRow("awkward") << serializeDesign(awkwardDesign(3, false));
    QTest::newRow("synthetic") << serializeDesign(generateSyntheticDesign({300, 9}));
    QTest::newRow("keys in odd order")
        << head + R"("connections": [{"id": "c", "from": "a", "to": "b"}],
        "components": [{"id": "b", "type": "ranking", "zone": "z"}, {"id": "a", "type": "filtering"}],
        "zones": [{"id": "z", "kind": "online"}]})";
    QTest::newRow("unknown type, dangling edge, missing zone")
        << head + R"("components": [{"id": "a", "type": "rankr", "zone": "nope"}],
                     "connections": [{"id": "c", "from": "a", "to": "zz", "kind": "telepathy"}]})";
    QTest::newRow("errors in member order")
        << head + R"("components": [{"id": "a", "type": "ranking",
        "annotations": {"zz bad": 1, "b": 5, "aa bad": "x", "m": [], "c": null}, "width": -1, "label": 7, "x": "s"}]})";
    QTest::newRow("escaped keys and values")
        << head + R"("components": [{"\u0069d": "a", "type": "r\u0061nking",
        "label": "tab\tand \u00e9", "annotations": {"latency_budget": "\ud83d\ude00"}}]})";
    QTest::newRow("duplicate key inside a component")
        << head + R"("components": [{"id": "a", "type": "ranking", "id": "b"}]})";
    QTest::newRow("wrong format, duplicate key in a component (fuzz)") << QByteArray(
        R"({"format":"mW???oard","version":0,"components":[{"id":"a","type":"ranking","id":"b"}]})");
    QTest::newRow("no components, bad connection element") << QByteArray(
        R"({"format": "mlsd-board", "version": 1, "connections": [{"id": "c", "id": "d"}]})");
    QTest::newRow("too many errors, then a bad zone")
        << head + R"("components": 5, "zones": [{"a": 1, "a": 2}]})";
    QTest::newRow("duplicate components") << head + R"("components": [], "components": []})";
    QTest::newRow("too deep inside a component")
        << head + R"("components": [{"id": "a", "type": "ranking", "x_deep": )"
               + QByteArray(62, '[') + QByteArray(62, ']') + "}]}";
    QTest::newRow("deep but allowed")
        << head + R"("components": [{"id": "a", "type": "ranking", "x_deep": )"
               + QByteArray(61, '[') + QByteArray(61, ']') + "}]}";
    QTest::newRow("huge number inside a connection")
        << head + R"("components": [{"id": "a", "type": "ranking"}, {"id": "b", "type": "ranking"}],
                     "connections": [{"id": "c", "from": "a", "to": "b", "x": 123456789012345678901}]})";
    QTest::newRow("components not an array") << head + R"("components": {"id": "a"}})";
    QTest::newRow("element not an object") << head + R"("components": [1, "two", null, []]})";
    QTest::newRow("newer version") << QByteArray(
        R"({"format": "mlsd-board", "version": 9, "components": [{"id": "a", "type": "ranking", "x_new": 1}]})");
    QTest::newRow("syntax error late")
        << head + R"("components": [{"id": "a", "type": "ranking"}], "connections": [}})";
}

void TestJsonIo::elementByElementLoadEqualsTheDomLoad()
{
    QFETCH(QByteArray, text);
    const QString difference = fuzz::compareLoadPaths(text, &Catalog::builtin());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJsonIo::elementByElementLoadEqualsTheDomLoadOnMutations()
{
    const QByteArray base = serializeDesign(awkwardDesign(8, false));
    std::mt19937 rng(21);
    const char alphabet[] = "{}[]\",:.-+eE0123456789 \n\\u\"tfnrl\x01\xc3\xa9";
    for (int round = 0; round < 1500; ++round) {
        QByteArray text = base;
        const qsizetype at = qsizetype(rng() % quint32(text.size()));
        const char c = alphabet[rng() % (sizeof alphabet - 1)];
        if (rng() % 2)
            text[at] = c;
        else
            text.remove(at, 1);
        const QString difference = fuzz::compareLoadPaths(text, &Catalog::builtin());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

QTEST_GUILESS_MAIN(TestJsonIo)
#include "tst_jsonio.moc"
