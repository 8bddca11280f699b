// Export in the app: the controller behind File › Export… writes the same bytes as the command
// line, previews what it writes (and only what is current), suggests a file beside the design,
// and fails cleanly, naming the file. Also the core helpers it shares with the CLI (exporter.h).
#include "export/exporter.h"
#include "session/exportcontroller.h"
#include "session/session.h"
#include "testutil.h"

#include "io/designwriter.h"
#include "model/catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

namespace {

const QString example = u"resources/examples/homepage-recommendations.mlsd"_s;

/// Waits for the controller's preview of the current state.
bool waitForPreview(ExportController &controller)
{
    if (!controller.isBusy() && !controller.previewKind().isEmpty())
        return true;
    QSignalSpy spy(&controller, &ExportController::previewChanged);
    return QTest::qWaitFor([&] { return !controller.isBusy() && spy.count() > 0; }, 30000);
}

/// A session with a design open (the example unless told) and an export controller on it.
struct Exporting
{
    Session session;
    ExportController controller;
    bool opened;

    explicit Exporting(const QString &file = test::sourcePath(example))
        : opened(session.open(file))
    {
        controller.setSession(&session);
    }
    /// Opens the dialog on \a format and waits for its preview.
    [[nodiscard]] bool preview(const QString &format)
    {
        controller.setFormat(format);
        controller.setActive(true);
        return waitForPreview(controller);
    }
};

QByteArray decodeDataUrl(const QUrl &url, QByteArray *mime)
{
    const QString text = url.toString();
    const qsizetype comma = text.indexOf(u',');
    const QString head = text.left(comma); // data:MIME;base64
    *mime = head.mid(5, head.indexOf(u';') - 5).toLatin1();
    return QByteArray::fromBase64(text.mid(comma + 1).toLatin1());
}

/// A design with 600 connections and no zones: too large for any Mermaid chart.
Design tooLargeForMermaid()
{
    Design d;
    d.title = u"Big"_s;
    for (int i = 0; i < 100; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        c.type = u"ranking"_s;
        c.x = (i % 10) * 260;
        c.y = (i / 10) * 160;
        d.appendComponent(c);
    }
    for (int i = 0; i < 600; ++i) {
        Connection e;
        e.id = u"e%1"_s.arg(i);
        e.from = u"c%1"_s.arg(i % 100);
        e.to = u"c%1"_s.arg((i * 3 + 1) % 100);
        d.appendConnection(e);
    }
    return d;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void fileStems_data();
    void fileStems();
    void defaultTarget_data();
    void defaultTarget();
    void writesWhatTheCommandLineWrites_data();
    void writesWhatTheCommandLineWrites();
    void pdfIsOneFittedPage();
    void previewShowsWhatIsWritten_data();
    void previewShowsWhatIsWritten();
    void pngScale();
    void editsRefreshThePreviewAndTheExport();
    void inactiveControllerDoesNoWorkButExports();
    void suggestionFollowsTheLastExport();
    void suffixIsAddedWhenMissing();
    void failureNamesTheFileAndWritesNothing();
    void formatThatCannotBeExported();
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExport::formats_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("md") << u"a/b.md"_s << u"markdown"_s << u"md"_s;
    QTest::newRow("markdown") << u"b.MARKDOWN"_s << u"markdown"_s << u"md"_s;
    QTest::newRow("html") << u"b.html"_s << u"html"_s << u"html"_s;
    QTest::newRow("htm") << u"b.Htm"_s << u"html"_s << u"html"_s;
    QTest::newRow("mmd") << u"b.mmd"_s << u"mermaid"_s << u"mmd"_s;
    QTest::newRow("svg") << u"b.svg"_s << u"svg"_s << u"svg"_s;
    QTest::newRow("png") << u"b.PNG"_s << u"png"_s << u"png"_s;
    QTest::newRow("pdf") << u"b.pdf"_s << u"pdf"_s << u"pdf"_s;
    QTest::newRow("unknown") << u"b.txt"_s << QString() << QString();
    QTest::newRow("none") << u"README"_s << QString() << QString();
}

void TestExport::formats()
{
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(QString, suffix);
    const auto format = exportFormatForPath(path);
    QCOMPARE(format.has_value(), !id.isEmpty());
    if (!format)
        return;
    QCOMPARE(exportFormatId(*format), id);
    QCOMPARE(exportFormatSuffix(*format), suffix);
    QCOMPARE(exportFormatFromId(id), format);
    QCOMPARE(imageFormatOf(*format).has_value(),
             id == u"svg"_s || id == u"png"_s || id == u"pdf"_s);
}

void TestExport::fileStems_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("stem");
    QTest::newRow("words") << u"Homepage video recommendations"_s
                           << u"homepage-video-recommendations"_s;
    QTest::newRow("punctuation") << u"  Ads: CTR / pCTR (v2)!  "_s << u"ads-ctr-pctr-v2"_s;
    QTest::newRow("accents") << u"Détection de fraude"_s << u"detection-de-fraude"_s;
    QTest::newRow("path characters") << u"../../etc/passwd"_s << u"etc-passwd"_s;
    QTest::newRow("empty") << QString() << u"design"_s;
    QTest::newRow("symbols only") << u"*** ???"_s << u"design"_s;
    QTest::newRow("long") << QString(200, u'x') << QString(60, u'x');
}

