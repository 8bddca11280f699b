// The diagram renderer and the image exports: SVG with labels as text, PNG at a scale, PDF on one
// page; hostile labels, unknown types, huge designs; the `render` verb.
#include "testutil.h"

#include "export/diagramrenderer.h"
#include "export/imageexport.h"
#include "io/designreader.h"
#include "model/catalog.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

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

/// The texts of an SVG's <text> elements; fails the test on malformed XML or a script element.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"script"_s || xml.name() == u"foreignObject"_s)
                qWarning("unexpected element %s", qPrintable(xml.name().toString()));
            if (xml.name() == u"text"_s)
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (xml.hasError())
        texts << u"XML ERROR: "_s + xml.errorString();
    return texts;
}

/// Number of page objects in a PDF.
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

QSize expectedSize(const Design &d, double scale)
{
    const QRectF r = DiagramRenderer(d, Catalog::builtin()).sceneRect();
    return {int(std::ceil(r.width() * scale)), int(std::ceil(r.height() * scale))};
}

Design huge(int components)
{
    Design d;
    for (int i = 0; i < components; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        c.type = i % 2 ? u"ranking"_s : u"filtering"_s;
        c.label = u"Component %1"_s.arg(i);
        c.x = (i % 1000) * 2000.0;
        c.y = (i / 1000) * 200.0;
        d.appendComponent(c);
        if (i > 0) {
            Connection e;
            e.id = u"e%1"_s.arg(i);
            e.from = u"c%1"_s.arg(i - 1);
            e.to = c.id;
            e.label = u"edge %1"_s.arg(i);
            d.appendConnection(e);
        }
    }
    return d;
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void svgKeepsLabelsAsText();
    void svgOfHostileLabels();
    void png_data();
    void png();
    void pngDrawsLikeTheCanvas();
    void pngOfHugeDesignIsBounded();
    void pdf_data();
    void pdf();
    void emptyDesign();
    void cli_data();
    void cli();
    void cliErrors_data();
    void cliErrors();
};

void TestRender::svgKeepsLabelsAsText()
{
    const Design d = loadCase(u"export-recsys"_s);
    const ImageResult r = renderImage(d, Catalog::builtin(), ImageFormat::Svg);
    QVERIFY(r.ok());
    const QStringList texts = svgTexts(r.data);
    QVERIFY2(!texts.join(u'\n').contains(u"XML ERROR"_s), qPrintable(texts.join(u'\n')));
    for (const QString &t : {u"DCN-v2 ranker"_s, u"Ranking"_s, u"Online serving"_s,
                             u"Offline training"_s, u"top-500"_s, u"Home feed"_s, u"Client"_s})
        QVERIFY2(texts.contains(t), qPrintable(t));
    QCOMPARE(r.pixelSize, expectedSize(d, 1));
    QVERIFY(r.data.contains(u"<svg width=\"%1\" height=\"%2\""_s.arg(r.pixelSize.width())
                                .arg(r.pixelSize.height())
                                .toUtf8()));
    QVERIFY(r.data.contains("<title>Homepage video recommendations</title>"));
    // Same design, same bytes.
    QCOMPARE(renderImage(d, Catalog::builtin(), ImageFormat::Svg).data, r.data);
}

void TestRender::svgOfHostileLabels()
{
    const Design d = loadCase(u"export-hostile"_s);
    const ImageResult r = renderImage(d, Catalog::builtin(), ImageFormat::Svg);
    QVERIFY(r.ok());
    QTest::failOnWarning(QRegularExpression(u"unexpected element"_s));
    const QStringList texts = svgTexts(r.data);
    const QString all = texts.join(u'\n');
    QVERIFY2(!all.contains(u"XML ERROR"_s), qPrintable(all));
    QVERIFY(!r.data.contains("<script"));
    QVERIFY(texts.contains(u"end"_s));
    QVERIFY(texts.contains(u"quantum_oracle"_s)); // an unknown type is drawn, named by its id
    QVERIFY(all.contains(u"<script>"_s));         // a label, as text
    QVERIFY(all.contains(u"Emoji 😀"_s));
}

