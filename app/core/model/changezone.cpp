#include "model/changezone.h"

namespace mlsd {

MoveZone::MoveZone(Document *document, const ZoneId &id, QPointF before, QPointF after,
                   ComponentMoves carried)
    : DocumentCommand(document, QObject::tr("Move zone"))
    , m_id(id)
    , m_before(before)
    , m_after(after)
    , m_carried(std::move(carried))
{}

void MoveZone::apply(bool forward)
{
    if (const Zone *z = m_document->design().zone(m_id)) {
        Zone moved = *z;
        const QPointF p = forward ? m_after : m_before;
        moved.x = p.x();
        moved.y = p.y();
        m_document->doSetZone(moved, ZoneField::Geometry);
    }
    MoveComponents::applyMoves(m_document, m_carried, forward);
    m_document->notifyContentChanged();
}

void MoveZone::redo()
{
    apply(true);
}

void MoveZone::undo()
{
    apply(false);
}

bool MoveZone::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveZone *>(other);
    if (!sameGesture(other) || o->m_id != m_id
        || !MoveComponents::mergeMoves(&m_carried, o->m_carried))
        return false;
    m_after = o->m_after;
    return true;
}

ChangeZone::ChangeZone(Document *document, const Zone &before, const Zone &after, ZoneFields fields,
                       const QString &text)
    : DocumentCommand(document, text)
    , m_before(before)
    , m_after(after)
    , m_fields(fields)
{}

void ChangeZone::redo()
{
    m_document->doSetZone(m_after, m_fields);
    m_document->notifyContentChanged();
}

void ChangeZone::undo()
{
    m_document->doSetZone(m_before, m_fields);
    m_document->notifyContentChanged();
}

bool ChangeZone::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeZone *>(other);
    if (!sameGesture(other) || o->m_after.id != m_after.id || o->m_fields != m_fields
        || m_fields == ZoneFields(ZoneField::Kind))
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace mlsd
