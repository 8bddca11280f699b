// bench-canvas: opens the canvas on a design and times scripted pan, zoom and drag frames.
#include "clicommon.h"
#include "io/designwriter.h"
#include "model/designgenerator.h"
#include "verbs.h"

#include "session/session.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

const char *const hostQml = R"(
import QtQuick
import MlsdBoard

Window {
    id: host
    required property Session session
    property string themeMode: "system"
    property size windowSize: Qt.size(1280, 800)
    property alias canvas: canvas
    width: windowSize.width
    height: windowSize.height
    visible: true
    title: "MLSD Board — canvas benchmark"
    color: Theme.canvas
    Component.onCompleted: Theme.mode = themeMode
    Canvas {
        id: canvas
        anchors.fill: parent
        session: host.session
        focus: true
    }
}
)";

/// CPU time used by the whole process (every thread, the software rasteriser's included), in ms.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Wall-clock and CPU times of the frames of one scenario.
struct Frames
{
    QList<double> wall;
    QList<double> cpu;
    QList<double> zoom; ///< the view's zoom after each frame
};

/// Statistics of one list of times, in milliseconds.
QJsonObject stats(QList<double> times)
{
    if (times.isEmpty())
        return {{u"frames"_s, 0}};
    std::sort(times.begin(), times.end());
    auto at = [&](double q) {
        const qsizetype i = std::clamp<qsizetype>(
            qsizetype(std::ceil(q * double(times.size()))) - 1, 0, times.size() - 1);
        return std::round(times.at(i) * 100) / 100;
    };
    return {{u"frames"_s, int(times.size())},
            {u"median_ms"_s, at(0.5)},
            {u"p95_ms"_s, at(0.95)},
            {u"max_ms"_s, std::round(times.back() * 100) / 100}};
}

/// Statistics of one scenario: wall-clock figures, plus the median CPU time per frame (a measure
/// of the cost that other load on the machine does not inflate as much).
QJsonObject summary(const Frames &frames)
{
    QJsonObject out = stats(frames.wall);
    if (!frames.cpu.isEmpty())
        out.insert(u"cpu_median_ms"_s, stats(frames.cpu).value(u"median_ms"_s));
    return out;
}

/// Runs \a change and waits until the window has presented the frame showing it; adds the times
/// to \a frames when given.
double timeFrame(QQuickWindow *window, const std::function<void()> &change,
                 Frames *frames = nullptr)
{
    QEventLoop loop;
    const auto swapped = QObject::connect(window, &QQuickWindow::frameSwapped, &loop,
                                          &QEventLoop::quit, Qt::QueuedConnection);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    const double cpuStart = processCpuMs();
    timer.start();
    change();
    window->requestUpdate();
    guard.start(10000);
    loop.exec();
    QObject::disconnect(swapped);
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    if (frames) {
        frames->wall << wall;
        frames->cpu << processCpuMs() - cpuStart;
    }
    return wall;
}

void sendMouse(QQuickWindow *window, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, pos, window->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(window, &event);
}

QVariant call(QObject *object, const char *method, const QVariantList &args = {})
{
    QVariant result;
    switch (args.size()) {
    case 0:
        QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(QVariant, result));
        break;
    case 1:
        QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(QVariant, result),
                                  Q_ARG(QVariant, args[0]));
        break;
    default:
        QMetaObject::invokeMethod(object, method, Q_RETURN_ARG(QVariant, result),
                                  Q_ARG(QVariant, args[0]), Q_ARG(QVariant, args[1]),
                                  Q_ARG(QVariant, args[2]));
        break;
    }
    return result;
}

/// The \a count components nearest to the centre of the view.
QStringList componentsNearCentre(const Design &design, QPointF centre, int count)
{
    QList<std::pair<double, QString>> byDistance;
    for (const Component &c : design.components()) {
        const QPointF d = c.center() - centre;
        byDistance.append({d.x() * d.x() + d.y() * d.y(), c.id});
    }
    const qsizetype n = std::min<qsizetype>(count, byDistance.size());
    std::partial_sort(byDistance.begin(), byDistance.begin() + n, byDistance.end());
    QStringList out;
    for (qsizetype i = 0; i < n; ++i)
        out << byDistance.at(i).second;
    return out;
}

