#pragma once

#include "designreader.h"
#include "jsonsource.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <cstring>

namespace mlsd::fuzz {

// Comparisons shared by the fuzz harnesses and tst_jsonio.

/// Equal values of equal types all the way down (unsigned, signed and double told apart; doubles
/// compared bit for bit), keys in the same order.
inline bool identicalJson(const nlohmann::json &a, const nlohmann::json &b)
{
    if (a.type() != b.type())
        return false;
    if (a.is_object() || a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
            if ((a.is_object() && i.key() != j.key()) || !identicalJson(*i, *j))
                return false;
        }
        return true;
    }
    if (a.is_number_float()) {
        const double x = a.get<double>(), y = b.get<double>();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a == b;
}

/*!
 * What the loader says about \a data through its two paths: loadDesign() (the fast parser, with
 * zones, components and connections parsed one element at a time) and readDesign() on the DOM of
 * parseJson(). Empty when they agree exactly — design, errors, warnings, read-only state — or
 * the difference.
 */
inline QString compareLoadPaths(const QByteArray &data, const Catalog *catalog)
{
    using namespace Qt::StringLiterals;
    const LoadResult fast = loadDesign(data, u"f.mlsd"_s, catalog);
    LoadResult exact;
    Diagnostic error;
    if (const auto root = parseJson(data, u"f.mlsd"_s, &error))
        exact = readDesign(*root, u"f.mlsd"_s, catalog);
    else
        exact.errors << error;
    if (fast.message() != exact.message())
        return u"diagnostics differ:\n%1\n---\n%2"_s.arg(fast.message(), exact.message());
    if (fast.ok() != exact.ok() || (fast.ok() && !(*fast.design == *exact.design)))
        return u"designs differ"_s;
    if (fast.readOnly != exact.readOnly || fast.readOnlyReason != exact.readOnlyReason)
        return u"read-only state differs"_s;
    return {};
}

} // namespace mlsd::fuzz
