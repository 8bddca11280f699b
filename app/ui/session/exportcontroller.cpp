#include "session/exportcontroller.h"

#include "check/templates.h"
#include "export/htmlexport.h"
#include "export/markdownrenderer.h"
#include "model/catalog.h"
#include "session/uiutil.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

/// Long side of the picture of a PDF page.
constexpr int pdfPreviewSide = 1400;
/// The HTML preview's diagram is drawn at up to this many pixels per layout pixel (sharp on HiDPI).
constexpr double htmlDiagramDensity = 2;

QString sizeText(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QUrl dataUrl(const QByteArray &mime, const QByteArray &data)
{
    return QUrl(QString::fromLatin1("data:" + mime + ";base64," + data.toBase64()));
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString cut(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    return text.first(max)
           + u"\n\n… (%1 more characters in the file)"_s.arg(QLocale().toString(text.size() - max));
}

/// The HTML preview's diagram: a PNG of the design as an `<img>` at most \a width pixels wide.
QString diagramImageTag(const Design &design, const Catalog &catalog, int width, bool dark)
{
    const QRectF scene = DiagramRenderer(design, catalog).sceneRect();
    const double shown = std::min<double>(scene.width(), std::max(width, 64));
    ImageOptions options;
    options.theme = dark ? DiagramTheme::Dark : DiagramTheme::Light;
    options.scale
        = std::clamp(shown * htmlDiagramDensity / scene.width(), imagelimits::minScale, 1.0);
    const ImageResult image = renderImage(design, catalog, ImageFormat::Png, options);
    if (!image.ok())
        return {};
    const int height = int(std::lround(scene.height() * shown / scene.width()));
    return u"<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"Architecture diagram\"></p>"_s.arg(
        dataUrl("image/png", image.data).toString(QUrl::FullyEncoded),
        QString::number(int(std::lround(shown))), QString::number(height));
}

} // namespace

ExportController::ExportController(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    m_pool.setMaxThreadCount(1);
    connect(&m_debounce, &QTimer::timeout, this, &ExportController::refresh);
}

ExportController::~ExportController()
{
    m_generation.fetchAndAddOrdered(1); // queued previews skip themselves
    m_pool.waitForDone();
}

void ExportController::setSession(Session *session)
{
    if (!m_connections.follow(m_session, session))
        return;
    if (session) {
        m_connections << connect(session->document(), &Document::contentChanged, this,
                                 &ExportController::schedule);
        m_connections << connect(session, &Session::filePathChanged, this,
                                 &ExportController::suggestedPathChanged);
        m_connections << connect(session, &Session::titleChanged, this,
                                 &ExportController::suggestedPathChanged);
    }
    emit sessionChanged();
    emit suggestedPathChanged();
    schedule();
}

void ExportController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    if (active) {
        // A new round: the last failure is history.
        if (!m_lastError.isEmpty()) {
            m_lastError.clear();
            m_lastMessage.clear();
            emit resultChanged();
        }
        refresh();
    } else
        m_debounce.stop();
}

void ExportController::setFormat(const QString &id)
{
    const auto format = exportFormatFromId(id);
    if (!format || *format == m_options.format)
        return;
    m_options.format = *format;
    emit formatChanged();
    emit suggestedPathChanged();
    optionsChanged();
}

QString ExportController::theme() const
{
    return m_options.image.theme == DiagramTheme::Dark ? u"dark"_s : u"light"_s;
}

void ExportController::setTheme(const QString &id)
{
    const auto theme = diagramThemeFromId(id);
    if (!theme || *theme == m_options.image.theme)
        return;
    m_options.image.theme = *theme;
    emit themeChanged();
    if (isImageFormat())
        optionsChanged();
}

void ExportController::setScale(double scale)
{
    scale = std::clamp(scale, imagelimits::minScale, imagelimits::maxScale);
    if (qFuzzyCompare(scale, m_options.image.scale))
        return;
    m_options.image.scale = scale;
    emit scaleChanged();
    if (m_options.format == ExportFormat::Png)
        optionsChanged();
}

