#include "session.h"

#include "catalog.h"

#include <QFileInfo>

namespace mlsd::ui {

Session::Session(QObject *parent)
    : QObject(parent)
{
    connect(&m_document, &Document::titleChanged, this, &Session::titleChanged);
    connect(&m_document, &Document::designReset, this, &Session::titleChanged);
    connect(&m_document, &Document::filePathChanged, this, &Session::filePathChanged);
    connect(&m_document, &Document::contentChanged, this, &Session::countsChanged);
}

QString Session::title() const
{
    const QString t = m_document.design().title;
    if (!t.isEmpty())
        return t;
    return m_document.filePath().isEmpty() ? tr("Untitled design")
                                           : QFileInfo(m_document.filePath()).completeBaseName();
}

bool Session::open(const QString &path)
{
    const LoadResult result = m_document.load(path, &Catalog::builtin());
    const QString message = result.ok() ? result.readOnlyReason : result.message();
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
    return result.ok();
}

} // namespace mlsd::ui
