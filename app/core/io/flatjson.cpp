#include "io/flatjson.h"

#include "io/jsonscanner.h"

#include <algorithm>

namespace mlsd {

using json = nlohmann::json;

namespace {

/// std::string's order (bytes compared as unsigned char), deciding on the first byte when it can.
bool keyLess(std::string_view a, std::string_view b)
{
    if (!a.empty() && !b.empty() && a.front() != b.front())
        return static_cast<unsigned char>(a.front()) < static_cast<unsigned char>(b.front());
    return a < b;
}

bool keyEqual(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && (a.empty() || (a.front() == b.front() && a == b));
}

} // namespace

/// Builds a FlatJson from the scanner's tokens.
class FlatJsonBuilder : public detail::JsonScanner
{
public:
    FlatJsonBuilder(const char *begin, const char *end, int maxDepth, FlatJson &doc)
        : JsonScanner(begin, end, maxDepth)
        , m_doc(doc)
    {}

    bool document()
    {
        m_doc.m_nodes.clear();
        m_doc.m_children.clear();
        m_doc.m_owned.clear();
        skipSpace();
        return value(0, {}) && atEnd();
    }

private:
    FlatJson::Node &node(std::uint32_t index) { return m_doc.m_nodes[index]; }

    /// Keeps an unescaped string for the life of the document and views it.
    std::string_view own(std::string_view view)
    {
        if (view.data() != m_scratch.data())
            return view; // a view into the source text
        return m_doc.m_owned.emplace_back(std::move(m_scratch));
    }

    /// Appends the node of the value at the cursor (a member named \a key, or an element).
    bool value(int depth, std::string_view key)
    {
        if (m_p == m_end)
            return false;
        const auto index = std::uint32_t(m_doc.m_nodes.size());
        m_doc.m_nodes.emplace_back().key = key;
        switch (*m_p) {
        case '{':
            node(index).type = json::value_t::object;
            return members(index, depth);
        case '[':
            node(index).type = json::value_t::array;
            return elements(index, depth);
        case '"': {
            std::string_view text;
            if (!stringView(&text, &m_scratch))
                return false;
            node(index).type = json::value_t::string;
            node(index).text = own(text);
            return true;
        }
        case 't':
        case 'f':
            node(index).type = json::value_t::boolean;
            node(index).b = *m_p == 't';
            return node(index).b ? literal("true", 4) : literal("false", 5);
        case 'n':
            return literal("null", 4);
        default: {
            detail::JsonNumber n;
            if (!number(&n))
                return false;
            FlatJson::Node &v = node(index);
            v.type = n.type;
            if (n.type == json::value_t::number_integer)
                v.i = n.i;
            else if (n.type == json::value_t::number_unsigned)
                v.u = n.u;
            else
                v.d = n.d;
            return true;
        }
        }
    }

    bool members(std::uint32_t index, int depth)
    {
        const std::size_t base = m_stack.size();
        const bool ok = container('}', depth, [&] {
            if (m_p == m_end || *m_p != '"')
                return false;
            std::string_view key;
            if (!stringView(&key, &m_scratch))
                return false;
            key = own(key);
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            m_stack.push_back(std::uint32_t(m_doc.m_nodes.size()));
            return value(depth + 1, key);
        });
        if (!ok)
            return false;
        // Members in key order, as nlohmann_json's std::map keeps them; a duplicate key is
        // nlohmann's (and our error message's) business.
        const auto first = m_stack.begin() + std::ptrdiff_t(base);
        const auto byKey = [&](std::uint32_t a, std::uint32_t b) {
            return keyLess(node(a).key, node(b).key);
        };
        std::sort(first, m_stack.end(), byKey);
        const auto sameKey = [&](std::uint32_t a, std::uint32_t b) {
            return keyEqual(node(a).key, node(b).key);
        };
        if (std::adjacent_find(first, m_stack.end(), sameKey) != m_stack.end())
            return false;
        finish(index, base);
        return true;
    }

    bool elements(std::uint32_t index, int depth)
    {
        const std::size_t base = m_stack.size();
        const bool ok = container(']', depth, [&] {
            m_stack.push_back(std::uint32_t(m_doc.m_nodes.size()));
            return value(depth + 1, {});
        });
        if (!ok)
            return false;
        finish(index, base);
        return true;
    }

    /// Moves the children gathered since \a base into the document, contiguous.
    void finish(std::uint32_t index, std::size_t base)
    {
        node(index).first = std::uint32_t(m_doc.m_children.size());
        node(index).count = std::uint32_t(m_stack.size() - base);
        m_doc.m_children.insert(m_doc.m_children.end(), m_stack.begin() + std::ptrdiff_t(base),
                                m_stack.end());
        m_stack.resize(base);
    }

    FlatJson &m_doc;
    std::vector<std::uint32_t> m_stack; ///< children of the open containers
    std::string m_scratch;              ///< the last unescaped string
};

bool parseFlatJson(const char *begin, const char *end, FlatJson &doc, int maxDepth)
{
    return FlatJsonBuilder(begin, end, maxDepth, doc).document();
}

FlatValue FlatJson::root() const
{
    if (m_nodes.empty()) {
        static const FlatJson empty = [] {
            FlatJson e;
            e.m_nodes.emplace_back();
            return e;
        }();
        return {&empty, 0};
    }
    return {this, 0};
}

std::size_t FlatValue::size() const
{
    switch (type()) {
    case value_t::object:
    case value_t::array:
        return node().count;
    case value_t::null:
        return 0;
    default:
        return 1;
    }
}

FlatValue FlatValue::operator[](std::size_t i) const
{
    return {m_doc, m_doc->m_children[node().first + i]};
}

FlatIterator FlatValue::begin() const
{
    return {m_doc, m_doc->m_children.data() + node().first};
}

FlatIterator FlatValue::end() const
{
    const bool container = is_object() || is_array();
    return {m_doc, m_doc->m_children.data() + node().first + (container ? node().count : 0)};
}

FlatIterator FlatValue::find(std::string_view key) const
{
    if (!is_object())
        return end();
    const std::uint32_t *first = m_doc->m_children.data() + node().first;
    const std::uint32_t *last = first + node().count;
    // Objects here are small (a component has eleven members): a scan that mostly compares
    // lengths and first bytes beats a binary search of full comparisons.
    for (const std::uint32_t *it = first; it != last; ++it) {
        if (keyEqual(m_doc->m_nodes[*it].key, key))
            return {m_doc, it};
    }
    return end();
}

bool FlatValue::contains(std::string_view key) const
{
    return find(key) != end();
}

nlohmann::json FlatValue::toJson() const
{
    const FlatJson::Node &n = node();
    switch (n.type) {
    case value_t::object: {
        json o = json::object();
        for (auto it = begin(); it != end(); ++it)
            o[std::string(it.key())] = it.value().toJson();
        return o;
    }
    case value_t::array: {
        json a = json::array();
        for (auto it = begin(); it != end(); ++it)
            a.push_back(it.value().toJson());
        return a;
    }
    case value_t::string:
        return std::string(n.text);
    case value_t::boolean:
        return n.b;
    case value_t::number_integer:
        return json::number_integer_t(n.i);
    case value_t::number_unsigned:
        return json::number_unsigned_t(n.u);
    case value_t::number_float:
        return json::number_float_t(n.d);
    default:
        return nullptr;
    }
}

} // namespace mlsd
