#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mlsd {

/*!
 * Top-level arrays that parseJsonFast() leaves unparsed: the DOM gets an empty array for each, and
 * \ref elements the text of each element (checked to be well-formed JSON, not yet parsed), so a
 * reader can parse one element at a time while it reads them — a few kilobytes of DOM in the cache
 * instead of hundreds of megabytes for a large design.
 */
struct LazyArrays
{
    std::vector<std::string> keys; ///< the top-level members to leave unparsed when arrays
    std::map<std::string, std::vector<std::string_view>> elements; ///< filled by the parse

    [[nodiscard]] bool isLazy(const std::string &key) const;
};

/*!
 * Parses well-formed JSON text into \a root, giving exactly the DOM nlohmann_json's parser gives
 * (same values, same number types: unsigned for non-negative integers, signed for negative ones,
 * double for the rest), several times faster. It accepts only what it is sure of and returns false
 * on anything else — a syntax error, invalid UTF-8, a duplicate key, nesting deeper than
 * \a maxDepth containers, an integer of more than 18 digits, a number out of range, a byte-order
 * mark — leaving \a root unspecified; the caller then parses with nlohmann_json, which accepts the
 * same documents and says exactly what is wrong with the others (parseJson()). With \a lazy, the
 * elements of the arrays it names are only checked (duplicate keys and number ranges inside them
 * are found when they are parsed, with \a maxDepth minus 2).
 */
[[nodiscard]] bool parseJsonFast(const char *begin, const char *end, nlohmann::json &root,
                                 int maxDepth, LazyArrays *lazy = nullptr);

} // namespace mlsd
