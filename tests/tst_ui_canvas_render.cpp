// The canvas's drawing: the vertex builder, tile culling, the level of detail, and connections
// really drawn — with the software scene graph (this process runs offscreen) and with OpenGL (the
// same binary re-runs itself under its own Xvfb, where Qt Quick draws through llvmpipe).
#include "canvas/canvasscene.h"
#include "canvas/cardlayer.h"
#include "canvas/edgelayer.h"
#include "canvas/vertexbuffer.h"
#include "model/designgenerator.h"
#include "session/session.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <memory>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

namespace {

const QColor lightEdge(0x6b, 0x73, 0x85); // Theme.edge in the light theme

/// A window showing a Canvas on \a session, at zoom 1 with the scene origin at (20, 20).
struct Host
{
    QQmlEngine engine;
    std::unique_ptr<QQuickWindow> window;
    QQuickItem *canvas = nullptr;

    explicit Host(Session *session)
    {
        engine.addImportPath(u"qrc:/qt/qml"_s);
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQuick
            import MlsdBoard
            Window {
                id: host
                required property Session session
                property alias canvas: canvas
                width: 1000
                height: 640
                visible: true
                Component.onCompleted: Theme.mode = "light"
                Canvas { id: canvas; anchors.fill: parent; session: host.session }
            })",
                          QUrl(u"host.qml"_s));
        QObject *root
            = component.createWithInitialProperties({{u"session"_s, QVariant::fromValue(session)}});
        if (!root)
            qWarning() << component.errors();
        window.reset(qobject_cast<QQuickWindow *>(root));
        if (window)
            canvas = window->property("canvas").value<QQuickItem *>();
    }

    void view(double zoom, QPointF pan)
    {
        QCoreApplication::processEvents(); // the canvas fits a newly opened design first
        canvas->setProperty("zoom", zoom);
        canvas->setProperty("panX", pan.x());
        canvas->setProperty("panY", pan.y());
        QMetaObject::invokeMethod(canvas->property("componentModel").value<QObject *>(),
                                  "syncViewport");
    }

    template<typename T>
    T *part(const char *name) const
    {
        return canvas->property(name).value<T *>();
    }

    /// Synchronizes and renders a frame now (grabbing renders even when nothing changed).
    bool frame()
    {
        QCoreApplication::processEvents();
        return !window->grabWindow().isNull();
    }
};

int luminance(QRgb c)
{
    return (qRed(c) * 299 + qGreen(c) * 587 + qBlue(c) * 114) / 1000;
}

/// The darkest pixel of the vertical run at \a x from \a y0 to \a y1.
QRgb darkest(const QImage &image, int x, int y0, int y1)
{
    QRgb best = qRgb(255, 255, 255);
    for (int y = y0; y <= y1; ++y) {
        const QRgb c = image.pixel(x, y);
        if (luminance(c) < luminance(best))
            best = c;
    }
    return best;
}

/// Checks that the line of connection c2 (flt → rk, scene y = 96 between x 480 and 550) is
/// drawn in the edge colour, and that beside it there is only background.
void verifyEdgeDrawn(const QImage &grab, double dpr)
{
    QVERIFY(!grab.isNull());
    const QImage image = grab.convertToFormat(QImage::Format_RGB32);
    for (int sceneX : {500, 515, 530}) {
        const int x = int((sceneX + 20) * dpr), y = int((96 + 20) * dpr);
        const QRgb line = darkest(image, x, y - 3, y + 3);
        const QRgb beside = darkest(image, x, y + int(14 * dpr), y + int(20 * dpr));
        QVERIFY2(luminance(beside) > 215,
                 qPrintable(u"background at %1: %2"_s.arg(x).arg(QColor(beside).name())));
        QVERIFY2(luminance(line) < 190,
                 qPrintable(u"line at %1: %2"_s.arg(x).arg(QColor(line).name())));
        // The hue of the edge colour: blue a little above red.
        QVERIFY2(qBlue(line) >= qRed(line), qPrintable(QColor(line).name()));
    }
}

bool isChild()
{
    return qEnvironmentVariableIsSet("MLSD_RENDER_TEST_GL");
}

} // namespace

class TestCanvasRender : public QObject
{
    Q_OBJECT

private slots:
    // ---- The vertex builder (no window) ----

