#pragma once

#include "design.h"

namespace mlsd::ui {

/*!
 * A synthetic design of \a components components for benchmarks and scale tests: zones of 50
 * components (10 columns × 5 rows) laid out in a square grid, about 1.5 connections per component
 * (along each row, down each column, and across zones), a label on every third connection, every
 * catalog type used in turn. The same \a components always gives the same design.
 */
[[nodiscard]] Design syntheticDesign(int components);

} // namespace mlsd::ui
