#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

/*!
 * \file jsonscanner.h
 * The tokenizer shared by parseJsonFast() (which builds an nlohmann::json) and parseFlatJson()
 * (which builds a FlatJson). It accepts exactly what nlohmann_json accepts, minus what it refuses
 * to decide (see parseJsonFast()); inline because it is the inner loop of loading a file.
 */

namespace mlsd::detail {

/// A number token, typed the way nlohmann_json types it.
struct JsonNumber
{
    nlohmann::json::value_t type = nlohmann::json::value_t::number_unsigned;
    union
    {
        std::int64_t i;
        std::uint64_t u;
        double d = 0;
    };
};

class JsonScanner
{
public:
    JsonScanner(const char *begin, const char *end, int maxDepth)
        : m_p(reinterpret_cast<const unsigned char *>(begin))
        , m_end(reinterpret_cast<const unsigned char *>(end))
        , m_maxDepth(maxDepth)
    {}

protected:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    /// True at the end of the text, after the value and trailing whitespace.
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    /*!
     * Moves past one value of a lazy array, finding only where it ends: brackets are counted
     * outside strings, nothing else is looked at. The value is checked in full when it is parsed
     * (parseJsonFast() / parseFlatJson() on its text), and whatever is wrong then sends the load
     * down the exact path.
     */
    bool extent()
    {
        if (m_p == m_end)
            return false;
        if (*m_p == '"')
            return skipString();
        if (*m_p != '{' && *m_p != '[') {
            while (m_p < m_end && *m_p != ',' && *m_p != ']' && *m_p != '}' && *m_p != ' '
                   && *m_p != '\n' && *m_p != '\r' && *m_p != '\t')
                ++m_p;
            return true;
        }
        // Byte classes: 0 nothing to see, 1 a quote, 2 an opening bracket, 3 a closing one.
        static const auto classes = [] {
            std::array<unsigned char, 256> t{};
            t['"'] = 1;
            t['{'] = t['['] = 2;
            t['}'] = t[']'] = 3;
            return t;
        }();
        int depth = 0;
        for (;;) {
            while (m_p < m_end && classes[*m_p] == 0)
                ++m_p;
            if (m_p == m_end)
                return false;
            switch (classes[*m_p]) {
            case 1:
                if (!skipString())
                    return false;
                break;
            case 2:
                ++m_p;
                ++depth;
                break;
            default:
                ++m_p;
                if (--depth == 0)
                    return true;
            }
        }
    }

    bool skipString()
    {
        ++m_p;
        for (;;) {
            while (m_p < m_end && *m_p != '"' && *m_p != '\\')
                ++m_p;
            if (m_p == m_end)
                return false;
            if (*m_p == '"') {
                ++m_p;
                return true;
            }
            if (m_end - m_p < 2)
                return false;
            m_p += 2;
        }
    }

    bool literal(const char *word, std::ptrdiff_t size)
    {
        if (m_end - m_p < size || std::memcmp(m_p, word, std::size_t(size)) != 0)
            return false;
        m_p += size;
        return true;
    }

