#include "io/fastjsonparser.h"

#include "io/jsonscanner.h"

#include <algorithm>

namespace mlsd {

namespace {

using json = nlohmann::json;

/// Builds an nlohmann::json from the scanner's tokens.
class FastParser : public detail::JsonScanner
{
public:
    FastParser(const char *begin, const char *end, int maxDepth, LazyArrays *lazy)
        : JsonScanner(begin, end, maxDepth)
        , m_lazy(lazy)
    {}

    bool document(json &root)
    {
        skipSpace();
        return value(root, 0) && atEnd();
    }

private:
    bool value(json &out, int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"': {
            std::string s;
            if (!string(&s))
                return false;
            out = std::move(s);
            return true;
        }
        case 't':
            return literal("true", 4) && (out = true, true);
        case 'f':
            return literal("false", 5) && (out = false, true);
        case 'n':
            return literal("null", 4) && (out = nullptr, true);
        default: {
            detail::JsonNumber n;
            if (!number(&n))
                return false;
            if (n.type == json::value_t::number_integer)
                out = json::number_integer_t(n.i);
            else if (n.type == json::value_t::number_unsigned)
                out = json::number_unsigned_t(n.u);
            else
                out = json::number_float_t(n.d);
            return true;
        }
        }
    }

    bool object(json &out, int depth)
    {
        out = json(json::value_t::object);
        auto &members = out.get_ref<json::object_t &>();
        return container('}', depth, [&] {
            if (m_p == m_end || *m_p != '"')
                return false;
            std::string key;
            if (!string(&key))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            // A duplicate key is nlohmann's (and our error message's) business.
            const auto [it, inserted] = members.emplace(std::move(key), nullptr);
            if (!inserted)
                return false;
            if (depth == 0 && m_lazy && m_p < m_end && *m_p == '[' && m_lazy->isLazy(it->first))
                return lazyArray(it->first, it->second);
            return value(it->second, depth + 1);
        });
    }

    /// A top-level array left unparsed: an empty array in the DOM, its elements' text on the side.
    bool lazyArray(const std::string &key, json &placeholder)
    {
        placeholder = json::array();
        auto &elements = m_lazy->elements[key];
        elements.clear();
        return container(']', 1, [&] {
            const unsigned char *start = m_p;
            if (!extent())
                return false;
            elements.emplace_back(reinterpret_cast<const char *>(start), std::size_t(m_p - start));
            return true;
        });
    }

    bool array(json &out, int depth)
    {
        out = json(json::value_t::array);
        auto &elements = out.get_ref<json::array_t &>();
        return container(']', depth, [&] {
            elements.emplace_back();
            return value(elements.back(), depth + 1);
        });
    }

    LazyArrays *m_lazy;
};

} // namespace

bool LazyArrays::isLazy(const std::string &key) const
{
    return std::find(keys.cbegin(), keys.cend(), key) != keys.cend();
}

bool parseJsonFast(const char *begin, const char *end, nlohmann::json &root, int maxDepth,
                   LazyArrays *lazy)
{
    return FastParser(begin, end, maxDepth, lazy).document(root);
}

} // namespace mlsd
