#pragma once

#include "io/designreader.h"
#include "model/design.h"

#include <QObject>
#include <QRectF>
#include <QUndoStack>

namespace mlsd {

class Catalog;

/// Which fields of a component changed (componentChanged()).
enum class ComponentField : unsigned {
    Geometry = 1u << 0,
    Label = 1u << 1,
    Type = 1u << 2,
    Zone = 1u << 3,
    Fulfills = 1u << 4,
    Annotations = 1u << 5,
    Notes = 1u << 6,
};
Q_DECLARE_FLAGS(ComponentFields, ComponentField)

enum class ConnectionField : unsigned { Label = 1u << 0, Kind = 1u << 1 };
Q_DECLARE_FLAGS(ConnectionFields, ConnectionField)

enum class ZoneField : unsigned { Geometry = 1u << 0, Label = 1u << 1, Kind = 1u << 2 };
Q_DECLARE_FLAGS(ZoneFields, ZoneField)

/*!
 * An open design: the Design value, its undo stack and its file. Views read `design()` and listen
 * to the change signals (one per kind of change); every edit goes through the methods of the
 * "Edits" section, each of which pushes one QUndoCommand. Typing bursts and drags merge into one
 * undo step until sealMerge() is called (at the end of a gesture or when a field loses focus).
 *
 * No pointers cross this boundary: everything is addressed by id.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    [[nodiscard]] const Design &design() const { return m_design; }
    [[nodiscard]] QUndoStack *undoStack() { return &m_undoStack; }
    [[nodiscard]] const QUndoStack *undoStack() const { return &m_undoStack; }

    // ---- File ----
    [[nodiscard]] QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }
    /// True when the design differs from what was last loaded or saved (an edit, or a new
    /// practice record).
    [[nodiscard]] bool isModified() const { return !m_undoStack.isClean() || m_recordModified; }

    /// Replaces the design (clears undo history). Emits designReset().
    void resetDesign(Design design, const QString &filePath = {}, bool readOnly = false,
                     const QString &readOnlyReason = {});
    /// Loads \a path. On failure returns the result with its errors and changes nothing.
    LoadResult load(const QString &path, const Catalog *catalog);
    /// Saves to \a path (or the current file) atomically, keeping `FILE.bak`. Refuses read-only
    /// documents unless saved under another name. On success marks the document clean.
    [[nodiscard]] bool save(const QString &path, QString *error, QString *warning = nullptr);

    // ---- Queries ----
    /// True when a connection \a from → \a to may be added: both exist, not a self-loop, not a
    /// duplicate of an existing connection.
    [[nodiscard]] bool canConnect(const ComponentId &from, const ComponentId &to) const;
    /// Components whose zone is \a zone.
    [[nodiscard]] QList<ComponentId> componentsInZone(const ZoneId &zone) const;

    // ---- Edits (each is one undo step unless merged) ----
    /// Adds \a component (an id is assigned when empty or taken). Returns the id.
    ComponentId addComponent(Component component);
    /// Adds components, zones and connections as one step (paste, duplicate, templates). Ids that
    /// are empty or taken are replaced and references rewritten. Returns the component ids.
    QList<ComponentId> addItems(QList<Component> components, QList<Connection> connections,
                                QList<Zone> zones = {}, const QString &text = {});
    /// Removes components (with every connection touching them), connections and zones (their
    /// components leave the zone) as one step.
    void removeItems(const QList<ComponentId> &components,
                     const QList<ConnectionId> &connections = {}, const QList<ZoneId> &zones = {});
    /// Moves components by \a delta. Consecutive moves of the same set merge.
    void moveComponents(const QList<ComponentId> &ids, QPointF delta);
    /// Sets position and size. Consecutive resizes of the same component merge.
    void setComponentGeometry(const ComponentId &id, const QRectF &rect);
    void setComponentLabel(const ComponentId &id, const QString &label);
    void setComponentType(const ComponentId &id, const QString &type);
    void setComponentZone(const ComponentId &id, const ZoneId &zone);
    /// Moves several components into (or, with an empty id, out of) a zone as one step.
    void setComponentsZone(const QList<ComponentId> &ids, const ZoneId &zone);
    void setComponentFulfills(const ComponentId &id, const QStringList &stages);
    void setAnnotation(const ComponentId &id, const QString &key, const QString &value);
    void setComponentNotes(const ComponentId &id, const QString &notes);

    /// Connects two components if canConnect(). Returns the new id or an empty string.
    ConnectionId connectComponents(const ComponentId &from, const ComponentId &to,
                                   ConnectionKind kind = ConnectionKind::Data,
                                   const QString &label = {});
    void setConnectionLabel(const ConnectionId &id, const QString &label);
    void setConnectionKind(const ConnectionId &id, ConnectionKind kind);

    ZoneId addZone(Zone zone);
    /// Moves a zone and the components in it. Consecutive moves merge.
    void moveZone(const ZoneId &id, QPointF delta);
    void setZoneGeometry(const ZoneId &id, const QRectF &rect);
    void setZoneLabel(const ZoneId &id, const QString &label);
    void setZoneKind(const ZoneId &id, const QString &kind);

    void setTitle(const QString &title);
    void setTemplateId(const QString &templateId);
    void setBriefSection(const QString &section, const QString &text);
    /// Suppresses \a rule with \a reason, or with an empty reason lifts the suppression.
    void setSuppression(const QString &rule, const QString &reason, bool suppressed);
    /// Replaces the review (comments and rubric) as one step named \a text. With a non-empty
    /// \a mergeKey (e.g. "review/notes/metrics"), a typing burst with the same key merges.
    void setReview(const Review &review, const QString &text, const QString &mergeKey = {});
    /// Replaces the practice record. A running clock is not an edit: this is no undo step (undo
    /// keeps undoing the candidate's drawing, and never turns the clock back), but it marks the
    /// document modified so that the record is autosaved and saved.
    void setPractice(const std::optional<Practice> &practice);

    /// Groups the following edits into one undo step named \a text (e.g. applying a fix).
    void beginMacro(const QString &text);
    void endMacro();
    /// Ends the current gesture: the next edit does not merge into the previous one.
    void sealMerge() { ++m_mergeEpoch; }
    [[nodiscard]] quint64 mergeEpoch() const { return m_mergeEpoch; }

signals:
    void componentAdded(const mlsd::ComponentId &id, int index);
    void componentAboutToBeRemoved(const mlsd::ComponentId &id, int index);
    void componentRemoved(const mlsd::ComponentId &id, int index);
    void componentChanged(const mlsd::ComponentId &id, mlsd::ComponentFields fields);

    void connectionAdded(const mlsd::ConnectionId &id, int index);
    void connectionRemoved(const mlsd::ConnectionId &id, int index);
    void connectionChanged(const mlsd::ConnectionId &id, mlsd::ConnectionFields fields);

    void zoneAdded(const mlsd::ZoneId &id, int index);
    void zoneRemoved(const mlsd::ZoneId &id, int index);
    void zoneChanged(const mlsd::ZoneId &id, mlsd::ZoneFields fields);

    void titleChanged();
    void templateIdChanged();
    void briefChanged(const QString &section);
    void reviewChanged();
    void practiceChanged();

    /// The whole design was replaced (load, new).
    void designReset();
    /// Emitted after any change of content (for re-checking and autosave).
    void contentChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);

private:
    // Low-level mutations, used only by the undo commands. They emit the change signals.
    friend class AddRemoveItems;
    friend class MoveComponents;
    friend class SetComponentGeometry;
    friend class ChangeComponent;
    friend class ChangeConnection;
    friend class MoveZone;
    friend class ChangeZone;
    friend class ChangeDesign;

    void doInsertComponent(qsizetype index, const Component &component);
    Component doTakeComponent(qsizetype index);
    void doInsertConnection(qsizetype index, const Connection &connection);
    Connection doTakeConnection(qsizetype index);
    void doInsertZone(qsizetype index, const Zone &zone);
    Zone doTakeZone(qsizetype index);
    void doSetComponent(const Component &component, ComponentFields fields);
    void doSetConnection(const Connection &connection, ConnectionFields fields);
    void doSetZone(const Zone &zone, ZoneFields fields);
    Design &designForEdit() { return m_design; }
    void notifyContentChanged() { emit contentChanged(); }
    /// Emits modifiedChanged() when isModified() flipped.
    void updateModified();

    /// Gives \a component a fresh id if its id is empty or taken; returns the old id.
    QString ensureFreshId(QString *id, const QString &prefix, const QSet<QString> &reserved) const;

    Design m_design;
    QUndoStack m_undoStack;
    QString m_filePath;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    quint64 m_mergeEpoch = 0;
    bool m_recordModified = false; ///< the practice record changed since load or save
    bool m_modified = false;       ///< the last isModified() announced
};

} // namespace mlsd

Q_DECLARE_OPERATORS_FOR_FLAGS(mlsd::ComponentFields)
Q_DECLARE_OPERATORS_FOR_FLAGS(mlsd::ConnectionFields)
Q_DECLARE_OPERATORS_FOR_FLAGS(mlsd::ZoneFields)
