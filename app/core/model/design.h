#pragma once

#include "io/schema.h"
#include "model/idlist.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

/*!
 * \file design.h
 * The design as plain values: what a `.mlsd` file holds (docs/file-format.md). The checker,
 * the exporters and the file I/O work on a `const Design &`; the `Document` wraps one with undo and
 * change signals.
 */

namespace mlsd {

using ComponentId = QString;
using ConnectionId = QString;
using ZoneId = QString;

/*!
 * Keys of an object that this version does not know, kept verbatim for the round trip: a compact
 * JSON object text (keys sorted), or empty when there are none.
 */
using ExtraKeys = QByteArray;

/*!
 * A small ordered string map (annotations, brief sections). Entries are kept in a canonical order:
 * ids of the vocabulary first, in vocabulary order, then other ids alphabetically. Empty values
 * are never stored.
 */
class TextMap
{
public:
    TextMap() = default;
    explicit TextMap(const QList<VocabularyEntry> *vocabulary)
        : m_vocabulary(vocabulary)
    {}

    [[nodiscard]] QString value(const QString &key) const;
    [[nodiscard]] bool contains(const QString &key) const;
    /// Sets \a key to \a value; an empty (or whitespace-only) value removes the key.
    void set(const QString &key, const QString &value);
    [[nodiscard]] const QList<std::pair<QString, QString>> &entries() const { return m_entries; }
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

    bool operator==(const TextMap &other) const { return m_entries == other.m_entries; }

private:
    [[nodiscard]] bool before(const QString &a, const QString &b) const;

    const QList<VocabularyEntry> *m_vocabulary = nullptr;
    QList<std::pair<QString, QString>> m_entries;
};

/// A box on the diagram: one stage of the ML system.
struct Component
{
    ComponentId id;
    QString type; ///< catalog id, e.g. "ranking"
    QString label;
    double x = 0;
    double y = 0;
    double width = 180;
    double height = 72;
    ZoneId zone;          ///< empty when the component is in no zone
    QStringList fulfills; ///< extra stages this component also performs (catalog ids)
    TextMap annotations{&schema::annotations()};
    QString notes; ///< Markdown
    ExtraKeys extra;

    [[nodiscard]] QRectF rect() const { return {x, y, width, height}; }
    [[nodiscard]] QPointF center() const { return {x + width / 2, y + height / 2}; }
    /// True when the component is of \a stage or declares it in `fulfills`.
    [[nodiscard]] bool performs(const QString &stage) const
    {
        return type == stage || fulfills.contains(stage);
    }
    bool operator==(const Component &) const = default;
};

/// A directed edge between two components.
struct Connection
{
    ConnectionId id;
    ComponentId from;
    ComponentId to;
    QString label;
    ConnectionKind kind = ConnectionKind::Data;
    ExtraKeys extra;
    bool operator==(const Connection &) const = default;
};

/// A titled frame that groups components (online serving, offline training, …).
struct Zone
{
    ZoneId id;
    QString label;
    QString kind = QStringLiteral("other");
    double x = 0;
    double y = 0;
    double width = 600;
    double height = 400;
    ExtraKeys extra;

    [[nodiscard]] QRectF rect() const { return {x, y, width, height}; }
    bool operator==(const Zone &) const = default;
};

/// A finding the author chose to silence, with the reason (kept in the report, not counted).
struct Suppression
{
    QString rule;
    QString reason;
    ExtraKeys extra;
    bool operator==(const Suppression &) const = default;
};

struct ReviewComment
{
    QString id;
    ComponentId target; ///< empty: the comment is about the whole design
    QString author;
    QString text;
    ExtraKeys extra;
    bool operator==(const ReviewComment &) const = default;
};

struct RubricScore
{
    int score = 0; ///< 1–4; 0 when not scored
    QString notes;
    ExtraKeys extra;
    bool operator==(const RubricScore &) const = default;
};

/// An interviewer's review: comments and rubric scores (docs/file-format.md `review`).
struct Review
{
    QList<ReviewComment> comments;
    /// Rubric dimension id → score, in rubric order (unknown dimensions last, alphabetically).
    QList<std::pair<QString, RubricScore>> rubric;
    ExtraKeys extra;