    void polylineVertexAndIndexCounts_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<int>("vertices");
        QTest::addColumn<int>("indices");
        // Four vertices across each point (fringe, core, core, fringe): 3 quads per segment.
        QTest::newRow("open 2") << 2 << false << 8 << 18;
        QTest::newRow("open 10") << 10 << false << 40 << 9 * 18;
        QTest::newRow("closed 10") << 10 << true << 40 << 10 * 18;
    }

    void polylineVertexAndIndexCounts()
    {
        QFETCH(int, points);
        QFETCH(bool, closed);
        QFETCH(int, vertices);
        QFETCH(int, indices);
        QPolygonF line;
        for (int i = 0; i < points; ++i)
            line << QPointF(std::cos(i * 0.6) * 100, std::sin(i * 0.6) * 100);
        VertexBuffer b;
        b.addPolyline(line, 2, 1, Qt::red, closed);
        QCOMPARE(b.vertices().size(), vertices);
        QCOMPARE(b.indices().size(), indices);
        for (quint32 i : b.indices())
            QVERIFY(i < quint32(vertices));
        // The fringe fades to nothing; the core is the (premultiplied) colour.
        QCOMPARE(b.vertices().at(0).a, 0);
        QCOMPARE(b.vertices().at(1).a, 255);
        QCOMPARE(b.vertices().at(1).r, 255);
    }

    void duplicatePointsAndDegenerateInput()
    {
        VertexBuffer b;
        b.addPolyline(QPolygonF{{0, 0}, {0, 0}}, 2, 1, Qt::red); // one point: nothing
        b.addPolyline(QPolygonF{{0, 0}, {10, 0}, {10, 0}, {20, 0}}, 0, 1, Qt::red); // no width
        QVERIFY(b.isEmpty());
        b.addPolyline(QPolygonF{{0, 0}, {10, 0}, {10, 0}, {20, 0}}, 2, 1, Qt::red);
        QCOMPARE(b.vertices().size(), 12); // the duplicate is dropped
        b.clear();
        b.addConvexPolygon(QPolygonF{{0, 0}, {10, 0}}, 1, Qt::red);
        QVERIFY(b.isEmpty());
    }

    void thinLinesFadeInsteadOfGrowing()
    {
        VertexBuffer b;
        QColor c(0, 0, 255, 200);
        b.addPolyline(QPolygonF{{0, 0}, {10, 0}}, 0.5, 1, c);
        QCOMPARE(b.vertices().at(1).a, 100); // half the fringe wide: half the alpha
        QCOMPARE(b.vertices().at(1).b, 100); // premultiplied
        // No core: a tent of three vertices across (two strips, four triangles per segment).
        QCOMPARE(b.vertices().size(), 2 * 3);
        QCOMPARE(b.indices().size(), 4 * 3);
        QCOMPARE(b.vertices().at(0).a, 0);
        QCOMPARE(b.vertices().at(2).a, 0);
        QCOMPARE(b.vertices().at(2).y - b.vertices().at(1).y, 1.0f); // the fringe on each side
    }

    void linesUnderTwoFringesAreTents()
    {
        // The connections of a zoomed-out view (1.5 px, a 1 px fringe): solid in the middle,
        // fading out over 1.5 px on each side, so that they cover as much as a 1.5 px line.
        VertexBuffer b;
        b.addPolyline(QPolygonF{{0, 0}, {10, 0}, {20, 5}}, 1.5, 1, QColor(0, 0, 255));
        QCOMPARE(b.vertices().size(), 3 * 3);
        QCOMPARE(b.indices().size(), 2 * 4 * 3);
        QCOMPARE(b.vertices().at(1).a, 255);
        QCOMPARE(b.vertices().at(1).y, 0.0f);
        QCOMPARE(b.vertices().at(0).y, -1.5f);
        QCOMPARE(b.vertices().at(2).y, 1.5f);
        // Two fringes wide and more: a solid core between the fringes again.
        b.clear();
        b.addPolyline(QPolygonF{{0, 0}, {10, 0}}, 2, 1, Qt::red);
        QCOMPARE(b.vertices().size(), 2 * 4);
    }

    void dashedLineIsCutIntoDashes()
    {
        VertexBuffer b;
        // 100 long, dashes of 6 and gaps of 4: 10 dashes of one segment each.
        b.addDashedPolyline(QPolygonF{{0, 0}, {100, 0}}, 2, 1, 6, 4, Qt::black);
        QCOMPARE(b.vertices().size(), 10 * 8);
        // Dashes follow a bend.
        b.clear();
        b.addDashedPolyline(QPolygonF{{0, 0}, {5, 0}, {5, 5}}, 2, 1, 6, 4, Qt::black);
        QCOMPARE(b.vertices().size(), 3 * 4); // one dash of three points
    }

    void convexPolygonAndRoundedRect()
    {
        VertexBuffer b;
        b.addConvexPolygon(QPolygonF{{0, 0}, {10, 0}, {0, 10}}, 1, Qt::black);
        QCOMPARE(b.vertices().size(), 6);     // inner and outer ring
        QCOMPARE(b.indices().size(), 3 + 18); // the fill and three edge quads
        b.clear();
        b.addConvexPolygon(QPolygonF{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, 0, Qt::black);
        QCOMPARE(b.vertices().size(), 4); // no fringe: just the fill
        QCOMPARE(b.indices().size(), 6);
        const QPolygonF outline = VertexBuffer::roundedRect(QRectF(0, 0, 100, 50), 8, 3);
        QCOMPARE(outline.size(), 16);
        QCOMPARE(outline.boundingRect(), QRectF(0, 0, 100, 50));
        QCOMPARE(outline.front(), QPointF(0, 8));
        QCOMPARE(VertexBuffer::roundedRect(QRectF(0, 0, 100, 50), 0, 3).size(), 4);
        QCOMPARE(VertexBuffer::over(QColor(0, 0, 0, 128), Qt::white).red(), 127);
    }

    // ---- Layers in a window ----

    void initTestCase()
    {
        if (!isChild())
            return;
        // The OpenGL run: make sure that is what draws.
        Session s;
        Host host(&s);
        QVERIFY(host.window);
        QVERIFY(QTest::qWaitForWindowExposed(host.window.get()));
        QCOMPARE(host.window->rendererInterface()->graphicsApi(), QSGRendererInterface::OpenGL);
    }

    void connectionsAreDrawn()
    {
        Session session;
        QVERIFY(session.open(test::sourcePath(u"tests/data/basic/design.mlsd"_s)));
        Host host(&session);
        QVERIFY(host.window);
        QVERIFY(QTest::qWaitForWindowExposed(host.window.get()));
        host.view(1, QPointF(20, 20));
        QVERIFY(host.frame());
        verifyEdgeDrawn(host.window->grabWindow(), host.window->devicePixelRatio());
        // Deleting the connection removes the line.
        session.document()->removeItems({}, {u"c2"_s});
        QVERIFY(host.frame());
        const QImage after = host.window->grabWindow().convertToFormat(QImage::Format_RGB32);
        QVERIFY(luminance(darkest(after, 535, 113, 119)) > 215);
    }

    void layersCullToTheView()
    {
        Session session;
        session.document()->resetDesign(generateSyntheticDesign({1000}));
        Host host(&session);
        QVERIFY(host.window);
        QVERIFY(QTest::qWaitForWindowExposed(host.window.get()));
        auto *edges = host.part<EdgeLayer>("edgeLayer");
        auto *cards = host.part<CardLayer>("cardLayer");
        QVERIFY(edges && cards);

        // The whole design in view: every tile, every connection.
        QMetaObject::invokeMethod(host.canvas, "fitToContent");
        QVERIFY(host.frame());
        const Design &design = session.document()->design();
        const auto labelled
            = std::count_if(design.connections().cbegin(), design.connections().cend(),
                            [](const Connection &c) { return !c.label.isEmpty(); });
        QVERIFY(labelled > 0);
        QVariantMap all = edges->geometryStats();
        QCOMPARE(all.value(u"items"_s).toInt(), int(design.connections().size()));
        QCOMPARE(all.value(u"visibleTiles"_s).toInt(), all.value(u"tiles"_s).toInt());
        // Cards, and the pills of labelled connections.
        QCOMPARE(cards->geometryStats().value(u"items"_s).toInt(), 1000 + int(labelled));

        // At 100 % on one corner: a few tiles only.
        host.view(1, QPointF(0, 0));
        QVERIFY(host.frame());
        const QVariantMap corner = edges->geometryStats();
        QVERIFY(corner.value(u"visibleTiles"_s).toInt() < all.value(u"tiles"_s).toInt() / 4);
        QVERIFY(corner.value(u"items"_s).toInt() > 0);
        QVERIFY(corner.value(u"items"_s).toInt() < 300);
        // Far from everything: nothing, and nothing drawn.
        host.view(1, QPointF(1e6, 1e6));
        QCOMPARE(edges->geometryStats().value(u"visibleTiles"_s).toInt(), 0);
        QCOMPARE(cards->geometryStats().value(u"items"_s).toInt(), 0);
        QVERIFY(host.frame());
        const QVariantMap drawn = edges->stats();
        QCOMPARE(drawn.value(u"software"_s).toBool(), !isChild());
        QCOMPARE(
            drawn.value(drawn.value(u"software"_s).toBool() ? u"painted"_s : u"nodes"_s).toInt(),
            0);
    }

    void zoomedOutConnectionsAreHairlines()
    {
        Session session;
        session.document()->resetDesign(generateSyntheticDesign({1000}));
        Host host(&session);
        QVERIFY(QTest::qWaitForWindowExposed(host.window.get()));
        auto *edges = host.part<EdgeLayer>("edgeLayer");
        // The overview (under 25 %): one-pixel lines, no triangles (arrowheads are left out).
        QMetaObject::invokeMethod(host.canvas, "fitToContent");
        QVERIFY(host.frame());
        QVERIFY(host.canvas->property("zoom").toDouble() < 0.25);
        const QVariantMap far = edges->geometryStats();
        QVERIFY(far.value(u"hairlineVertices"_s).toInt() > 0);
        QCOMPARE(far.value(u"blendedVertices"_s).toInt(), 0);
        // At 100 %: anti-aliased lines and arrowheads, no hairline.
        host.view(1, QPointF(0, 0));
        QVERIFY(host.frame());
        const QVariantMap near = edges->geometryStats();
        QCOMPARE(near.value(u"hairlineVertices"_s).toInt(), 0);
        QVERIFY(near.value(u"blendedVertices"_s).toInt() > 0);
    }

    void zoomedOutConnectionIsDrawn()
    {
        // Connection c2 (scene y = 96, x 480 to 550) at 20 %, in the edge colour over the zone.
        Session session;
        QVERIFY(session.open(test::sourcePath(u"tests/data/basic/design.mlsd"_s)));
        Host host(&session);
        QVERIFY(QTest::qWaitForWindowExposed(host.window.get()));
        host.view(0.2, QPointF(20, 20));
        QVERIFY(host.frame());
        const double dpr = host.window->devicePixelRatio();
        const QImage image = host.window->grabWindow().convertToFormat(QImage::Format_RGB32);
        for (int sceneX : {495, 515, 535}) {
            const int x = int((20 + sceneX * 0.2) * dpr), y = int((20 + 96 * 0.2) * dpr);
            const QRgb line = darkest(image, x, y - 2, y + 2);
            const QRgb zone = darkest(image, x, y + int(6 * dpr), y + int(8 * dpr));
            QVERIFY2(luminance(line) < luminance(zone) - 40,
                     qPrintable(u"at %1: line %2, zone %3"_s.arg(x).arg(QColor(line).name(),
                                                                        QColor(zone).name())));
            QVERIFY2(qBlue(line) >= qRed(line), qPrintable(QColor(line).name()));
        }
        // Deleting the connection removes the line.
        session.document()->removeItems({}, {u"c2"_s});
        QVERIFY(host.frame());
        const QImage after = host.window->grabWindow().convertToFormat(QImage::Format_RGB32);
        const int x = int((20 + 515 * 0.2) * dpr), y = int((20 + 96 * 0.2) * dpr);
        QVERIFY(luminance(darkest(after, x, y - 2, y + 2))
                >= luminance(darkest(after, x, y + int(6 * dpr), y + int(8 * dpr))) - 10);
    }

    void onlyTouchedTilesAreRebuilt()
    {
        if (!isChild())
            QSKIP("tile nodes exist only with a GPU scene graph; checked in the OpenGL run");
        Session session;
        session.document()->resetDesign(generateSyntheticDesign({1000}));
        Host host(&session);
        QVERIFY(QTest::qWaitForWindowExposed(host.window.get()));
        auto *edges = host.part<EdgeLayer>("edgeLayer");
        host.view(0.5, QPointF(0, 0));
        QVERIFY(host.frame());
        QVERIFY(host.frame());
        const int nodes = edges->stats().value(u"nodes"_s).toInt();
        QVERIFY(nodes > 2);
        const int before = edges->stats().value(u"tileBuilds"_s).toInt();
        // Moving one component (a connected one in view) rebuilds the tiles of its connections
        // only.
        const Design &design = session.document()->design();
        QString moved;
        for (const Component &c : design.components()) {
            const bool source
                = std::any_of(design.connections().cbegin(), design.connections().cend(),
                              [&](const Connection &e) { return e.from == c.id; });
            if (source && c.rect().right() < 1500 && c.rect().bottom() < 1000 && c.x > 200) {
                moved = c.id;
                break;
            }
        }
        QVERIFY(!moved.isEmpty());
        session.document()->moveComponents({moved}, QPointF(7, 3));
        QVERIFY(host.frame());
        const int rebuilt = edges->stats().value(u"tileBuilds"_s).toInt() - before;
        QVERIFY2(rebuilt >= 1 && rebuilt <= 2, qPrintable(QString::number(rebuilt)));
        // A pan rebuilds nothing that was already built.
        const int afterMove = edges->stats().value(u"tileBuilds"_s).toInt();
        host.view(0.5, QPointF(-40, -30));
        QVERIFY(host.frame());
        QCOMPARE(edges->stats().value(u"tileBuilds"_s).toInt(), afterMove);
        // Selected components' connections leave their tiles for the overlay, so a drag of the
        // selection rebuilds no tile at all.
        const auto link = std::find_if(design.connections().cbegin(), design.connections().cend(),
                                       [&](const Connection &e) { return e.from == moved; });
        const QStringList pair{moved, link != design.connections().cend() ? link->to : moved};
        session.selection()->setComponents(pair);
        QVERIFY(host.frame());
        const int selected = edges->stats().value(u"tileBuilds"_s).toInt();
        for (int i = 0; i < 5; ++i) {
            session.document()->moveComponents(pair, QPointF(4, 2));
            QVERIFY(host.frame());
        }
        QCOMPARE(edges->stats().value(u"tileBuilds"_s).toInt(), selected);
        QVERIFY(edges->geometryStats().value(u"overlayVertices"_s).toInt() > 0);
    }

    void zoomedOutDrawsCardsWithoutDelegates()
    {
        Session session;
        session.document()->resetDesign(generateSyntheticDesign({1000}));
        Host host(&session);
        QVERIFY(QTest::qWaitForWindowExposed(host.window.get()));
        QObject *model = host.canvas->property("componentModel").value<QObject *>();
        // Below labelZoom no readable label fits in a box: cards only, no text layout.
        const double labelZoom = host.canvas->property("labelZoom").toDouble();
        host.view(labelZoom * 0.8, QPointF(0, 0));
        QVERIFY(host.frame());
        QCOMPARE(model->property("count").toInt(), 0); // no delegate, no text layout
        QVERIFY(
            host.part<CardLayer>("cardLayer")->geometryStats().value(u"opaqueVertices"_s).toInt()
            > 0);
        host.view(1, QPointF(0, 0));
        QVERIFY(host.frame());
        const int delegates = model->property("count").toInt();
        QVERIFY(delegates > 0);
        QVERIFY2(delegates < 60,
                 qPrintable(QString::number(delegates))); // only what is near the view
    }

    void zoomedOutLabelsStayReadable_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("labelOnly");
        QTest::newRow("18 %") << 0.18 << true;
        QTest::newRow("22 % (a large design fitted)") << 0.22 << true;
        QTest::newRow("35 %") << 0.35 << true;
        QTest::newRow("50 %") << 0.5 << false;
        QTest::newRow("75 %") << 0.75 << false;
        QTest::newRow("100 %") << 1.0 << false;
    }

    void zoomedOutLabelsStayReadable()
    {
        // From labelZoom up, every component in view has a delegate with its label, at least
        // 7 px tall on screen; zoomed out it is the label alone, beside the type's colour strip.
        QFETCH(double, zoom);
        QFETCH(bool, labelOnly);
        Session session;
        QVERIFY(
            session.open(test::sourcePath(u"resources/examples/homepage-recommendations.mlsd"_s)));
        Host host(&session);
        QVERIFY(QTest::qWaitForWindowExposed(host.window.get()));
        host.view(zoom, QPointF(0, 0));
        QVERIFY(host.frame());
        QVERIFY(zoom >= host.canvas->property("labelZoom").toDouble());
        QObject *model = host.canvas->property("componentModel").value<QObject *>();
        QVERIFY(model->property("count").toInt() > 0);
        auto *repeater = host.canvas->findChild<QQuickItem *>(u"components"_s);
        QVERIFY(repeater);
        QQuickItem *delegate = nullptr;
        QMetaObject::invokeMethod(repeater, "itemAt", Q_RETURN_ARG(QQuickItem *, delegate),
                                  Q_ARG(int, 0));
        QVERIFY(delegate);
        QCOMPARE(delegate->property("labelOnly").toBool(), labelOnly);
        const double labelPixels = delegate->property("labelSize").toDouble() * zoom;
        QVERIFY2(labelPixels >= 7, qPrintable(QString::number(labelPixels)));
        // The label is laid out (the text loads asynchronously) and shows the component's label.
        const QString label = delegate->property("label").toString();
        QVERIFY(!label.isEmpty());
        QQuickItem *text = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto texts = delegate->findChildren<QQuickItem *>();
                for (QQuickItem *t : texts) {
                    if (t->inherits("QQuickText") && t->property("text").toString() == label
                        && t->isVisible() && t->width() > 0) {
                        text = t;
                        return true;
                    }
                }
                return false;
            },
            5000));
        QVERIFY2(text->property("lineCount").toInt() >= 1, qPrintable(label));
        QVERIFY(text->property("font").value<QFont>().pixelSize() * zoom >= 7);
    }

    // ---- The OpenGL run ----

    void openGlRunUnderXvfb()
    {
        if (isChild())
            QSKIP("this is the OpenGL run");
        const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
        QVERIFY2(!xvfb.isEmpty(),
                 "Xvfb is needed to check the OpenGL drawing (apt-get install xvfb)");
        // A free display number.
        int display = 90 + int(QCoreApplication::applicationPid() % 300);
        while (QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(display))
               || QFileInfo::exists(u"/tmp/.X%1-lock"_s.arg(display)))
            ++display;
        QProcess server;
        server.start(xvfb, {u":%1"_s.arg(display), u"-screen"_s, u"0"_s, u"1280x1024x24"_s,
                            u"-nolisten"_s, u"tcp"_s});
        QVERIFY(server.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] { return QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(display)); }, 10000));

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MLSD_RENDER_TEST_GL"_s, u"1"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        env.insert(u"DISPLAY"_s, u":%1"_s.arg(display));
        // Under AddressSanitizer, no leak check in this child: Mesa's driver is unloaded before
        // LeakSanitizer runs at exit, so what the driver keeps has no module to be told apart
        // by. The same cases run with the leak check in the parent (software scene graph). Nor
        // whole stacks, which would make llvmpipe's every allocation crawl.
        env.insert(u"ASAN_OPTIONS"_s,
                   env.value(u"ASAN_OPTIONS"_s) + u":detect_leaks=0:fast_unwind_on_malloc=1"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        const bool finished = child.waitForFinished(300000);
        const QByteArray output = child.readAll();
        server.terminate();
        server.waitForFinished(5000);
        QVERIFY2(finished, "the OpenGL run did not finish");
        if (child.exitCode() != 0)
            qWarning().noquote() << QString::fromLocal8Bit(output);
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        for (const char *test :
             {"connectionsAreDrawn", "layersCullToTheView", "onlyTouchedTilesAreRebuilt",
              "zoomedOutDrawsCardsWithoutDelegates", "zoomedOutConnectionsAreHairlines",
              "zoomedOutConnectionIsDrawn"}) {
            QVERIFY2(output.contains(QByteArray("PASS   : TestCanvasRender::") + test + "()"),
                     test);
        }
    }
};

QTEST_MAIN(TestCanvasRender)
#include "tst_ui_canvas_render.moc"
