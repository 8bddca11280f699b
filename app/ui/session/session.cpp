#include "session/session.h"

#include "io/designreader.h"
#include "model/catalog.h"
#include "session/autosave.h"
#include "session/templatesupport.h"
#include "session/uiutil.h"

#include <QDir>
#include <QFileInfo>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

Session::Session(QObject *parent)
    : QObject(parent)
{
    connect(&m_document, &Document::titleChanged, this, &Session::titleChanged);
    connect(&m_document, &Document::filePathChanged, this, &Session::filePathChanged);
    connect(&m_document, &Document::filePathChanged, this, &Session::titleChanged);
    connect(&m_document, &Document::contentChanged, this, &Session::countsChanged);
    connect(&m_document, &Document::modifiedChanged, this, &Session::modifiedChanged);
    connect(&m_document, &Document::templateIdChanged, this, &Session::templateIdChanged);
    connect(&m_document, &Document::designReset, this, [this] {
        emit titleChanged();
        emit templateIdChanged();
        emit readOnlyChanged();
        emit designReset();
    });
}

Session::~Session() = default;

QString Session::title() const
{
    const QString t = m_document.design().title;
    if (!t.isEmpty())
        return t;
    return m_document.filePath().isEmpty() ? tr("Untitled design")
                                           : QFileInfo(m_document.filePath()).completeBaseName();
}

void Session::setDesignTitle(const QString &title)
{
    m_document.setTitle(title);
}

QString Session::fileName() const
{
    return m_document.filePath().isEmpty() ? QString()
                                           : QFileInfo(m_document.filePath()).fileName();
}

QUrl Session::fileUrl() const
{
    return m_document.filePath().isEmpty() ? QUrl() : QUrl::fromLocalFile(m_document.filePath());
}

QUrl Session::folderUrl() const
{
    if (m_document.filePath().isEmpty())
        return {};
    return QUrl::fromLocalFile(QFileInfo(m_document.filePath()).absolutePath());
}

void Session::setTemplateId(const QString &id)
{
    m_document.setTemplateId(id);
}

QString Session::autosaveDirectory() const
{
    return m_autosave ? m_autosave->store().directory() : QString();
}

void Session::setAutosaveDirectory(const QString &directory)
{
    if (autosaveDirectory() == directory)
        return;
    m_autosave.reset();
    if (!directory.isEmpty()) {
        m_autosave = std::make_unique<Autosave>(&m_document, directory);
        if (m_document.isModified())
            m_autosave->flush();
    }
    emit autosaveDirectoryChanged();
}

void Session::setMessages(const QString &error, const QString &warning)
{
    if (m_errorMessage != error) {
        m_errorMessage = error;
        emit errorMessageChanged();
    }
    if (m_warningMessage != warning) {
        m_warningMessage = warning;
        emit warningMessageChanged();
    }
}

void Session::newDesign()
{
    newDesign(Design());
}

void Session::newDesign(Design design)
{
    m_document.resetDesign(std::move(design));
    setMessages({}, {});
}

bool Session::newFromTemplate(const QString &templateId)
{
    Design design;
    if (!starterDesignFor(templateId, &design)) {
        setMessages(tr("Unknown template \"%1\".").arg(templateId), {});
        return false;
    }
    newDesign(std::move(design));
    return true;
}

bool Session::open(const QString &path)
{
    const QString file = localPath(path);
    const LoadResult result = m_document.load(file, &Catalog::builtin());
    if (!result.ok()) {
        setMessages(result.message(), {});
        return false;
    }
    setMessages(result.readOnlyReason, toString(result.warnings));
    return true;
}

bool Session::saveTo(const QString &path)
{
    QString error;
    QString warning;
    if (!m_document.save(path, &error, &warning)) {
        setMessages(error, {});
        return false;
    }
    setMessages({}, warning);
    emit readOnlyChanged();
    return true;
}

bool Session::save()
{
    return saveTo({});
}

bool Session::saveAs(const QString &path)
{
    QString file = localPath(path);
    if (file.isEmpty()) {
        setMessages(tr("No file name given."), {});
        return false;
    }
    if (QFileInfo(file).suffix().isEmpty())
        file += u".mlsd"_s;
    return saveTo(QFileInfo(file).absoluteFilePath());
}

bool Session::restoreRecovery(const QString &designPath, const QString &originalPath)
{
    LoadResult result = loadDesignFile(localPath(designPath), &Catalog::builtin());
    if (!result.ok()) {
        setMessages(result.message(), {});
        return false;
    }
    m_document.resetDesign(std::move(*result.design), localPath(originalPath));
    // Not saved anywhere yet: modified until the user saves.
    m_document.undoStack()->resetClean();
    if (m_autosave)
        m_autosave->flush();
    setMessages({}, {});
    return true;
}

QString Session::dialogFile(const QUrl &selected, const QUrl &folder)
{
    const QString path = localPath(selected.toString());
    const QString base = QDir::cleanPath(localPath(folder.toString()));
    if (path.isEmpty() || base.isEmpty() || QFileInfo(path).absoluteDir().exists())
        return path;
    if (!path.startsWith(base + u'/') || base == u"/"_s)
        return path;
    const QString rest = path.mid(base.size());
    return QFileInfo(rest).absoluteDir().exists() ? rest : path;
}

bool Session::isDesignFile(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return suffix == u"mlsd"_s || suffix == u"json"_s;
}

QString Session::componentLabel(const QString &id) const
{
    const Component *c = m_document.design().component(id);
    return c ? c->label : QString();
}

} // namespace mlsd::ui
