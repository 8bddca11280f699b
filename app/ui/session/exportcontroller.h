#pragma once

#include "export/exporter.h"
#include "session/connections.h"
#include "session/session.h"

#include <QAtomicInteger>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The export dialog's logic: the format and its options, a live preview of what will be written,
 * the default target beside the design, and the atomic write through the core exporter
 * (exporter.h, the same code as `mlsdboard export` and `mlsdboard render`).
 *
 * While `active`, every edit of the design or the options restarts a short debounce; then a copy
 * of the design (implicitly shared, cheap) is checked and exported on a worker thread. The result
 * holds the exact bytes to write and their preview: Markdown and HTML as RichText (the app's
 * cmark-gfm renderer; HTML with the diagram as an image where the file has its inline SVG), Mermaid
 * as its source, SVG and PNG as the file itself, PDF as a picture of its page. A result that an
 * edit has overtaken is dropped; exportTo() writes the previewed bytes when they are current and
 * exports afresh otherwise.
 */
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The preview is kept up to date only while active (the dialog is open).
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    /// "markdown", "html", "mermaid", "svg", "png" or "pdf".
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY formatChanged)
    /// Images: "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /// PNG: device pixels per diagram unit (1, or 2 for HiDPI screens).
    Q_PROPERTY(double scale READ scale WRITE setScale NOTIFY scaleChanged)
    /// The formats as {id, name, description, suffix, image} maps, in menu order.
    Q_PROPERTY(QVariantList formats READ formats CONSTANT)
    /// True when the format is an image (SVG, PNG, PDF): the theme applies.
    Q_PROPERTY(bool imageFormat READ isImageFormat NOTIFY formatChanged)
    /// Width in pixels the HTML preview lays its diagram out at.
    Q_PROPERTY(int previewWidth READ previewWidth WRITE setPreviewWidth NOTIFY previewWidthChanged)
    /// The HTML preview shows the dark drawing of the diagram (as a browser in dark mode does).
    Q_PROPERTY(bool previewDark READ previewDark WRITE setPreviewDark NOTIFY previewDarkChanged)

    /// True from a change until its preview arrives.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// "rich" (previewText is RichText), "text" (plain), "image" (previewImage) or "" (none yet).
    Q_PROPERTY(QString previewKind READ previewKind NOTIFY previewChanged)
    Q_PROPERTY(QString previewText READ previewText NOTIFY previewChanged)
    /// The text written, for a "source" view of the text formats (long HTML is cut short).
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY previewChanged)
    /// The image preview as a `data:` URL (PNG, SVG; PDF: a picture of the page).
    Q_PROPERTY(QUrl previewImage READ previewImage NOTIFY previewChanged)
    Q_PROPERTY(QSize previewImageSize READ previewImageSize NOTIFY previewChanged)
    /// What will be written: "412 lines · 23.4 KB", "5,200 × 2,540 px · 1.2 MB".
    Q_PROPERTY(QString summary READ summary NOTIFY previewChanged)
    /// Things the reader should know (the design is not checked, the chart shows zones only, …).
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY previewChanged)
    /// Why this format cannot be exported ("" when it can).
    Q_PROPERTY(QString previewError READ previewError NOTIFY previewChanged)

    /// Where the export goes by default: beside the design, with the format's suffix.
    Q_PROPERTY(QString suggestedPath READ suggestedPath NOTIFY suggestedPathChanged)
    Q_PROPERTY(QUrl suggestedUrl READ suggestedUrl NOTIFY suggestedPathChanged)
    Q_PROPERTY(QUrl suggestedFolderUrl READ suggestedFolderUrl NOTIFY suggestedPathChanged)
    /// The file dialog's filters for the format (its own suffix first, then all files).
    Q_PROPERTY(QStringList nameFilters READ nameFilters NOTIFY formatChanged)
    Q_PROPERTY(QString suffix READ suffix NOTIFY formatChanged)

    /// The file of the last successful export, and the message of the last export.
    Q_PROPERTY(QString lastPath READ lastPath NOTIFY resultChanged)
    Q_PROPERTY(QUrl lastFolderUrl READ lastFolderUrl NOTIFY resultChanged)
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY resultChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY resultChanged)