int runBenchCanvas(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Open the canvas on a design and time scripted pan, zoom and drag (of 100 selected "
        "components) frames; print JSON. Run it on a display (e.g. under Xvfb)."_s);
    parser.addPositionalArgument(u"FILE"_s,
                                 u"The design file (.mlsd); not needed with --generate."_s);
    parser.addOption({u"frames"_s, u"Frames per scenario (default 120)."_s, u"N"_s, u"120"_s});
    parser.addOption(
        {u"generate"_s,
         u"Use the synthetic design of N components that `mlsdboard generate` writes."_s, u"N"_s});
    parser.addOption({u"save-generated"_s, u"Also write the synthetic design to OUT."_s, u"OUT"_s});
    parser.addOption({u"theme"_s, u"light, dark or system (default)."_s, u"MODE"_s, u"system"_s});
    parser.addOption(
        {u"zoom"_s, u"After the run, show the design at this zoom (default: fit)."_s, u"Z"_s});
    parser.addOption({u"scenario"_s,
                      u"Run only these scenarios (comma-separated: pan, zoom, drag)."_s, u"NAMES"_s,
                      u"pan,zoom,drag"_s});
    parser.addOption({u"size"_s, u"Window size (default 1280x800)."_s, u"WxH"_s, u"1280x800"_s});
    parser.addOption({u"hide"_s,
                      u"Comma-separated parts not to draw, to find a bottleneck: zones, edges, "
                      "labels, components, grid, minimap."_s,
                      u"PARTS"_s});
    parser.addOption(
        {u"grab"_s, u"After the run, save what the window shows to OUT (PNG)."_s, u"OUT"_s});
    parser.addOption({u"pan-zoom"_s,
                      u"The zoom the pan scenario runs at (default 0.5; 0: the fitted overview)."_s,
                      u"Z"_s});
    parser.addOption({u"trace"_s,
                      u"Also write every timed frame to OUT (CSV: scenario, frame, zoom, wall ms, "
                      "CPU ms)."_s,
                      u"OUT"_s});
    parser.addOption({u"hold"_s, u"Keep the window open SECONDS after the run (for screenshots)."_s,
                      u"SECONDS"_s});
    if (!parseArgs(parser, u"bench-canvas"_s, args))
        return ExitBadInput;
    const int frames = parser.value(u"frames"_s).toInt();
    const QStringList files = parser.positionalArguments();
    if (frames < 0 || (files.size() != 1 && !parser.isSet(u"generate"_s))) {
        err(u"usage: mlsdboard bench-canvas FILE [--frames N]\n"
            "       mlsdboard bench-canvas --generate N [--frames N]\n"_s);
        return ExitBadInput;
    }

    QElapsedTimer total;
    total.start();
    ui::Session session;
    QString source;
    if (parser.isSet(u"generate"_s)) {
        const int n = parser.value(u"generate"_s).toInt();
        if (n < 1 || n > 1'000'000) {
            err(u"bench-canvas: --generate needs a count between 1 and 1000000\n"_s);
            return ExitBadInput;
        }
        Design design = generateSyntheticDesign({n});
        if (parser.isSet(u"save-generated"_s)
            && !writeOutput(parser.value(u"save-generated"_s), serializeDesign(design)))
            return ExitBadInput;
        session.document()->resetDesign(std::move(design));
        source = u"generated:%1"_s.arg(n);
    } else {
        source = files.front();
        if (!session.open(source)) {
            err(session.errorMessage() + u'\n');
            return ExitBadInput;
        }
    }
    const double loadMs = double(total.nsecsElapsed()) / 1e6;

    const QStringList size = parser.value(u"size"_s).split(u'x');
    const QSize windowSize = size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize();
    if (windowSize.width() < 100 || windowSize.height() < 100) {
        err(u"bench-canvas: --size needs WxH, at least 100x100\n"_s);
        return ExitBadInput;
    }
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"session"_s, QVariant::fromValue(&session)},
                                 {u"themeMode"_s, parser.value(u"theme"_s)},
                                 {u"windowSize"_s, windowSize}});
    QEventLoop firstFrame;
    engine.loadData(hostQml, QUrl(u"bench-canvas.qml"_s));
    const double createdMs = double(total.nsecsElapsed()) / 1e6;
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().front());
    if (!window) {
        err(u"bench-canvas: the canvas could not be created\n"_s);
        return ExitBadInput;
    }
    QObject::connect(window, &QQuickWindow::frameSwapped, &firstFrame, &QEventLoop::quit,
                     Qt::QueuedConnection);
    QTimer::singleShot(60000, &firstFrame, &QEventLoop::quit);
    firstFrame.exec();
    const double firstFrameMs = double(total.nsecsElapsed()) / 1e6;
    auto *canvas = window->property("canvas").value<QQuickItem *>();
    for (const QString &part : parser.value(u"hide"_s).split(u',', Qt::SkipEmptyParts)) {
        QObject *item = canvas->findChild<QObject *>(part);
        if (!item) {
            err(u"bench-canvas: no part named '%1'\n"_s.arg(part));
            return ExitBadInput;
        }
        if (item->metaObject()->indexOfProperty("model") >= 0)
            item->setProperty("model", QVariant());
        else
            item->setProperty("visible", false);
    }
    const Design &design = session.document()->design();

    // Let the initial fit happen, then work at 50 % around the middle of the design.
    timeFrame(window, [] {});
    const QRectF bounds = design.bounds();
    const QPointF centre = bounds.isNull() ? QPointF() : bounds.center();
    const double fitZoom = canvas->property("zoom").toDouble();
    auto showAt = [&](double zoom, QPointF sceneCentre) {
        canvas->setProperty("zoom", zoom);
        call(canvas, "centerOnPoint", {sceneCentre});
    };
    const double panZoom
        = parser.isSet(u"pan-zoom"_s) ? parser.value(u"pan-zoom"_s).toDouble() : 0.5;
    timeFrame(window, [&] { showAt(panZoom > 0 ? panZoom : fitZoom, centre); });

    Frames pan, zoom, drag;
    // Times one frame of a scenario and notes the zoom it showed.
    auto timed = [&](Frames &into, const std::function<void()> &change) {
        timeFrame(window, change, &into);
        into.zoom << canvas->property("zoom").toDouble();
    };
    const QStringList scenarios = parser.value(u"scenario"_s).split(u',', Qt::SkipEmptyParts);
    for (int i = 0; scenarios.contains(u"pan"_s) && i < frames; ++i) {
        // A slow diagonal sweep, back and forth.
        const double dir = (i / 60) % 2 == 0 ? -1 : 1;
        timed(pan, [&] {
            canvas->setProperty("panX", canvas->property("panX").toDouble() + dir * 9);
            canvas->setProperty("panY", canvas->property("panY").toDouble() + dir * 5);
        });
    }
    timeFrame(window, [&] { showAt(1.0, centre); });
    const double low = std::min(fitZoom, 0.25), high = 1.0;
    for (int i = 0; scenarios.contains(u"zoom"_s) && i < frames; ++i) {
        // From 100 % out to the overview and back, at the cursor (the middle of the window).
        const double phase = frames > 1 ? double(i) / double(frames - 1) : 0;
        const double t = phase < 0.5 ? phase * 2 : 2 - phase * 2;
        const double z = std::exp(std::log(high) + t * (std::log(low) - std::log(high)));
        // As the mouse wheel does: a zoom gesture, whose level of detail follows in steps.
        timed(zoom, [&] {
            call(canvas, "zoomGestureAt", {window->width() / 2.0, window->height() / 2.0, z});
        });
    }
    // The gesture's end: the frame that lays the view out for its final zoom, once it settles.
    Frames settle;
    if (scenarios.contains(u"zoom"_s) && frames > 0) {
        timed(settle, [&] {
            call(canvas, "zoomGestureAt", {window->width() / 2.0, window->height() / 2.0, 0.8});
        });
        QEventLoop pause;
        QObject::connect(canvas, SIGNAL(layoutZoomChanged()), &pause, SLOT(quit()));
        QTimer::singleShot(2000, &pause, &QEventLoop::quit);
        pause.exec();
        settle.wall.clear();
        settle.cpu.clear();
        timed(settle, [] {});
    }
    timeFrame(window, [&] { showAt(0.5, centre); });
    const QStringList selected = componentsNearCentre(design, centre, 100);
    if (!selected.isEmpty() && scenarios.contains(u"drag"_s)) {
        session.selection()->setComponents(selected);
        const Component *grab = design.component(selected.front());
        const double z = canvas->property("zoom").toDouble();
        const QPointF origin(canvas->property("panX").toDouble(),
                             canvas->property("panY").toDouble());
        QPointF pos = origin + grab->center() * z;
        const Qt::KeyboardModifiers noSnap = Qt::AltModifier; // every frame really moves
        timeFrame(window, [&] {
            sendMouse(window, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton,
                      noSnap);
        });
        for (int i = 0; i < frames; ++i) {
            const double dir = (i / 40) % 2 == 0 ? 1 : -1;
            pos += QPointF(4 * dir, 2 * dir);
            timed(drag, [&] {
                sendMouse(window, QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton, noSnap);
            });
        }
        timeFrame(window, [&] {
            sendMouse(window, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton,
                      noSnap);
        });
    }

    // The view to leave on screen: the requested zoom around the middle of the design, or a fit.
    if (parser.isSet(u"zoom"_s))
        timeFrame(window, [&] { showAt(parser.value(u"zoom"_s).toDouble(), centre); });
    else
        timeFrame(window, [&] { call(canvas, "fitToContent"); });
    session.selection()->clear();
    if (QObject *controller = canvas->property("controller").value<QObject *>())
        QMetaObject::invokeMethod(controller, "leave");
    timeFrame(window, [] {});
    if (parser.isSet(u"grab"_s)) {
        // The settled view: text that loads asynchronously has loaded by then.
        QEventLoop settleLoop;
        QTimer::singleShot(1500, &settleLoop, &QEventLoop::quit);
        settleLoop.exec();
        const QImage image = window->grabWindow();
        if (image.isNull() || !image.save(parser.value(u"grab"_s), "PNG")) {
            err(u"bench-canvas: could not write %1\n"_s.arg(parser.value(u"grab"_s)));
            return ExitBadInput;
        }
    }

    if (parser.isSet(u"trace"_s)) {
        QByteArray csv = "scenario,frame,zoom,wall_ms,cpu_ms\n";
        const std::pair<const char *, const Frames *> all[]
            = {{"pan", &pan}, {"zoom", &zoom}, {"drag", &drag}};
        for (const auto &[name, f] : all) {
            for (qsizetype i = 0; i < f->wall.size(); ++i)
                csv += QByteArray(name) + ',' + QByteArray::number(i) + ','
                       + QByteArray::number(f->zoom.value(i), 'f', 4) + ','
                       + QByteArray::number(f->wall.at(i), 'f', 2) + ','
                       + QByteArray::number(f->cpu.at(i), 'f', 2) + '\n';
        }
        if (!writeOutput(parser.value(u"trace"_s), csv))
            return ExitBadInput;
    }

    // What the layers hold for the view left on screen (vertices: built tiles, GPU scene graph).
    QJsonObject layers;
    for (const char *name : {"edgeLayer", "cardLayer"}) {
        QVariantMap stats;
        if (auto *layer = canvas->property(name).value<QObject *>();
            layer && QMetaObject::invokeMethod(layer, "stats", Q_RETURN_ARG(QVariantMap, stats)))
            layers.insert(QString::fromLatin1(name), QJsonObject::fromVariantMap(stats));
    }

    const auto api = window->rendererInterface()->graphicsApi();
    QJsonObject result{
        {u"file"_s, source},
        {u"components"_s, int(design.components().size())},
        {u"connections"_s, int(design.connections().size())},
        {u"renderer"_s, api == QSGRendererInterface::Software ? u"software"_s : u"opengl"_s},
        {u"load_ms"_s, std::round(loadMs * 10) / 10},
        {u"created_ms"_s, std::round(createdMs * 10) / 10},
        {u"first_frame_ms"_s, std::round(firstFrameMs * 10) / 10},
        {u"pan"_s, summary(pan)},
        {u"zoom"_s,
         [&] {
             QJsonObject z = summary(zoom);
             if (!settle.wall.isEmpty())
                 z.insert(u"settle_ms"_s, std::round(settle.wall.front() * 100) / 100);
             return z;
         }()},
        {u"drag"_s, summary(drag)},
        {u"layers"_s, layers},
        {u"view"_s, QJsonObject{{u"zoom"_s, canvas->property("zoom").toDouble()},
                                {u"panX"_s, canvas->property("panX").toDouble()},
                                {u"panY"_s, canvas->property("panY").toDouble()},
                                {u"width"_s, window->width()},
                                {u"height"_s, window->height()}}},
    };
    outBytes(QJsonDocument(result).toJson(QJsonDocument::Indented));

    if (parser.isSet(u"hold"_s)) {
        QEventLoop hold;
        QTimer::singleShot(int(parser.value(u"hold"_s).toDouble() * 1000), &hold,
                           &QEventLoop::quit);
        hold.exec();
    }
    return ExitOk;
}

const VerbRegistration
    registration({"bench-canvas", runBenchCanvas, true, "bench-canvas FILE [--frames N]",
                  "time canvas frames (pan, zoom, drag); opens a window", 90, true});

} // namespace

} // namespace mlsd::cli