QVariantList ExportController::formats()
{
    struct Entry
    {
        ExportFormat format;
        const char *name;
        const char *description;
    };
    static const Entry entries[] = {
        {ExportFormat::Markdown, QT_TR_NOOP("Markdown"),
         QT_TR_NOOP("A document with a Mermaid diagram, for GitHub and GitLab")},
        {ExportFormat::Html, QT_TR_NOOP("HTML"),
         QT_TR_NOOP("One self-contained page with the diagram inline")},
        {ExportFormat::Mermaid, QT_TR_NOOP("Mermaid"), QT_TR_NOOP("The flowchart source alone")},
        {ExportFormat::Svg, QT_TR_NOOP("SVG"), QT_TR_NOOP("A vector image; labels stay text")},
        {ExportFormat::Png, QT_TR_NOOP("PNG"),
         QT_TR_NOOP("A bitmap image, 1× or 2× for HiDPI screens")},
        {ExportFormat::Pdf, QT_TR_NOOP("PDF"), QT_TR_NOOP("One A4 page, the diagram fitted to it")},
    };
    QVariantList list;
    for (const Entry &e : entries) {
        list << QVariantMap{{u"id"_s, exportFormatId(e.format)},
                            {u"name"_s, tr(e.name)},
                            {u"description"_s, tr(e.description)},
                            {u"suffix"_s, exportFormatSuffix(e.format)},
                            {u"image"_s, imageFormatOf(e.format).has_value()}};
    }
    return list;
}

void ExportController::setPreviewWidth(int width)
{
    width = std::max(width, 64);
    if (m_previewWidth == width)
        return;
    m_previewWidth = width;
    emit previewWidthChanged();
    if (m_options.format == ExportFormat::Html)
        optionsChanged();
}

void ExportController::setPreviewDark(bool dark)
{
    if (m_previewDark == dark)
        return;
    m_previewDark = dark;
    emit previewDarkChanged();
    if (m_options.format == ExportFormat::Html)
        optionsChanged();
}

QString ExportController::suggestedPath() const
{
    QString folder = m_lastFolder;
    if (folder.isEmpty() && m_session && m_session->filePath().isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!m_session)
        return defaultExportPath({}, {}, m_options.format, folder);
    const QString designPath = m_session->filePath();
    const QString path
        = defaultExportPath(designPath, m_session->designTitle(), m_options.format, folder);
    // After an export elsewhere, the next goes to the same folder under the same name.
    if (!m_lastFolder.isEmpty() && !designPath.isEmpty())
        return QDir(m_lastFolder).filePath(QFileInfo(path).fileName());
    return path;
}

QUrl ExportController::suggestedUrl() const
{
    return QUrl::fromLocalFile(suggestedPath());
}

QUrl ExportController::suggestedFolderUrl() const
{
    return QUrl::fromLocalFile(QFileInfo(suggestedPath()).absolutePath());
}

QString ExportController::formatName(ExportFormat format)
{
    const QString id = exportFormatId(format);
    for (const QVariant &f : formats()) {
        const QVariantMap map = f.toMap();
        if (map.value(u"id"_s).toString() == id)
            return map.value(u"name"_s).toString();
    }
    return id;
}

QStringList ExportController::nameFilters() const
{
    return {tr("%1 files (*.%2)").arg(formatName(m_options.format), suffix()), tr("All files (*)")};
}

void ExportController::schedule()
{
    m_generation.fetchAndAddOrdered(1); // whatever is being made now is stale
    if (!m_active)
        return;
    setBusy(true);
    m_debounce.start();
}

void ExportController::optionsChanged()
{
    schedule();
}

ExportController::Request ExportController::request(int generation) const
{
    Request r;
    r.generation = generation;
    if (m_session)
        r.design = m_session->document()->design();
    r.options = m_options;
    r.previewWidth = m_previewWidth;
    r.previewDark = m_previewDark;
    return r;
}

void ExportController::refresh()
{
    m_debounce.stop();
    if (!m_active)
        return;
    setBusy(true);
    const int generation = m_generation.fetchAndAddOrdered(1) + 1;
    m_pool.start([this, r = request(generation)] {
        if (m_generation.loadAcquire() != r.generation)
            return; // overtaken by a newer change
        Preview preview = makePreview(r);
        // The controller outlives the task (its destructor waits for the pool).
        QMetaObject::invokeMethod(
            this, [this, preview] { deliver(preview); }, Qt::QueuedConnection);
    });
}