    [[nodiscard]] bool isEmpty() const { return comments.isEmpty() && rubric.isEmpty(); }
    [[nodiscard]] const RubricScore *score(const QString &dimension) const;
    /// Sets (or with a default-constructed value, removes) the score of \a dimension.
    void setScore(const QString &dimension, const RubricScore &value);
    bool operator==(const Review &) const = default;
};

struct PracticePhase
{
    QString id;
    int plannedS = 0;
    int spentS = 0;
    ExtraKeys extra;
    bool operator==(const PracticePhase &) const = default;
};

/*!
 * The check of the design at the moment a practice run finished (`practice.result`): what the
 * candidate had covered in the time, kept even when the design is improved afterwards.
 */
struct PracticeResult
{
    QString templateId; ///< the template the design was checked against
    int required = 0;   ///< required stages of the template
    int present = 0;    ///< of which the design had
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    QStringList findings; ///< rule ids of the open (unsuppressed) findings, in report order
    ExtraKeys extra;
    bool operator==(const PracticeResult &) const = default;
};

/// The record of a timed practice run (docs/file-format.md `practice`).
struct Practice
{
    QString question; ///< a question bank id (or free text)
    int durationS = 0;
    QList<PracticePhase> phases;
    bool finished = false;
    /// The check when the run finished (absent while running, or when no template was set).
    std::optional<PracticeResult> result;
    ExtraKeys extra;
    bool operator==(const Practice &) const = default;
};

/// The presentation brief: Markdown per section id (schema::briefSections()).
struct Brief
{
    TextMap sections{&schema::briefSections()};
    ExtraKeys extra;
    bool operator==(const Brief &) const = default;
};

/*!
 * A whole design. Components, connections and zones keep their creation order (the file order)
 * and an id index (IdList); change them only through the methods below so the index stays right.
 */
class Design
{
public:
    QString title;
    QString templateId;
    Brief brief;
    QList<Suppression> suppressed;
    Review review;
    std::optional<Practice> practice;
    ExtraKeys extra;                           ///< unknown top-level keys
    int sourceVersion = schema::formatVersion; ///< the version the file was written with

    // Components
    [[nodiscard]] const QList<Component> &components() const { return m_components.items(); }
    [[nodiscard]] qsizetype componentIndex(const ComponentId &id) const
    {
        return m_components.indexOf(id);
    }
    [[nodiscard]] const Component *component(const ComponentId &id) const
    {
        return m_components.find(id);
    }
    [[nodiscard]] Component *componentForEdit(const ComponentId &id)
    {
        return m_components.findForEdit(id);
    }
    void insertComponent(qsizetype index, Component component)
    {
        m_components.insert(index, std::move(component));
    }
    void appendComponent(Component component)
    {
        insertComponent(m_components.size(), std::move(component));
    }
    Component takeComponentAt(qsizetype index) { return m_components.takeAt(index); }

    // Connections
    [[nodiscard]] const QList<Connection> &connections() const { return m_connections.items(); }
    [[nodiscard]] qsizetype connectionIndex(const ConnectionId &id) const
    {
        return m_connections.indexOf(id);
    }
    [[nodiscard]] const Connection *connection(const ConnectionId &id) const
    {
        return m_connections.find(id);
    }
    [[nodiscard]] Connection *connectionForEdit(const ConnectionId &id)
    {
        return m_connections.findForEdit(id);
    }
    void insertConnection(qsizetype index, Connection connection);
    void appendConnection(Connection connection)
    {
        insertConnection(m_connections.size(), std::move(connection));
    }
    Connection takeConnectionAt(qsizetype index);
    /// The connection from \a from to \a to, if any.
    [[nodiscard]] const Connection *findConnection(const ComponentId &from,
                                                   const ComponentId &to) const;

    // Zones
    [[nodiscard]] const QList<Zone> &zones() const { return m_zones.items(); }
    [[nodiscard]] qsizetype zoneIndex(const ZoneId &id) const { return m_zones.indexOf(id); }
    [[nodiscard]] const Zone *zone(const ZoneId &id) const { return m_zones.find(id); }
    [[nodiscard]] Zone *zoneForEdit(const ZoneId &id) { return m_zones.findForEdit(id); }
    void insertZone(qsizetype index, Zone zone) { m_zones.insert(index, std::move(zone)); }
    void appendZone(Zone zone) { insertZone(m_zones.size(), std::move(zone)); }
    Zone takeZoneAt(qsizetype index) { return m_zones.takeAt(index); }

    /// Makes room for this many components, connections and zones (loading a file: no regrowth
    /// of the lists and id indexes on the way).
    void reserve(qsizetype components, qsizetype connections, qsizetype zones);

    /// A fresh id of the form `<prefix><n>` that no component, connection or zone uses.
    [[nodiscard]] QString uniqueId(const QString &prefix) const;
    /// The bounding rectangle of every component and zone (empty for an empty design).
    [[nodiscard]] QRectF bounds() const;

    bool operator==(const Design &other) const;

private:
    IdList<Component> m_components;
    IdList<Connection> m_connections;
    IdList<Zone> m_zones;
    QHash<std::pair<QString, QString>, int> m_connectionByEnds; ///< (from, to) → count
};

} // namespace mlsd
