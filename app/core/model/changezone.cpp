#include "model/changezone.h"

namespace mlsd {

MoveZone::MoveZone(Document *document, const ZoneId &id, QPointF before, QPointF after,
                   QList<std::tuple<ComponentId, QPointF, QPointF>> carried)
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
    for (const auto &[id, before, after] : std::as_const(m_carried)) {
        const Component *c = m_document->design().component(id);
        if (!c)
            continue;
        Component moved = *c;
        const QPointF p = forward ? after : before;
        moved.x = p.x();
        moved.y = p.y();
        m_document->doSetComponent(moved, ComponentField::Geometry);
    }
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
    if (!sameGesture(other) || o->m_id != m_id || o->m_carried.size() != m_carried.size())
        return false;
    for (qsizetype i = 0; i < m_carried.size(); ++i) {
        if (std::get<0>(m_carried.at(i)) != std::get<0>(o->m_carried.at(i)))
            return false;
    }
    m_after = o->m_after;
    for (qsizetype i = 0; i < m_carried.size(); ++i)
        std::get<2>(m_carried[i]) = std::get<2>(o->m_carried.at(i));
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
