#pragma once

#include <QString>
#include <QStringList>

/*!
 * \file schema.h
 * The fixed vocabularies of the `.mlsd` format (docs/file-format.md): brief sections,
 * component annotations, connection kinds, zone kinds and rubric dimensions. Ids are public and
 * stable; titles are what the app and the exports show.
 */

namespace mlsd {

/// The kind of a connection: plain data flow, a request path, a model artifact, or feedback.
enum class ConnectionKind { Data, Request, Model, Feedback };

/// One entry of a vocabulary: its stable id, a short title and a one-line help text.
struct VocabularyEntry
{
    QString id;
    QString title;
    QString help;
};

namespace schema {

inline constexpr int formatVersion = 1;
inline constexpr char formatName[] = "mlsd-board";

/// Brief sections in presentation order (guide: Presentation Framework, ML Design Round Framework).
[[nodiscard]] const QList<VocabularyEntry> &briefSections();
/// Component annotations in display order.
[[nodiscard]] const QList<VocabularyEntry> &annotations();
/// Review rubric dimensions in display order.
[[nodiscard]] const QList<VocabularyEntry> &rubricDimensions();
/// Zone kinds (used for zone colours and Mermaid subgraph titles).
[[nodiscard]] const QList<VocabularyEntry> &zoneKinds();
/// Practice phases, following the guide's presentation framework.
[[nodiscard]] const QList<VocabularyEntry> &practicePhases();

/// Position of \a id in \a list, or -1.
[[nodiscard]] int indexOf(const QList<VocabularyEntry> &list, const QString &id);
/// Title of \a id in \a list, or \a id itself when unknown.
[[nodiscard]] QString titleOf(const QList<VocabularyEntry> &list, const QString &id);

[[nodiscard]] QString connectionKindId(ConnectionKind kind);
/// Parses a connection kind id; returns false for an unknown id.
[[nodiscard]] bool parseConnectionKind(const QString &id, ConnectionKind *kind);
[[nodiscard]] QStringList connectionKindIds();

/// True when \a id is a well-formed identifier: 1–64 characters of [A-Za-z0-9_.-], not starting
/// with '-' or '.'.
[[nodiscard]] bool isValidId(const QString &id);

} // namespace schema
} // namespace mlsd