void TestExport::fileStems()
{
    QFETCH(QString, title);
    QFETCH(QString, stem);
    QCOMPARE(fileStemForTitle(title), stem);
}

void TestExport::defaultTarget_data()
{
    QTest::addColumn<QString>("designPath");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("markdown beside")
        << u"/work/designs/feed.mlsd"_s << u"Feed"_s << u"markdown"_s << u"/work/designs/feed.md"_s;
    QTest::newRow("html beside") << u"/work/designs/feed.v2.mlsd"_s << u"Feed"_s << u"html"_s
                                 << u"/work/designs/feed.v2.html"_s;
    QTest::newRow("png beside") << u"/work/designs/feed.mlsd"_s << QString() << u"png"_s
                                << u"/work/designs/feed.png"_s;
    QTest::newRow("mermaid beside")
        << u"/w/feed.json"_s << QString() << u"mermaid"_s << u"/w/feed.mmd"_s;
    QTest::newRow("unsaved: from the title")
        << QString() << u"Fraud scoring, v1"_s << u"pdf"_s << u"/fallback/fraud-scoring-v1.pdf"_s;
    QTest::newRow("unsaved, untitled")
        << QString() << QString() << u"svg"_s << u"/fallback/design.svg"_s;
}

void TestExport::defaultTarget()
{
    QFETCH(QString, designPath);
    QFETCH(QString, title);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QCOMPARE(defaultExportPath(designPath, title, *exportFormatFromId(format), u"/fallback"_s),
             expected);
}

void TestExport::writesWhatTheCommandLineWrites_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QStringList>("cli");
    QTest::newRow("markdown") << u"markdown"_s << u"light"_s << 1.0 << QStringList{u"export"_s};
    QTest::newRow("html") << u"html"_s << u"light"_s << 1.0 << QStringList{u"export"_s};
    QTest::newRow("mermaid") << u"mermaid"_s << u"light"_s << 1.0 << QStringList{u"export"_s};
    QTest::newRow("svg dark") << u"svg"_s << u"dark"_s << 1.0
                              << QStringList{u"render"_s, u"--theme"_s, u"dark"_s};
    QTest::newRow("png 2x") << u"png"_s << u"light"_s << 2.0
                            << QStringList{u"render"_s, u"--scale"_s, u"2"_s};
    QTest::newRow("png 1x dark") << u"png"_s << u"dark"_s << 1.0
                                 << QStringList{u"render"_s, u"--theme"_s, u"dark"_s};
}