public:
    static constexpr int debounceMs = 120;
    /// Text previews longer than this (in characters) are cut, with a note.
    static constexpr int maxPreviewText = 400'000;

    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] bool isActive() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] QString format() const { return mlsd::exportFormatId(m_options.format); }
    void setFormat(const QString &id);
    [[nodiscard]] QString theme() const;
    void setTheme(const QString &id);
    [[nodiscard]] double scale() const { return m_options.image.scale; }
    void setScale(double scale);
    [[nodiscard]] static QVariantList formats();
    [[nodiscard]] bool isImageFormat() const
    {
        return mlsd::imageFormatOf(m_options.format).has_value();
    }
    [[nodiscard]] int previewWidth() const { return m_previewWidth; }
    void setPreviewWidth(int width);
    [[nodiscard]] bool previewDark() const { return m_previewDark; }
    void setPreviewDark(bool dark);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString previewKind() const { return m_preview.kind; }
    [[nodiscard]] QString previewText() const { return m_preview.text; }
    [[nodiscard]] QString sourceText() const { return m_preview.source; }
    [[nodiscard]] QUrl previewImage() const { return m_preview.image; }
    [[nodiscard]] QSize previewImageSize() const { return m_preview.imageSize; }
    [[nodiscard]] QString summary() const { return m_preview.summary; }
    [[nodiscard]] QStringList warnings() const { return m_preview.warnings; }
    [[nodiscard]] QString previewError() const { return m_preview.exported.error; }

    [[nodiscard]] QString suggestedPath() const;
    [[nodiscard]] QUrl suggestedUrl() const;
    [[nodiscard]] QUrl suggestedFolderUrl() const;
    [[nodiscard]] QStringList nameFilters() const;
    [[nodiscard]] QString suffix() const { return mlsd::exportFormatSuffix(m_options.format); }

    [[nodiscard]] QString lastPath() const { return m_lastPath; }
    [[nodiscard]] QUrl lastFolderUrl() const;
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Schedules a new preview after the debounce (nothing while inactive).
    Q_INVOKABLE void schedule();
    /// Starts the preview now (skipping the debounce).
    Q_INVOKABLE void refresh();
    /*!
     * Exports to \a target (a path or a `file:` URL; the format's suffix is added when the name
     * has none) and remembers its folder for the next suggestion. Returns false and sets
     * lastError (naming the file) on failure, when nothing was written.
     */
    Q_INVOKABLE bool exportTo(const QString &target);

signals:
    void sessionChanged();
    void activeChanged();
    void formatChanged();
    void themeChanged();
    void scaleChanged();
    void previewWidthChanged();
    void previewDarkChanged();
    void busyChanged();
    void previewChanged();
    void suggestedPathChanged();
    void resultChanged();
    /// An export ended (\a ok: written to lastPath; otherwise lastError says why).
    void exportFinished(bool ok);

public:
    /// One export with its preview (made on a worker thread).
    struct Preview
    {
        int generation = 0;
        mlsd::ExportResult exported;
        QString kind;
        QString text;
        QString source;
        QUrl image;
        QSize imageSize;
        QString summary;
        QStringList warnings;
    };
    /// What a preview is made from: copies, so a worker can use them.
    struct Request
    {
        int generation = 0;
        mlsd::Design design;
        mlsd::ExportOptions options;
        int previewWidth = 0;
        bool previewDark = false;
    };
    /// Exports \a request and builds its preview (thread-safe).
    [[nodiscard]] static Preview makePreview(const Request &request);

private:
    [[nodiscard]] static QString formatName(mlsd::ExportFormat format);
    void finish(bool ok);
    [[nodiscard]] Request request(int generation) const;
    void deliver(const Preview &preview);
    void setBusy(bool busy);
    void optionsChanged();

    QPointer<Session> m_session;
    Connections m_connections;
    bool m_active = false;
    mlsd::ExportOptions m_options;
    int m_previewWidth = 720;
    bool m_previewDark = false;
    QTimer m_debounce;
    QThreadPool m_pool;
    QAtomicInteger<int> m_generation{0};
    Preview m_preview;
    bool m_busy = false;
    QString m_lastFolder;
    QString m_lastPath;
    QString m_lastMessage;
    QString m_lastError;
};

} // namespace mlsd::ui
