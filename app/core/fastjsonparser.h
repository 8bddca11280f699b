#pragma once

#include <nlohmann/json.hpp>

namespace mlsd {

/*!
 * Parses well-formed JSON text into \a root, giving exactly the DOM nlohmann_json's parser gives
 * (same values, same number types: unsigned for non-negative integers, signed for negative ones,
 * double for the rest), several times faster. It accepts only what it is sure of and returns false
 * on anything else — a syntax error, invalid UTF-8, a duplicate key, nesting deeper than
 * \a maxDepth containers, an integer of more than 18 digits, a number out of range, a byte-order
 * mark — leaving \a root unspecified; the caller then parses with nlohmann_json, which accepts the
 * same documents and says exactly what is wrong with the others (parseJson()).
 */
[[nodiscard]] bool parseJsonFast(const char *begin, const char *end, nlohmann::json &root,
                                 int maxDepth);

} // namespace mlsd
