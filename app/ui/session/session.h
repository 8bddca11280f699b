#pragma once

#include "canvas/selection.h"
#include "model/document.h"
#include "session/checkrunner.h"
#include "session/undoadapter.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace mlsd::ui {

class Autosave;

/*!
 * The open design as QML sees it: file state (path, modified, read-only), title and counts, the
 * selection and the undo history, and the file commands (new, open, save, save as, restore from a
 * recovery file). Owns the Document. The app creates one per window; QML tests create their own.
 *
 * File commands accept a path or a `file:` URL. A failed open or save changes nothing and sets
 * errorMessage (the loader's message, naming the file and the place).
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The design's title, else the file's base name, else "Untitled design".
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    /// The title stored in the design (editable; an undoable edit).
    Q_PROPERTY(QString designTitle READ designTitle WRITE setDesignTitle NOTIFY titleChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    /// The file name with its suffix, or "" for a design never saved.
    Q_PROPERTY(QString fileName READ fileName NOTIFY filePathChanged)
    Q_PROPERTY(QUrl fileUrl READ fileUrl NOTIFY filePathChanged)
    /// The folder of the file, as a URL (for file dialogs); empty for a design never saved.
    Q_PROPERTY(QUrl folderUrl READ folderUrl NOTIFY filePathChanged)
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
    /// True for a file written by a newer version: edits are allowed, saving over it is not.
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY readOnlyChanged)
    Q_PROPERTY(int componentCount READ componentCount NOTIFY countsChanged)
    Q_PROPERTY(int connectionCount READ connectionCount NOTIFY countsChanged)
    Q_PROPERTY(int zoneCount READ zoneCount NOTIFY countsChanged)
    /// The template the design is checked against ("" when none is chosen).
    Q_PROPERTY(QString templateId READ templateId WRITE setTemplateId NOTIFY templateIdChanged)
    /// Why the last open or save failed ("" after a success). Also the read-only reason after
    /// opening a file from a newer version.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// Warnings of the last open or save (unknown component types, a backup not written).
    Q_PROPERTY(QString warningMessage READ warningMessage NOTIFY warningMessageChanged)
    Q_PROPERTY(mlsd::ui::Selection *selection READ selection CONSTANT)
    Q_PROPERTY(mlsd::ui::UndoAdapter *history READ history CONSTANT)
    /// The live check of the design against its template.
    Q_PROPERTY(mlsd::ui::CheckRunner *checker READ checker CONSTANT)
    /// Where changes are autosaved for crash recovery; "" (the default) turns autosave off.
    Q_PROPERTY(QString autosaveDirectory READ autosaveDirectory WRITE setAutosaveDirectory NOTIFY
                   autosaveDirectoryChanged)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /// The document, for C++ adapters and canvas items (QML never holds core pointers).
    [[nodiscard]] Document *document() { return &m_document; }
    [[nodiscard]] const Document *document() const { return &m_document; }
    [[nodiscard]] Selection *selection() { return &m_selection; }
    [[nodiscard]] UndoAdapter *history() { return &m_history; }
    [[nodiscard]] CheckRunner *checker() { return &m_checker; }
    [[nodiscard]] Autosave *autosave() const { return m_autosave.get(); }

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString designTitle() const { return m_document.design().title; }
    void setDesignTitle(const QString &title);
    [[nodiscard]] QString filePath() const { return m_document.filePath(); }
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QUrl fileUrl() const;
    [[nodiscard]] QUrl folderUrl() const;
    [[nodiscard]] bool isModified() const { return m_document.isModified(); }
    [[nodiscard]] bool isReadOnly() const { return m_document.isReadOnly(); }
    [[nodiscard]] QString readOnlyReason() const { return m_document.readOnlyReason(); }
    [[nodiscard]] int componentCount() const
    {
        return int(m_document.design().components().size());
    }
    [[nodiscard]] int connectionCount() const
    {
        return int(m_document.design().connections().size());
    }
    [[nodiscard]] int zoneCount() const { return int(m_document.design().zones().size()); }
    [[nodiscard]] QString templateId() const { return m_document.design().templateId; }
    void setTemplateId(const QString &id);
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString warningMessage() const { return m_warningMessage; }
    [[nodiscard]] QString autosaveDirectory() const;
    void setAutosaveDirectory(const QString &directory);

    /// Replaces the design with an empty one (no file).
    Q_INVOKABLE void newDesign();
    /// Replaces the design with \a design as a new, unsaved document (e.g. a template's starter).
    void newDesign(mlsd::Design design);
    /// Replaces the design with the starter design of template \a templateId (its stages laid
    /// out), unsaved. False (and errorMessage) for an unknown template.
    Q_INVOKABLE bool newFromTemplate(const QString &templateId);
    /// Opens \a path; on failure keeps the current design and sets errorMessage.
    Q_INVOKABLE bool open(const QString &path);
    /// Saves to the current file. Fails (errorMessage) when there is none or it is read-only.
    Q_INVOKABLE bool save();
    /// Saves to \a path (".mlsd" is appended when it has no suffix) and makes it the current file.
    Q_INVOKABLE bool saveAs(const QString &path);
    /// Restores an autosaved design: its content, the file it belonged to (\a originalPath, may be
    /// empty), marked modified so that nothing is lost until it is saved.
    Q_INVOKABLE bool restoreRecovery(const QString &designPath, const QString &originalPath);
    /// True when \a url names a file this app opens (a local `.mlsd` or `.json`).
    Q_INVOKABLE [[nodiscard]] static bool isDesignFile(const QUrl &url);
    /*!
     * The file a file dialog meant: Qt 6.4's own dialog appends a typed absolute path to its
     * current folder (`/home/me` + `/tmp/x.mlsd` gives `/home/me/tmp/x.mlsd`). When \a selected
     * lies in a folder that does not exist, starts with \a folder, and the rest is a path whose
     * folder exists, returns that rest; otherwise \a selected unchanged.
     */
    Q_INVOKABLE [[nodiscard]] static QString dialogFile(const QUrl &selected, const QUrl &folder);
    /// Ends the current typing burst: the next edit is a new undo step.
    Q_INVOKABLE void sealMerge() { m_document.sealMerge(); }
    /// The label of component \a id ("" when there is none).
    Q_INVOKABLE [[nodiscard]] QString componentLabel(const QString &id) const;

signals:
    void titleChanged();
    void filePathChanged();
    void modifiedChanged();
    void readOnlyChanged();
    void countsChanged();
    void templateIdChanged();
    void errorMessageChanged();
    void warningMessageChanged();
    void autosaveDirectoryChanged();
    /// The whole design was replaced (new, open, restore).
    void designReset();

private:
    void setMessages(const QString &error, const QString &warning);
    bool saveTo(const QString &path);

    Document m_document;
    Selection m_selection{&m_document};
    UndoAdapter m_history{&m_document};
    CheckRunner m_checker{&m_document};
    std::unique_ptr<Autosave> m_autosave;
    QString m_errorMessage;
    QString m_warningMessage;
};

} // namespace mlsd::ui
