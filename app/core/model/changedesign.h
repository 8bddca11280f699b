#pragma once

#include "model/design.h"
#include "model/document.h"
#include "model/documentcommand.h"
#include "model/undocommands.h"

namespace mlsd {

/// The parts of a design outside its components, connections and zones (except the practice
/// record, which is not an undoable edit).
struct DesignHeader
{
    QString title;
    QString templateId;
    Brief brief;
    QList<Suppression> suppressed;
    Review review;

    static DesignHeader of(const Design &design);
};

/*!
 * Replaces the design header (title, template, brief, suppressions, review). With a
 * non-empty merge key (e.g. "brief/task"), consecutive edits in one typing burst merge.
 */
class ChangeDesign : public DocumentCommand
{
public:
    ChangeDesign(Document *document, DesignHeader before, DesignHeader after, const QString &text,
                 const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return ChangeDesignCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const DesignHeader &from, const DesignHeader &to);
    DesignHeader m_before;
    DesignHeader m_after;
    QString m_mergeKey;
};

} // namespace mlsd