void TestExport::writesWhatTheCommandLineWrites()
{
    QFETCH(QString, format);
    QFETCH(QString, theme);
    QFETCH(double, scale);
    QFETCH(QStringList, cli);
    Exporting x;
    QVERIFY2(x.opened, qPrintable(x.session.errorMessage()));
    ExportController &controller = x.controller;
    controller.setFormat(format);
    controller.setTheme(theme);
    controller.setScale(scale);
    controller.setActive(true);
    QVERIFY(waitForPreview(controller));
    QVERIFY2(controller.previewError().isEmpty(), qPrintable(controller.previewError()));

    QTemporaryDir dir;
    const QString app = dir.filePath(u"app."_s + controller.suffix());
    const QString command = dir.filePath(u"cli."_s + controller.suffix());
    QSignalSpy finished(&controller, &ExportController::exportFinished);
    QVERIFY2(controller.exportTo(QUrl::fromLocalFile(app).toString()),
             qPrintable(controller.lastError()));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(controller.lastPath(), app);
    QVERIFY(controller.lastMessage().contains(QDir::toNativeSeparators(app)));
    QVERIFY(controller.lastError().isEmpty());

    const test::Run run = test::runCli(
        QStringList{cli.front(), test::sourcePath(example), u"-o"_s, command} + cli.mid(1));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray written = test::readFile(app);
    QVERIFY(!written.isEmpty());
    QCOMPARE(written, test::readFile(command));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary file left
}

void TestExport::pdfIsOneFittedPage()
{
    Exporting x;
    QVERIFY(x.opened);
    ExportController &controller = x.controller;
    QVERIFY(x.preview(u"pdf"_s));
    // The preview is a picture of the page: A4 landscape for this wide design.
    QCOMPARE(controller.previewKind(), u"image"_s);
    const QSize page = controller.previewImageSize();
    QVERIFY(page.width() > page.height());
    QVERIFY(qAbs(double(page.width()) / page.height() - 297.0 / 210.0) < 0.01);
    QVERIFY(controller.summary().contains(u"landscape"_s));
    QByteArray mime;
    const QImage picture = QImage::fromData(decodeDataUrl(controller.previewImage(), &mime));
    QCOMPARE(mime, QByteArray("image/png"));
    QCOMPARE(picture.size(), page);
    QCOMPARE(picture.pixelColor(2, 2), QColor(Qt::white)); // the paper's margin

    QTemporaryDir dir;
    QVERIFY(controller.exportTo(dir.filePath(u"d.pdf"_s)));
    const QByteArray pdf = test::readFile(dir.filePath(u"d.pdf"_s));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/Count 1"));
}

void TestExport::previewShowsWhatIsWritten_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("kind");
    QTest::newRow("markdown") << u"markdown"_s << u"rich"_s;
    QTest::newRow("html") << u"html"_s << u"rich"_s;
    QTest::newRow("mermaid") << u"mermaid"_s << u"text"_s;
    QTest::newRow("svg") << u"svg"_s << u"image"_s;
    QTest::newRow("png") << u"png"_s << u"image"_s;
}

void TestExport::previewShowsWhatIsWritten()
{
    QFETCH(QString, format);
    QFETCH(QString, kind);
    Exporting x;
    QVERIFY(x.opened);
    ExportController &controller = x.controller;
    QVERIFY(x.preview(format));
    QCOMPARE(controller.previewKind(), kind);
    QVERIFY(!controller.summary().isEmpty());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"out"_s);
    QVERIFY(controller.exportTo(file));
    const QByteArray written = test::readFile(controller.lastPath());

    if (format == u"markdown"_s) {
        // The Markdown rendered by the app's cmark-gfm renderer, and the source is the file.
        QCOMPARE(controller.sourceText().toUtf8(), written);
        QVERIFY(controller.previewText().contains(u"<h1>Homepage video recommendations</h1>"_s));
        QVERIFY(controller.previewText().contains(u"<table border=\"1\""_s));
        QVERIFY(controller.previewText().contains(u"<code class=\"language-mermaid\">"_s));
        QVERIFY(
            !controller.previewText().contains(u"<input"_s)); // task boxes as ☐ / ☑ for RichText
        QVERIFY(controller.summary().contains(u"lines"_s));
    } else if (format == u"html"_s) {
        // The same document, with the diagram as an image where the file has its inline SVG.
        QVERIFY(written.contains("<svg"));
        QVERIFY(controller.previewText().contains(u"<h1>Homepage video recommendations</h1>"_s));
        QVERIFY(!controller.previewText().contains(u"<svg"_s));
        const qsizetype img
            = controller.previewText().indexOf(u"<img src=\"data:image/png;base64,"_s);
        QVERIFY(img > controller.previewText().indexOf(u"<h2>Architecture</h2>"_s));
        QVERIFY(img < controller.previewText().indexOf(u"<h2>Components</h2>"_s));
        QVERIFY(
            controller.previewText().contains(u"width=\"%1\""_s.arg(controller.previewWidth())));
    } else if (format == u"mermaid"_s) {
        QCOMPARE(controller.previewText().toUtf8(), written);
        QVERIFY(written.startsWith("flowchart LR\n"));
    } else {
        // The image shown is the file itself.
        QByteArray mime;
        QCOMPARE(decodeDataUrl(controller.previewImage(), &mime), written);
        QCOMPARE(mime, format == u"svg"_s ? QByteArray("image/svg+xml") : QByteArray("image/png"));
        if (format == u"png"_s)
            QCOMPARE(QImage::fromData(written).size(), controller.previewImageSize());
    }
}

