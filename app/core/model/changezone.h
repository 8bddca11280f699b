#pragma once

#include "model/changecomponent.h"
#include "model/design.h"
#include "model/document.h"
#include "model/documentcommand.h"
#include "model/undocommands.h"

namespace mlsd {

/// Moves a zone together with the components in it; consecutive moves in one gesture merge.
class MoveZone : public DocumentCommand
{
public:
    MoveZone(Document *document, const ZoneId &id, QPointF before, QPointF after,
             ComponentMoves carried);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return MoveZoneCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(bool forward);
    ZoneId m_id;
    QPointF m_before;
    QPointF m_after;
    ComponentMoves m_carried;
};

/// Replaces a zone's geometry, label or kind; resizes and label typing merge.
class ChangeZone : public DocumentCommand
{
public:
    ChangeZone(Document *document, const Zone &before, const Zone &after, ZoneFields fields,
               const QString &text);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return ChangeZoneCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Zone m_before;
    Zone m_after;
    ZoneFields m_fields;
};

} // namespace mlsd
