#include "model/changeconnection.h"

namespace mlsd {

ChangeConnection::ChangeConnection(Document *document, const Connection &before,
                                   const Connection &after, ConnectionFields fields,
                                   const QString &text)
    : DocumentCommand(document, text)
    , m_before(before)
    , m_after(after)
    , m_fields(fields)
{}

void ChangeConnection::redo()
{
    m_document->doSetConnection(m_after, m_fields);
    m_document->notifyContentChanged();
}

void ChangeConnection::undo()
{
    m_document->doSetConnection(m_before, m_fields);
    m_document->notifyContentChanged();
}

bool ChangeConnection::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeConnection *>(other);
    if (!sameGesture(other) || o->m_after.id != m_after.id || o->m_fields != m_fields
        || m_fields != ConnectionFields(ConnectionField::Label))
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace mlsd
