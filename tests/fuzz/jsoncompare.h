#pragma once

#include <nlohmann/json.hpp>

#include <cstring>

namespace mlsd::fuzz {

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

} // namespace mlsd::fuzz
