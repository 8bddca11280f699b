#include "panels/sessionlistmodel.h"

#include "session/session.h"

namespace mlsd::ui {

Session *SessionListModel::session() const
{
    return m_session;
}

void SessionListModel::setSession(Session *session)
{
    if (!m_connections.follow(m_session, session))
        return;
    if (session)
        connectDocument(session->document());
    reload();
    emit sessionChanged();
}

Document *SessionListModel::document() const
{
    return m_session ? m_session->document() : nullptr;
}

} // namespace mlsd::ui
