#include "model/documentcommand.h"

#include "model/document.h"

namespace mlsd {

DocumentCommand::DocumentCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_epoch(document->mergeEpoch())
{}

bool DocumentCommand::sameGesture(const QUndoCommand *other) const
{
    const auto *o = static_cast<const DocumentCommand *>(other);
    return o->m_document == m_document && o->m_epoch == m_epoch;
}

} // namespace mlsd
