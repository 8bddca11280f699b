#pragma once

#include "check/checkreport.h"

/*!
 * \file fixes.h
 * Applying a checker fix (checkreport.h Fix) to an open document.
 */

namespace mlsd {

class Catalog;
class Document;

/*!
 * Applies \a fix to \a document as one undo step (Document::beginMacro/endMacro):
 * - adding a stage: a component of `fix.stage` is placed midway between the components it goes
 *   between (or beside the one it follows or precedes), moved down until it overlaps no other
 *   component, put in their zone, and wired `after → new → before`; a direct connection
 *   `after → before` is replaced (its kind is kept);
 * - connectOnly: every component of `fix.after` is connected to every one of `fix.before`.
 * Returns false and changes nothing when the fix no longer applies (a component is gone, the
 * stage is unknown, or there is nothing to connect).
 */
bool applyFix(Document &document, const Fix &fix, const Catalog &catalog);

} // namespace mlsd