void TestExport::pngScale()
{
    Exporting x;
    QVERIFY(x.opened);
    ExportController &controller = x.controller;
    controller.setFormat(u"png"_s);
    controller.setScale(1);
    controller.setActive(true);
    QVERIFY(waitForPreview(controller));
    const QSize one = controller.previewImageSize();
    controller.setScale(2);
    QVERIFY(controller.isBusy());
    QVERIFY(waitForPreview(controller));
    const QSize two = controller.previewImageSize();
    QVERIFY(qAbs(two.width() - 2 * one.width()) <= 1);
    QVERIFY(qAbs(two.height() - 2 * one.height()) <= 1);
    QVERIFY(controller.summary().contains(QLocale().toString(two.width())));
}

void TestExport::editsRefreshThePreviewAndTheExport()
{
    Exporting x;
    QVERIFY(x.opened);
    ExportController &controller = x.controller;
    QVERIFY(x.preview(u"markdown"_s));
    QVERIFY(!controller.previewText().contains(u"Renamed ranker"_s));

    // Exported right after an edit (the preview still on its debounce): the edit is in the file.
    x.session.document()->setComponentLabel(u"rk"_s, u"Renamed ranker"_s);
    QVERIFY(controller.isBusy());
    QTemporaryDir dir;
    QVERIFY(controller.exportTo(dir.filePath(u"now.md"_s)));
    QVERIFY(test::readFile(dir.filePath(u"now.md"_s)).contains("Renamed ranker"));

    // And the preview catches up.
    QVERIFY(waitForPreview(controller));
    QVERIFY(controller.previewText().contains(u"Renamed ranker"_s));
    QVERIFY(controller.sourceText().contains(u"Renamed ranker"_s));

    // Undo: the preview follows again.
    x.session.history()->undo();
    QVERIFY(waitForPreview(controller));
    QVERIFY(!controller.previewText().contains(u"Renamed ranker"_s));
}

void TestExport::inactiveControllerDoesNoWorkButExports()
{
    Exporting x;
    QVERIFY(x.opened);
    ExportController &controller = x.controller;
    x.session.document()->setComponentLabel(u"rk"_s, u"Edited while closed"_s);
    QTest::qWait(ExportController::debounceMs * 3);
    QVERIFY(!controller.isBusy());
    QVERIFY(controller.previewKind().isEmpty());
    QTemporaryDir dir;
    QVERIFY(controller.exportTo(dir.filePath(u"closed.md"_s)));
    QVERIFY(test::readFile(dir.filePath(u"closed.md"_s)).contains("Edited while closed"));
}

