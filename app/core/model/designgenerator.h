#pragma once

#include "model/design.h"

#include <QtGlobal>

namespace mlsd {

/// What generateSyntheticDesign() builds.
struct SyntheticOptions
{
    int components = 1000; ///< exact number of components (≥ 0)
    quint32 seed = 1;      ///< same options, same design, on every platform
};

/*!
 * A large design that looks like real ones, for benchmarks, fuzz seeds and crash-safety tests.
 * Components come in pipelines of twelve real catalog types (a serving funnel from the client to
 * ranking above an offline row from event logging to the model registry), laid out on a grid of
 * pipelines; each pipeline's serving row sits in an `online` zone and its offline row in an
 * `offline` zone. About 1.5 connections per component: the funnel, the data path, model and
 * feedback edges, and links to the neighbouring pipeline. A third of the components carry
 * annotations; some carry notes, some connections labels. Deterministic for a given seed.
 */
[[nodiscard]] Design generateSyntheticDesign(const SyntheticOptions &options);

} // namespace mlsd
