#pragma once

#include "check/checkreport.h"
#include "model/design.h"

/*!
 * \file checker.h
 * The framework checker (docs/architecture.md "The checker"): a pure function from a design,
 * a template and the catalog to a report.
 *
 * How the rules read the graph:
 * - A component performs a stage when its type is the stage, when its type is one the template's
 *   stage rule accepts for it, or when it lists the stage in `fulfills`. Stage, reach, loop and
 *   annotation rules count every performer.
 * - Order rules place components by type (and accepted types) only: a re-ranker that also
 *   filters satisfies the filtering stage but does not pin filtering to its position.
 * - Loops are cut where they close: feedback connections are ignored, and a path may end at or
 *   start from a client or event logging but not run through it. Order rules also ignore
 *   connections that run against the template's order (a model registry feeding the classifier
 *   it was trained from, a reviewer's decision going back to the decision engine): the required
 *   forward path must exist without them, so a funnel wired in the wrong order fails whatever
 *   loops surround it, and a correct funnel inside loops passes.
 * - Loop rules look at the whole graph, feedback connections included.
 * - Every rule runs in O(components + connections): one breadth-first search per stage set.
 *
 * Findings name the components involved (most relevant first), are suppressed (with the reason)
 * when the design lists their rule in `suppressed`, and come errors first, then warnings, then
 * infos, in template rule order; suppressed findings follow the others. Components of a type the
 * catalog does not know are reported under the rule `core/unknown-type`.
 */

namespace mlsd {

class Catalog;
struct Template;

/// Checks \a design against \a tmpl.
[[nodiscard]] Report checkDesign(const Design &design, const Template &tmpl,
                                 const Catalog &catalog);

} // namespace mlsd
