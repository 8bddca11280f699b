#pragma once

#include "io/diagnostic.h"
#include "model/design.h"

#include <QByteArray>

namespace mlsd {

/*!
 * The canonical text of a design (format version 1): pretty-printed with two spaces, keys of each
 * object in the documented order with unknown keys after them (sorted), components, connections and
 * zones in creation order, UTF-8, ending with a newline. Same design, same bytes.
 */
[[nodiscard]] QByteArray serializeDesign(const Design &design);

/// How a save went. The previous file is kept as `FILE.bak` when there was one.
struct SaveResult
{
    bool ok = false;
    QString error;   ///< why the save failed; the file on disk is unchanged
    QString warning; ///< e.g. the backup could not be written (the save itself succeeded)
};

/*!
 * Writes \a data to \a path atomically (QSaveFile: a crash leaves either the old or the new file,
 * complete). When \a keepBackup and a file exists, its previous content is first written to
 * `path + ".bak"`, also atomically. A save killed in the instant QSaveFile renames its finished
 * copy over the file can leave that complete copy beside it (`path` + "." + six letters); the next
 * save removes such copies when they hold the new or the previous content (nothing is lost).
 */
[[nodiscard]] SaveResult writeFileAtomically(const QString &path, const QByteArray &data,
                                             bool keepBackup = true);

/// serializeDesign() then writeFileAtomically().
[[nodiscard]] SaveResult saveDesignFile(const QString &path, const Design &design,
                                        bool keepBackup = true);

} // namespace mlsd
