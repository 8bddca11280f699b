#pragma once

#include "session/connections.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mlsd {
class Document;
}

namespace mlsd::ui {

class Session;

/*!
 * Base of the list models over a session's document (the brief, the review rubric, the review
 * comments): the `session` property, and the connections to its document, which are dropped when
 * the session changes. Subclasses connect to the document's signals they follow in
 * connectDocument() and bring their rows in line with the new session in reload().
 */
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(mlsd::ui::Session *session READ session WRITE setSession NOTIFY sessionChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] Session *session() const;
    /// Follows \a session: connectDocument() on its document (if any), then reload().
    void setSession(Session *session);

signals:
    void sessionChanged();

protected:
    /// The session's document, or nullptr without a session.
    [[nodiscard]] mlsd::Document *document() const;
    /// Connects to the signals of \a document this model follows (keep them with track()).
    virtual void connectDocument(mlsd::Document *document) = 0;
    /// Brings the rows in line with the current session (a new one, or none).
    virtual void reload() = 0;
    void track(const QMetaObject::Connection &connection) { m_connections << connection; }

private:
    QPointer<Session> m_session;
    Connections m_connections;
};

} // namespace mlsd::ui
