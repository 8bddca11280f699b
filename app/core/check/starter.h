#pragma once

#include "model/design.h"

/*!
 * \file starter.h
 * A starter design for a template (`mlsdboard new`, "New from template" in the app).
 */

namespace mlsd {

class Catalog;
struct Template;

/*!
 * One component per stage of \a tmpl (as many as its stage rules ask for, e.g. two candidate
 * sources), wired along the template's order chains and loops and then wherever a reach rule
 * still needs a connection, and laid out left to right in flow order, in one zone per zone kind
 * (catalog `zone_kind`), with no overlapping boxes. The result raises no stage, order, reach or
 * loop error against \a tmpl; the brief and the annotations are left for the author.
 */
[[nodiscard]] Design starterDesign(const Template &tmpl, const Catalog &catalog);

} // namespace mlsd
