#pragma once

#include "model/design.h"
#include "model/document.h"
#include "model/documentcommand.h"
#include "model/undocommands.h"

namespace mlsd {

/// Replaces a connection's label or kind; label typing bursts merge.
class ChangeConnection : public DocumentCommand
{
public:
    ChangeConnection(Document *document, const Connection &before, const Connection &after,
                     ConnectionFields fields, const QString &text);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return ChangeConnectionCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Connection m_before;
    Connection m_after;
    ConnectionFields m_fields;
};

} // namespace mlsd