void TestRender::png_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("dark");
    QTest::newRow("1x light") << 1.0 << false;
    QTest::newRow("2x light") << 2.0 << false;
    QTest::newRow("1.5x dark") << 1.5 << true;
    QTest::newRow("0.5x") << 0.5 << false;
}

void TestRender::png()
{
    QFETCH(double, scale);
    QFETCH(bool, dark);
    const Design d = loadCase(u"export-recsys"_s);
    ImageOptions options;
    options.scale = scale;
    options.theme = dark ? DiagramTheme::Dark : DiagramTheme::Light;
    const ImageResult r = renderImage(d, Catalog::builtin(), ImageFormat::Png, options);
    QVERIFY(r.ok());
    QVERIFY(r.warning.isEmpty());
    QVERIFY(r.data.startsWith("\x89PNG\r\n"));
    const QImage image = QImage::fromData(r.data, "PNG");
    QCOMPARE(image.size(), expectedSize(d, scale));
    QCOMPARE(r.pixelSize, image.size());
    QCOMPARE(image.pixelColor(2, 2), DiagramPalette::forTheme(options.theme).background);
    QCOMPARE(image.dotsPerMeterX(), qRound(96 / 0.0254 * scale));
}

void TestRender::pngDrawsLikeTheCanvas()
{
    // Cards in the type's colour, a neutral badge for an unknown type, edges in their kind's
    // colour.
    Design d;
    auto add = [&d](const QString &id, const QString &type, double x) {
        Component c;
        c.id = id;
        c.type = type;
        c.label = id;
        c.x = x;
        d.appendComponent(c);
    };
    add(u"a"_s, u"ranking"_s, 0);
    add(u"b"_s, u"no_such_type"_s, 400);
    Connection e;
    e.id = u"e"_s;
    e.from = u"a"_s;
    e.to = u"b"_s;
    e.kind = ConnectionKind::Model;
    d.appendConnection(e);
    const QRectF scene = DiagramRenderer(d, Catalog::builtin()).sceneRect();
    const QImage image
        = QImage::fromData(renderImage(d, Catalog::builtin(), ImageFormat::Png).data, "PNG");
    QVERIFY(!image.isNull());
    auto at = [&](double x, double y) {
        return image.pixelColor(int(x - scene.left()), int(y - scene.top()));
    };
    // Badge: 36 px at 12 px from the card's left, centred vertically (card 180 x 72).
    QCOMPARE(at(12 + 4, 36), Catalog::builtin().color(u"ranking"_s));
    QCOMPARE(at(400 + 12 + 4, 36), Catalog::builtin().color(u"no_such_type"_s));
    QCOMPARE(at(100, 20), QColor(Qt::white)); // card fill (light theme)
    QCOMPARE(at(100, -20), DiagramPalette::forTheme(DiagramTheme::Light).background);
    // The model edge runs from (180, 36) to (400, 36): green in the middle.
    const QColor edge = at(290, 36);
    QVERIFY2(edge.green() > edge.red() + 40, qPrintable(edge.name()));
}

void TestRender::pngOfHugeDesignIsBounded()
{
    const Design d = huge(3000); // 2,000,000 units wide
    const ImageResult r = renderImage(d, Catalog::builtin(), ImageFormat::Png);
    QVERIFY(r.ok());
    QVERIFY(r.warning.contains(u"16384 pixels a side"_s));
    QVERIFY(r.pixelSize.width() <= imagelimits::maxPngSide);
    QVERIFY(r.pixelSize.height() <= imagelimits::maxPngSide);
    QVERIFY(qint64(r.pixelSize.width()) * r.pixelSize.height() <= imagelimits::maxPngPixels);
    QCOMPARE(QImage::fromData(r.data, "PNG").size(), r.pixelSize);
}

void TestRender::pdf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<bool>("dark");
    QTest::newRow("wide") << u"export-recsys"_s << true << false;
    QTest::newRow("wide dark") << u"export-recsys"_s << true << true;
    QTest::newRow("hostile") << u"export-hostile"_s << true << false;
    QTest::newRow("empty") << u"export-empty"_s << true << false;
}

