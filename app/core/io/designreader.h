#pragma once

#include "io/diagnostic.h"
#include "io/jsonsource.h"
#include "model/design.h"

#include <optional>

namespace mlsd {

class Catalog;

/// What loading a `.mlsd` file gives: the design, or the errors that stopped it.
struct LoadResult
{
    std::optional<Design> design; ///< set exactly when there are no errors
    Diagnostics errors;
    Diagnostics warnings;  ///< e.g. unknown component types (kept as they are)
    bool readOnly = false; ///< written by a newer version: do not save over it
    QString readOnlyReason;

    [[nodiscard]] bool ok() const { return design.has_value(); }
    /// Errors then warnings, one per line.
    [[nodiscard]] QString message() const;
};

/// Limits on the values of a design, checked on load (and kept by the editing API).
namespace limits {
inline constexpr double maxCoordinate = 10'000'000;
inline constexpr double maxSize = 100'000;
inline constexpr double minSize = 1;
inline constexpr qsizetype maxLabel = 1'000;
inline constexpr qsizetype maxAnnotation = 100'000;
inline constexpr qsizetype maxText = 1'000'000; ///< notes, brief sections, review text
inline constexpr qsizetype maxComponents = 1'000'000;
} // namespace limits

/*!
 * Validates a parsed JSON document against format version 1 and builds the design. Every error
 * names \a file and a JSON pointer; unknown keys are kept at every level; component types the
 * \a catalog does not know are kept and reported as warnings. A file of a newer version is read
 * the same way and marked read-only.
 */
[[nodiscard]] LoadResult readDesign(const nlohmann::json &root, const QString &file,
                                    const Catalog *catalog);

/// Parses (bounded, see parseJson()) and reads \a data.
[[nodiscard]] LoadResult loadDesign(const QByteArray &data, const QString &file,
                                    const Catalog *catalog);

/// Reads the file at \a path and loads it.
[[nodiscard]] LoadResult loadDesignFile(const QString &path, const Catalog *catalog);

} // namespace mlsd
