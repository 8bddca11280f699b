#include "model/changedesign.h"

namespace mlsd {

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
