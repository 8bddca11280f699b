#pragma once

#include "io/diagnostic.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlsd {

/// One kind of component (`components/<id>.json`): what the palette shows and the checker knows.
struct ComponentType
{
    QString id;          ///< stable id, e.g. "candidate_retrieval"
    QString name;        ///< display name, e.g. "Candidate retrieval"
    QString category;    ///< a category id (Catalog::categories())
    int order = 1000;    ///< position within its category (flow order: sources first)
    QString description; ///< one line
    QString icon;        ///< resource path of the SVG icon, e.g. ":/mlsd/icons/ranking.svg"
    QColor color;
    QStringList annotations; ///< annotation ids this type suggests
    QString guide;           ///< the guide section it comes from
    QString zoneKind;        ///< the zone kind it usually lives in (online, offline, …)
    QStringList keywords;    ///< extra words the palette search matches
};

/// A palette category, in display order.
struct ComponentCategory
{
    QString id;
    QString name;
};

/*!
 * The component catalog: the types a design may use, loaded from JSON data (built into the
 * binary's resources under `:/mlsd/components`). Validation errors name the file and a JSON
 * pointer.
 */
class Catalog
{
public:
    /// The catalog compiled into the binary. Loaded once; a broken built-in file is a build bug
    /// and is reported on stderr.
    [[nodiscard]] static const Catalog &builtin();

    /// Loads every `*.json` file of \a directory (a path or a `:/` resource path).
    bool loadDirectory(const QString &directory, Diagnostics *errors);
    /// Loads one type from JSON text; \a file names it in errors and must be `<id>.json`.
    bool loadType(const QByteArray &data, const QString &file, Diagnostics *errors);

    [[nodiscard]] bool contains(const QString &id) const { return m_index.contains(id); }
    [[nodiscard]] const ComponentType *type(const QString &id) const;
    /// All types, by category then by flow order.
    [[nodiscard]] const QList<ComponentType> &types() const { return m_types; }
    [[nodiscard]] static const QList<ComponentCategory> &categories();
    /// Display name of \a id, or \a id itself for an unknown type.
    [[nodiscard]] QString displayName(const QString &id) const;
    /// Colour of \a id, or a neutral grey for an unknown type.
    [[nodiscard]] QColor color(const QString &id) const;

private:
    void sortTypes();

    QList<ComponentType> m_types;
    QHash<QString, qsizetype> m_index;
};

} // namespace mlsd