    /// The members or elements of a container up to \a close, each read by \a element.
    template<typename Element>
    bool container(unsigned char close, int depth, Element element)
    {
        if (depth >= m_maxDepth)
            return false;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!element())
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == close) {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
            skipSpace();
        }
    }

    static int hexValue(unsigned char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    /// Four hex digits after "\u"; -1 when malformed.
    int hex4()
    {
        if (m_end - m_p < 4)
            return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        m_p += 4;
        return v;
    }

    static void appendUtf8(std::string &out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out.push_back(char(cp));
        } else if (cp < 0x800) {
            out.push_back(char(0xC0 | (cp >> 6)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(char(0xE0 | (cp >> 12)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (cp >> 18)));
            out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        }
    }

    /// "\uXXXX" (m_p after the 'u'), with a surrogate pair as nlohmann_json requires it.
    bool unicodeEscape(std::string &out)
    {
        const int first = hex4();
        if (first < 0 || (first >= 0xDC00 && first <= 0xDFFF))
            return false;
        std::uint32_t cp = std::uint32_t(first);
        if (first >= 0xD800 && first <= 0xDBFF) {
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                return false;
            m_p += 2;
            const int second = hex4();
            if (second < 0xDC00 || second > 0xDFFF)
                return false;
            cp = 0x10000 + ((std::uint32_t(first) - 0xD800) << 10)
                 + (std::uint32_t(second) - 0xDC00);
        }
        appendUtf8(out, cp);
        return true;
    }

    /// Length of the well-formed UTF-8 sequence at m_p (RFC 3629, as nlohmann_json checks it);
    /// 0 when it is not one.
    std::ptrdiff_t utf8Sequence() const
    {
        const std::ptrdiff_t left = m_end - m_p;
        const unsigned char b0 = m_p[0];
        auto cont = [&](std::ptrdiff_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
            return i < left && m_p[i] >= lo && m_p[i] <= hi;
        };
        if (b0 >= 0xC2 && b0 <= 0xDF)
            return cont(1) ? 2 : 0;
        if (b0 == 0xE0)
            return cont(1, 0xA0) && cont(2) ? 3 : 0;
        if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
            return cont(1) && cont(2) ? 3 : 0;
        if (b0 == 0xED)
            return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
        if (b0 == 0xF0)
            return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
        if (b0 >= 0xF1 && b0 <= 0xF3)
            return cont(1) && cont(2) && cont(3) ? 4 : 0;
        if (b0 == 0xF4)
            return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
        return 0;
    }

    /// True for the bytes a string holds as they are: printable ASCII but '"' and '\\'.
    static bool plain(unsigned char c)
    {
        static const auto table = [] {
            std::array<bool, 256> t{};
            for (int c = 0x20; c < 0x80; ++c)
                t[std::size_t(c)] = c != '"' && c != '\\';
            return t;
        }();
        return table[c];
    }

    /*!
     * Moves over what a string holds as it is (printable ASCII, well-formed UTF-8) up to a quote,
     * a backslash, a control character or the end; false on ill-formed UTF-8.
     */
    bool plainRun()
    {
        for (;;) {
            while (m_p < m_end && plain(*m_p))
                ++m_p;
            if (m_p == m_end || *m_p < 0x80)
                return true;
            const std::ptrdiff_t n = utf8Sequence();
            if (n == 0)
                return false;
            m_p += n;
        }
    }

    bool string(std::string *out)
    {
        ++m_p; // the opening quote
        const unsigned char *run = m_p;
        for (;;) {
            if (!plainRun() || m_p == m_end)
                return false;
            const unsigned char c = *m_p;
            if (c == '"') {
                out->append(reinterpret_cast<const char *>(run), std::size_t(m_p - run));
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            // A backslash escape.
            out->append(reinterpret_cast<const char *>(run), std::size_t(m_p - run));
            if (m_end - m_p < 2)
                return false;
            const unsigned char e = m_p[1];
            m_p += 2;
            switch (e) {
            case '"':
                out->push_back('"');
                break;
            case '\\':
                out->push_back('\\');
                break;
            case '/':
                out->push_back('/');
                break;
            case 'b':
                out->push_back('\b');
                break;
            case 'f':
                out->push_back('\f');
                break;
            case 'n':
                out->push_back('\n');
                break;
            case 'r':
                out->push_back('\r');
                break;
            case 't':
                out->push_back('\t');
                break;
            case 'u':
                if (!unicodeEscape(*out))
                    return false;
                break;
            default:
                return false;
            }
            run = m_p;
        }
    }

    bool digits()
    {
        const unsigned char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start;
    }

    /*!
     * A string token as a view: into the text when it holds no escape, else into \a unescaped
     * (which must then outlive the view).
     */
    bool stringView(std::string_view *view, std::string *unescaped)
    {
        const unsigned char *open = m_p;
        const unsigned char *start = ++m_p;
        if (!plainRun() || m_p == m_end)
            return false;
        if (*m_p == '"') {
            *view = {reinterpret_cast<const char *>(start), std::size_t(m_p - start)};
            ++m_p;
            return true;
        }
        // An escape, or a control character (which string() refuses).
        m_p = open;
        unescaped->clear();
        if (!string(unescaped))
            return false;
        *view = *unescaped;
        return true;
    }

    bool number(JsonNumber *out)
    {
        const unsigned char *start = m_p;
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end)
            return false;
        if (*m_p == '0')
            ++m_p;
        else if (!(*m_p >= '1' && *m_p <= '9') || !digits())
            return false;
        const unsigned char *integerEnd = m_p;
        bool isFloat = false;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
            isFloat = true;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
            isFloat = true;
        }
        if (!isFloat) {
            const unsigned char *first = start + (negative ? 1 : 0);
            if (integerEnd - first > 18)
                return false; // could overflow: nlohmann decides
            std::uint64_t v = 0;
            for (const unsigned char *q = first; q < integerEnd; ++q)
                v = v * 10 + std::uint64_t(*q - '0');
            if (negative) {
                out->type = nlohmann::json::value_t::number_integer;
                out->i = -std::int64_t(v);
            } else {
                out->type = nlohmann::json::value_t::number_unsigned;
                out->u = v;
            }
            return true;
        }
        double d = 0;
        const auto r = std::from_chars(reinterpret_cast<const char *>(start),
                                       reinterpret_cast<const char *>(m_p), d);
        if (r.ec != std::errc() || r.ptr != reinterpret_cast<const char *>(m_p)
            || !std::isfinite(d))
            return false;
        out->type = nlohmann::json::value_t::number_float;
        out->d = d;
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    const int m_maxDepth;
};

} // namespace mlsd::detail
