#pragma once

#include <QUndoCommand>

namespace mlsd {

class Document;

/*!
 * Base of the document's undo commands: remembers the document and the merge epoch it was created
 * in. Two commands merge only within one epoch, i.e. within one gesture or typing burst.
 */
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *document, const QString &text);

protected:
    [[nodiscard]] bool sameGesture(const QUndoCommand *other) const;

    Document *m_document;
    quint64 m_epoch;
};

} // namespace mlsd
