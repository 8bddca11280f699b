#pragma once

#include "model/design.h"
#include "model/document.h"
#include "model/undocommands.h"

#include <optional>

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

/// Moves a zone together with the components in it; consecutive moves in one gesture merge.
class MoveZone : public DocumentCommand
{
public:
    MoveZone(Document *document, const ZoneId &id, QPointF before, QPointF after,
             QList<std::tuple<ComponentId, QPointF, QPointF>> carried);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return MoveZoneCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(bool forward);
    ZoneId m_id;
    QPointF m_before;
    QPointF m_after;
    QList<std::tuple<ComponentId, QPointF, QPointF>> m_carried;
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
