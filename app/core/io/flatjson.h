#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace mlsd {

class FlatValue;
class FlatIterator;

/*!
 * A read-only JSON document in a few flat buffers: one node per value, strings viewed in the
 * source text (copied only when they hold escapes), object members sorted by key as in
 * nlohmann_json's objects. Built by parseFlatJson() and reused from one element to the next, it
 * costs no allocation per value; the design reader reads the elements of large arrays through it
 * (FlatValue offers the part of nlohmann::json's interface the reader uses, with the same
 * semantics).
 */
class FlatJson
{
public:
    using value_t = nlohmann::json::value_t;

    /// The root value (null for an empty document).
    [[nodiscard]] FlatValue root() const;

private:
    friend class FlatValue;
    friend class FlatIterator;
    friend class FlatJsonBuilder;

    struct Node
    {
        value_t type = value_t::null;
        std::uint32_t first = 0; ///< containers: first index in m_children
        std::uint32_t count = 0; ///< containers: members or elements
        std::string_view key;    ///< members: their name
        std::string_view text;   ///< strings
        union
        {
            double d;
            std::int64_t i;
            std::uint64_t u;
            bool b;
        };
        Node()
            : u(0)
        {}
    };

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_children; ///< container children, each container's contiguous
    std::deque<std::string> m_owned;       ///< strings that held escapes, unescaped
};

/// A value of a FlatJson document (a cheap handle; the document must outlive it).
class FlatValue
{
public:
    using value_t = nlohmann::json::value_t;

    FlatValue() = default;
    FlatValue(const FlatJson *doc, std::uint32_t index)
        : m_doc(doc)
        , m_index(index)
    {}

    [[nodiscard]] value_t type() const { return node().type; }
    [[nodiscard]] bool is_null() const { return type() == value_t::null; }
    [[nodiscard]] bool is_boolean() const { return type() == value_t::boolean; }
    [[nodiscard]] bool is_string() const { return type() == value_t::string; }
    [[nodiscard]] bool is_object() const { return type() == value_t::object; }
    [[nodiscard]] bool is_array() const { return type() == value_t::array; }
    [[nodiscard]] bool is_number_integer() const
    {
        return type() == value_t::number_integer || type() == value_t::number_unsigned;
    }
    [[nodiscard]] bool is_number() const
    {
        return is_number_integer() || type() == value_t::number_float;
    }

    /// Like nlohmann: members or elements of a container, 0 for null, 1 for any other value.
    [[nodiscard]] std::size_t size() const;
    /// Element \a i of an array.
    [[nodiscard]] FlatValue operator[](std::size_t i) const;
    [[nodiscard]] FlatIterator begin() const;
    [[nodiscard]] FlatIterator end() const;
    /// The member \a key of an object, or end().
    [[nodiscard]] FlatIterator find(std::string_view key) const;
    [[nodiscard]] bool contains(std::string_view key) const;

    /// The number (or boolean) as \a T, converted the way nlohmann::json::get<T>() converts.
    template<typename T>
    [[nodiscard]] T get() const
    {
        const FlatJson::Node &n = node();
        switch (n.type) {
        case value_t::number_integer:
            return static_cast<T>(n.i);
        case value_t::number_unsigned:
            return static_cast<T>(n.u);
        case value_t::number_float:
            return static_cast<T>(n.d);
        case value_t::boolean:
            return static_cast<T>(n.b);
        default:
            return T();
        }
    }
    /// The text of a string (UTF-8, unescaped).
    [[nodiscard]] std::string_view str() const { return node().text; }

    /// The value as an nlohmann::json (for unknown keys, kept verbatim).
    [[nodiscard]] nlohmann::json toJson() const;

private:
    friend class FlatIterator;
    [[nodiscard]] const FlatJson::Node &node() const { return m_doc->m_nodes[m_index]; }

    const FlatJson *m_doc = nullptr;
    std::uint32_t m_index = 0;
};

/// Walks the members (in key order) or elements of a FlatValue container.
class FlatIterator
{
public:
    FlatIterator(const FlatJson *doc, const std::uint32_t *position)
        : m_doc(doc)
        , m_position(position)
    {}

    [[nodiscard]] FlatValue operator*() const { return value(); }
    [[nodiscard]] const FlatValue *operator->() const
    {
        m_current = value();
        return &m_current;
    }
    FlatIterator &operator++()
    {
        ++m_position;
        return *this;
    }
    bool operator==(const FlatIterator &other) const { return m_position == other.m_position; }
    bool operator!=(const FlatIterator &other) const { return m_position != other.m_position; }

    /// The member's name.
    [[nodiscard]] std::string_view key() const { return m_doc->m_nodes[*m_position].key; }
    [[nodiscard]] FlatValue value() const { return {m_doc, *m_position}; }

private:
    const FlatJson *m_doc;
    const std::uint32_t *m_position;
    mutable FlatValue m_current;
};

/*!
 * Parses one JSON value into \a doc (cleared first) with exactly the acceptance rules and value
 * semantics of parseJsonFast(): false for anything it is not sure of, including duplicate keys
 * and nesting deeper than \a maxDepth containers.
 */
[[nodiscard]] bool parseFlatJson(const char *begin, const char *end, FlatJson &doc, int maxDepth);

/// The text of a string value as a QString.
[[nodiscard]] inline QString toQString(const FlatValue &value)
{
    const std::string_view s = value.str();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace mlsd