ExportController::Preview ExportController::makePreview(const Request &r)
{
    const Catalog &catalog = Catalog::builtin();
    Preview p;
    p.generation = r.generation;
    const ExportCheck check = checkForExport(r.design, TemplateRegistry::builtin(), catalog);
    const Report *report = check.report ? &*check.report : nullptr;
    if (!check.warning.isEmpty())
        p.warnings << check.warning;
    p.exported = exportDesign(r.design, catalog, report, r.options);
    p.warnings << p.exported.warnings;
    if (!p.exported.ok())
        return p;

    const QByteArray &data = p.exported.data;
    const QString size = sizeText(data.size());
    switch (r.options.format) {
    case ExportFormat::Markdown: {
        const QString text = QString::fromUtf8(data);
        p.kind = u"rich"_s;
        p.text = markdown::toRichText(text);
        p.source = cut(text, maxPreviewText);
        p.summary = tr("%1 lines · %2").arg(QLocale().toString(text.count(u'\n')), size);
        break;
    }
    case ExportFormat::Html:
        p.kind = u"rich"_s;
        p.text = htmlPreviewRichText(
            r.design, catalog, report,
            diagramImageTag(r.design, catalog, r.previewWidth, r.previewDark));
        p.source = cut(QString::fromUtf8(data), maxPreviewText);
        p.summary = tr("One file · %1").arg(size);
        break;
    case ExportFormat::Mermaid: {
        const QString text = QString::fromUtf8(data);
        p.kind = u"text"_s;
        p.text = cut(text, maxPreviewText);
        p.source = p.text;
        p.summary = tr("%1 lines · %2").arg(QLocale().toString(text.count(u'\n')), size);
        break;
    }
    case ExportFormat::Svg:
    case ExportFormat::Png: {
        const bool svg = r.options.format == ExportFormat::Svg;
        p.kind = u"image"_s;
        p.image = dataUrl(svg ? "image/svg+xml" : "image/png", data);
        p.imageSize = p.exported.pixelSize;
        p.summary = tr("%1 × %2 px · %3")
                        .arg(QLocale().toString(p.imageSize.width()),
                             QLocale().toString(p.imageSize.height()), size);
        break;
    }
    case ExportFormat::Pdf: {
        const QImage page = pdfPagePreview(r.design, catalog, r.options.image, pdfPreviewSide);
        p.kind = u"image"_s;
        p.image = dataUrl("image/png", pngBytes(page));
        p.imageSize = page.size();
        p.summary = tr("A4 %1 · 1 page · %2")
                        .arg(page.width() > page.height() ? tr("landscape") : tr("portrait"), size);
        break;
    }
    }
    return p;
}

void ExportController::deliver(const Preview &preview)
{
    if (preview.generation != m_generation.loadAcquire())
        return; // stale: the design or the options changed while it was being made
    m_preview = preview;
    emit previewChanged();
    if (!m_debounce.isActive())
        setBusy(false);
}

void ExportController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

bool ExportController::exportTo(const QString &target)
{
    QString path = localPath(target);
    const QString name = formatName(m_options.format);
    m_lastError.clear();
    m_lastMessage.clear();
    if (path.isEmpty()) {
        m_lastError = tr("No file was chosen, so nothing was exported.");
        m_lastMessage = m_lastError;
        finish(false);
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix();
    path = QFileInfo(path).absoluteFilePath();

    // The previewed bytes when they are current, else a fresh export.
    const bool current = !m_busy && !m_debounce.isActive()
                         && m_preview.generation == m_generation.loadAcquire()
                         && m_preview.generation != 0;
    const ExportResult result
        = current ? m_preview.exported : makePreview(request(m_generation.loadAcquire())).exported;
    QString error = result.error.isEmpty() ? QString() : path + u": "_s + result.error;
    if (error.isEmpty())
        error = writeExport(path, result);
    if (!error.isEmpty()) {
        m_lastError = error;
        m_lastMessage = tr("Could not export %1. Nothing was written.").arg(name);
        finish(false);
        return false;
    }
    m_lastPath = path;
    m_lastFolder = QFileInfo(path).absolutePath();
    m_lastMessage = tr("Exported %1 to %2").arg(name, QDir::toNativeSeparators(path));
    emit suggestedPathChanged();
    finish(true);
    return true;
}

QUrl ExportController::lastFolderUrl() const
{
    return m_lastPath.isEmpty() ? QUrl()
                                : QUrl::fromLocalFile(QFileInfo(m_lastPath).absolutePath());
}

void ExportController::finish(bool ok)
{
    emit resultChanged();
    emit exportFinished(ok);
}

} // namespace mlsd::ui
