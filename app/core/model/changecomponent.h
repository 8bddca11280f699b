#pragma once

#include "model/design.h"
#include "model/document.h"
#include "model/documentcommand.h"
#include "model/undocommands.h"

namespace mlsd {

/// Components moved in one step: id, position before, position after.
using ComponentMoves = QList<std::tuple<ComponentId, QPointF, QPointF>>;

/// Moves components; consecutive moves of the same components in one gesture merge.
class MoveComponents : public DocumentCommand
{
public:
    /// \a moves: component id, position before, position after.
    MoveComponents(Document *document, ComponentMoves moves);

    /// Puts the components of \a moves at their positions after (\a forward) or before the move.
    static void applyMoves(Document *document, const ComponentMoves &moves, bool forward);
    /// Takes the positions after of \a later into \a moves when both move the same components.
    [[nodiscard]] static bool mergeMoves(ComponentMoves *moves, const ComponentMoves &later);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return MoveComponentsCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(bool forward);
    ComponentMoves m_moves;
};

/// Sets a component's rectangle; consecutive resizes of one component in one gesture merge.
class SetComponentGeometry : public DocumentCommand
{
public:
    SetComponentGeometry(Document *document, const ComponentId &id, const QRectF &before,
                         const QRectF &after);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return ComponentGeometryCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QRectF &rect);
    ComponentId m_id;
    QRectF m_before;
    QRectF m_after;
};

/*!
 * Replaces components' values (label, type, zone, fulfills, an annotation, notes). With a non-empty
 * \a mergeKey, consecutive changes with the same key in one typing burst merge into one step.
 */
class ChangeComponent : public DocumentCommand
{
public:
    ChangeComponent(Document *document, QList<std::pair<Component, Component>> beforeAfter,
                    ComponentFields fields, const QString &text, const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return ChangeComponentCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QList<std::pair<Component, Component>> m_changes;
    ComponentFields m_fields;
    QString m_mergeKey;
};

} // namespace mlsd
