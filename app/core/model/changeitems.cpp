#include "model/changeitems.h"

namespace mlsd {

// ---- ChangeConnection ----

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

// ---- MoveZone ----

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

// ---- ChangeZone ----

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

// ---- ChangeDesign ----

DesignHeader DesignHeader::of(const Design &d)
{
    return {d.title, d.templateId, d.brief, d.suppressed, d.review};
}

ChangeDesign::ChangeDesign(Document *document, DesignHeader before, DesignHeader after,
                           const QString &text, const QString &mergeKey)
    : DocumentCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{}

void ChangeDesign::apply(const DesignHeader &from, const DesignHeader &to)
{
    Design &d = m_document->designForEdit();
    d.title = to.title;
    d.templateId = to.templateId;
    d.brief = to.brief;
    d.suppressed = to.suppressed;
    d.review = to.review;
    if (from.title != to.title)
        emit m_document->titleChanged();
    if (from.templateId != to.templateId)
        emit m_document->templateIdChanged();
    if (!(from.brief == to.brief)) {
        for (const auto &entry : schema::briefSections()) {
            if (from.brief.sections.value(entry.id) != to.brief.sections.value(entry.id))
                emit m_document->briefChanged(entry.id);
        }
    }
    if (from.suppressed != to.suppressed)
        emit m_document->suppressionsChanged();
    if (!(from.review == to.review))
        emit m_document->reviewChanged();
    m_document->notifyContentChanged();
}

void ChangeDesign::redo()
{
    apply(m_before, m_after);
}

void ChangeDesign::undo()
{
    apply(m_after, m_before);
}

bool ChangeDesign::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeDesign *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || !sameGesture(other))
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace mlsd