void TestRender::pdf()
{
    QFETCH(QString, name);
    QFETCH(bool, landscape);
    QFETCH(bool, dark);
    ImageOptions options;
    options.theme = dark ? DiagramTheme::Dark : DiagramTheme::Light;
    const ImageResult r
        = renderImage(loadCase(name), Catalog::builtin(), ImageFormat::Pdf, options);
    QVERIFY(r.ok());
    QVERIFY(r.data.startsWith("%PDF-"));
    QVERIFY(r.data.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPages(r.data), 1);
    static const QRegularExpression mediaBox(u"/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"_s);
    const QRegularExpressionMatch m = mediaBox.match(QString::fromLatin1(r.data));
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1).toDouble() > m.captured(2).toDouble(), landscape);
}

void TestRender::emptyDesign()
{
    const Design d = loadCase(u"export-empty"_s);
    for (ImageFormat f : {ImageFormat::Svg, ImageFormat::Png, ImageFormat::Pdf}) {
        const ImageResult r = renderImage(d, Catalog::builtin(), f);
        QVERIFY(r.ok());
        QVERIFY(!r.data.isEmpty());
    }
    QVERIFY(svgTexts(renderImage(d, Catalog::builtin(), ImageFormat::Svg).data)
                .contains(u"No components yet"_s));
    // A tall design gets a portrait page.
    Design tall;
    Component c;
    c.id = u"c"_s;
    c.type = u"ranking"_s;
    c.height = 3000;
    tall.appendComponent(c);
    const QByteArray pdf = renderImage(tall, Catalog::builtin(), ImageFormat::Pdf).data;
    static const QRegularExpression mediaBox(u"/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"_s);
    const QRegularExpressionMatch m = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(m.hasMatch());
    QVERIFY(m.captured(1).toDouble() < m.captured(2).toDouble());
}

void TestRender::cli_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << u"out.svg"_s << QStringList() << QByteArray("<?xml");
    QTest::newRow("png 2x") << u"out.png"_s << QStringList{u"--scale"_s, u"2"_s}
                            << QByteArray("\x89PNG");
    QTest::newRow("PNG dark") << u"OUT.PNG"_s << QStringList{u"--theme"_s, u"dark"_s}
                              << QByteArray("\x89PNG");
    QTest::newRow("pdf") << u"out.pdf"_s << QStringList() << QByteArray("%PDF");
}

void TestRender::cli()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    const QString out = dir.filePath(file);
    const test::Run run = test::runCli(
        QStringList{u"render"_s, test::sourcePath(u"tests/data/export-recsys/design.mlsd"_s),
                    u"-o"_s, out}
        + extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    const QByteArray data = test::readFile(out);
    QVERIFY(data.startsWith(magic));
    if (extra.contains(u"--scale"_s))
        QCOMPARE(QImage::fromData(data).size(), expectedSize(loadCase(u"export-recsys"_s), 2));
}

void TestRender::cliErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString design = test::sourcePath(u"tests/data/export-recsys/design.mlsd"_s);
    QTest::newRow("no output") << QStringList{u"render"_s, design} << u"usage: mlsdboard render"_s;
    QTest::newRow("unknown extension") << QStringList{u"render"_s, design, u"-o"_s, u"x.gif"_s}
                                       << u"cannot tell the image format of 'x.gif'"_s;
    QTest::newRow("scale for svg")
        << QStringList{u"render"_s, design, u"-o"_s, u"x.svg"_s, u"--scale"_s, u"2"_s}
        << u"--scale applies to PNG only"_s;
    QTest::newRow("bad scale") << QStringList{u"render"_s, design,       u"-o"_s,
                                              u"x.png"_s,  u"--scale"_s, u"0"_s}
                               << u"--scale takes a number from 0.1 to 8, found '0'"_s;
    QTest::newRow("bad theme") << QStringList{u"render"_s, design,       u"-o"_s,
                                              u"x.png"_s,  u"--theme"_s, u"blue"_s}
                               << u"unknown theme 'blue'"_s;
    QTest::newRow("missing file") << QStringList{u"render"_s, u"no-such.mlsd"_s, u"-o"_s,
                                                 u"x.png"_s}
                                  << u"no-such.mlsd"_s;
    QTest::newRow("unwritable") << QStringList{u"render"_s, design, u"-o"_s,
                                               u"/nonexistent-dir/x.png"_s}
                                << u"/nonexistent-dir/x.png"_s;
}

void TestRender::cliErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const test::Run run = test::runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