void TestExport::suggestionFollowsTheLastExport()
{
    QTemporaryDir dir;
    const QString designPath = dir.filePath(u"designs/feed.mlsd"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"designs"_s)));
    QVERIFY(QFile::copy(test::sourcePath(example), designPath));
    Session session;
    QVERIFY(session.open(designPath));
    ExportController controller;
    QSignalSpy suggested(&controller, &ExportController::suggestedPathChanged);
    controller.setSession(&session);
    QCOMPARE(controller.suggestedPath(), dir.filePath(u"designs/feed.md"_s));
    QCOMPARE(controller.suggestedFolderUrl(), QUrl::fromLocalFile(dir.filePath(u"designs"_s)));
    controller.setFormat(u"png"_s);
    QCOMPARE(controller.suggestedPath(), dir.filePath(u"designs/feed.png"_s));
    QCOMPARE(controller.nameFilters().front(), u"PNG files (*.png)"_s);

    // After an export to another folder, the next suggestion is there, under the design's name.
    QVERIFY(QDir().mkpath(dir.filePath(u"docs"_s)));
    suggested.clear();
    QVERIFY(controller.exportTo(dir.filePath(u"docs/diagram.png"_s)));
    QVERIFY(suggested.count() > 0);
    QCOMPARE(controller.lastFolderUrl(), QUrl::fromLocalFile(dir.filePath(u"docs"_s)));
    controller.setFormat(u"html"_s);
    QCOMPARE(controller.suggestedPath(), dir.filePath(u"docs/feed.html"_s));

    // A design never saved: a name made from its title.
    Session fresh;
    fresh.newDesign();
    fresh.setDesignTitle(u"Fraud scoring, v1"_s);
    ExportController other;
    other.setSession(&fresh);
    QCOMPARE(QFileInfo(other.suggestedPath()).fileName(), u"fraud-scoring-v1.md"_s);
}

void TestExport::suffixIsAddedWhenMissing()
{
    Exporting x;
    QVERIFY(x.opened);
    ExportController &controller = x.controller;
    controller.setFormat(u"mermaid"_s);
    QTemporaryDir dir;
    QVERIFY(controller.exportTo(dir.filePath(u"chart"_s)));
    QCOMPARE(controller.lastPath(), dir.filePath(u"chart.mmd"_s));
    QVERIFY(test::readFile(dir.filePath(u"chart.mmd"_s)).startsWith("flowchart LR\n"));
    // A name with a suffix of its own is kept as chosen.
    QVERIFY(controller.exportTo(dir.filePath(u"chart.txt"_s)));
    QVERIFY(QFileInfo::exists(dir.filePath(u"chart.txt"_s)));
}

void TestExport::failureNamesTheFileAndWritesNothing()
{
    Exporting x;
    QVERIFY(x.opened);
    ExportController &controller = x.controller;
    QTemporaryDir dir;
    // A folder that cannot exist: its parent is a file.
    QVERIFY(test::writeFile(dir.filePath(u"plain-file"_s), "x"));
    const QString target = dir.filePath(u"plain-file/out.md"_s);
    QSignalSpy finished(&controller, &ExportController::exportFinished);
    QVERIFY(!controller.exportTo(target));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(controller.lastError().contains(target), qPrintable(controller.lastError()));
    QVERIFY(controller.lastMessage().contains(u"Nothing was written"_s));
    QVERIFY(controller.lastPath().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList{u"plain-file"_s});
    QVERIFY(!controller.exportTo(QString()));
    QVERIFY(!controller.lastError().isEmpty());

    // The next success clears the error; opening the dialog again clears it too.
    QVERIFY(controller.exportTo(dir.filePath(u"ok.md"_s)));
    QVERIFY(controller.lastError().isEmpty());
    QVERIFY(!controller.exportTo(target));
    controller.setActive(true);
    QVERIFY(controller.lastError().isEmpty());
}

void TestExport::formatThatCannotBeExported()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"big.mlsd"_s);
    QVERIFY(test::writeFile(file, serializeDesign(tooLargeForMermaid())));
    Exporting x(file);
    QVERIFY(x.opened);
    ExportController &controller = x.controller;
    QVERIFY(x.preview(u"mermaid"_s));
    QVERIFY(controller.previewError().contains(u"too large for a Mermaid chart"_s));
    QVERIFY(controller.previewKind().isEmpty());
    QVERIFY(!controller.exportTo(dir.filePath(u"big.mmd"_s)));
    QVERIFY(controller.lastError().contains(dir.filePath(u"big.mmd"_s)));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"big.mmd"_s)));
    // Markdown still exports it: the document says the chart was left out.
    controller.setFormat(u"markdown"_s);
    QVERIFY(waitForPreview(controller));
    QVERIFY(controller.previewError().isEmpty());
    QVERIFY(controller.exportTo(dir.filePath(u"big.md"_s)));
}

QTEST_MAIN(TestExport)
#include "tst_ui_export.moc"
