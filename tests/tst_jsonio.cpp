// The fast paths of the file format: the canonical writer prints exactly what nlohmann_json's
// pretty printer prints for the same document, for any content (control characters, quotes,
// surrogates, emoji, fractional numbers, unknown keys at every level).
#include "testutil.h"

#include "designwriter.h"
#include "jsonwriter.h"
#include "syntheticdesign.h"

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
        case 0: s += QChar(char16_t(rng() % 0x20)); break;
        case 1: s += u'"'; break;
        case 2: s += u'\\'; break;
        case 3: s += QChar(char16_t(0x7f)); break;
        case 4: s += QChar(char16_t(0xD800 + rng() % 0x800)); break;
        case 5: s += u"é漢😀"_s; break;
        case 6: s += QChar(char16_t(0x80 + rng() % 0xff80)); break;
        default: s += QChar(char16_t(u'a' + rng() % 26)); break;
        }
    }
    return s;
}

/// What nlohmann_json prints for the document \a text (keys kept in their order).
QByteArray nlohmannPretty(const QByteArray &text)
{
    const auto doc = nlohmann::ordered_json::parse(text.cbegin(), text.cend());
    return QByteArray::fromStdString(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n');
}

Design awkwardDesign(quint32 seed)
{
    std::mt19937 rng(seed);
    Design d = generateSyntheticDesign({int(rng() % 30), seed});
    d.title = awkward(rng);
    d.brief.sections.set(u"task"_s, awkward(rng));
    d.brief.sections.set(u"zz_custom"_s, awkward(rng));
    if (rng() % 2)
        d.brief.extra = R"({"a":{"z":[1,2.5,{"q":null}],"b":"x\n"},"b2":true})";
    if (rng() % 2)
        d.extra = R"({"aa":{},"k":-3,"mm":[[]],"u":18446744073709551615,"f":1e-7,"zz":[]})";
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
        d.practice = p;
    }
    return d;
}

} // namespace

class TestJsonIo : public QObject
{
    Q_OBJECT

private slots:
    void canonicalTextIsNlohmannsPrettyPrint_data();
    void canonicalTextIsNlohmannsPrettyPrint();
    void writerMatchesNlohmannOnArbitraryValues();
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
        R"({})", R"([])", R"({"a":[]})", R"([{}])", R"({"a":{"b":{"c":[1,[2,[3,{}]]]}}})",
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

QTEST_GUILESS_MAIN(TestJsonIo)
#include "tst_jsonio.moc"
