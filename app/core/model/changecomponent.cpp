#include "model/changecomponent.h"

#include "util/plural.h"

namespace mlsd {

void MoveComponents::applyMoves(Document *document, const ComponentMoves &moves, bool forward)
{
    for (const auto &[id, before, after] : moves) {
        const Component *c = document->design().component(id);
        if (!c)
            continue;
        Component moved = *c;
        const QPointF p = forward ? after : before;
        moved.x = p.x();
        moved.y = p.y();
        document->doSetComponent(moved, ComponentField::Geometry);
    }
}

bool MoveComponents::mergeMoves(ComponentMoves *moves, const ComponentMoves &later)
{
    if (later.size() != moves->size())
        return false;
    for (qsizetype i = 0; i < moves->size(); ++i) {
        if (std::get<0>(moves->at(i)) != std::get<0>(later.at(i)))
            return false;
    }
    for (qsizetype i = 0; i < moves->size(); ++i)
        std::get<2>((*moves)[i]) = std::get<2>(later.at(i));
    return true;
}

MoveComponents::MoveComponents(Document *document, ComponentMoves moves)
    : DocumentCommand(document,
                      QObject::tr("Move %1").arg(plural(moves.size(), QObject::tr("component"),
                                                        QObject::tr("components"))))
    , m_moves(std::move(moves))
{}

void MoveComponents::apply(bool forward)
{
    applyMoves(m_document, m_moves, forward);
    m_document->notifyContentChanged();
}

void MoveComponents::redo()
{
    apply(true);
}

void MoveComponents::undo()
{
    apply(false);
}

bool MoveComponents::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveComponents *>(other);
    return sameGesture(other) && mergeMoves(&m_moves, o->m_moves);
}

SetComponentGeometry::SetComponentGeometry(Document *document, const ComponentId &id,
                                           const QRectF &before, const QRectF &after)
    : DocumentCommand(document, QObject::tr("Resize component"))
    , m_id(id)
    , m_before(before)
    , m_after(after)
{}

void SetComponentGeometry::apply(const QRectF &rect)
{
    const Component *c = m_document->design().component(m_id);
    if (!c)
        return;
    Component changed = *c;
    changed.x = rect.x();
    changed.y = rect.y();
    changed.width = rect.width();
    changed.height = rect.height();
    m_document->doSetComponent(changed, ComponentField::Geometry);
    m_document->notifyContentChanged();
}

void SetComponentGeometry::redo()
{
    apply(m_after);
}

void SetComponentGeometry::undo()
{
    apply(m_before);
}

bool SetComponentGeometry::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetComponentGeometry *>(other);
    if (!sameGesture(other) || o->m_id != m_id)
        return false;
    m_after = o->m_after;
    return true;
}

ChangeComponent::ChangeComponent(Document *document,
                                 QList<std::pair<Component, Component>> beforeAfter,
                                 ComponentFields fields, const QString &text,
                                 const QString &mergeKey)
    : DocumentCommand(document, text)
    , m_changes(std::move(beforeAfter))
    , m_fields(fields)
    , m_mergeKey(mergeKey)
{}

void ChangeComponent::redo()
{
    for (const auto &[before, after] : std::as_const(m_changes))
        m_document->doSetComponent(after, m_fields);
    m_document->notifyContentChanged();
}

void ChangeComponent::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_document->doSetComponent(it->first, m_fields);
    m_document->notifyContentChanged();
}

bool ChangeComponent::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeComponent *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || !sameGesture(other)
        || m_changes.size() != 1 || o->m_changes.size() != 1
        || m_changes.front().first.id != o->m_changes.front().first.id)
        return false;
    m_changes.front().second = o->m_changes.front().second;
    return true;
}

} // namespace mlsd
