#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace mlsd {

/*!
 * Writes pretty-printed JSON straight into a buffer, byte for byte what nlohmann_json's
 * `dump(2, ' ', false, error_handler_t::replace)` prints for the same document, without building
 * a DOM first (the canonical `.mlsd` text, designwriter.cpp). Values are written in order; inside
 * an object each value follows a key().
 */
class PrettyJsonWriter
{
public:
    explicit PrettyJsonWriter(qsizetype reserve = 0)
    {
        m_out.resize(std::max<qsizetype>(reserve, 64));
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// The next member's key (in an object).
    void key(std::string_view name);

    void string(const QString &text);
    void integer(long long value);
    /// Integral values as integers, others as the shortest text that reads back the same double.
    void number(double value);
    void boolean(bool value);
    void null();
    /// Any JSON value, pretty-printed at the current depth.
    void value(const nlohmann::json &value);

    /// The text written so far.
    [[nodiscard]] QByteArray take()
    {
        m_out.truncate(m_size);
        m_size = 0;
        return std::move(m_out);
    }

private:
    void open(char bracket);
    void close(char bracket);
    void separator();
    void indent(std::size_t depth);
    void escaped(const char *data, qsizetype size);

    void append(const char *data, qsizetype size)
    {
        if (m_size + size > m_out.size())
            m_out.resize(std::max(m_out.size() * 2, m_size + size));
        std::memcpy(m_out.data() + m_size, data, std::size_t(size));
        m_size += size;
    }
    void append(char c) { append(&c, 1); }
    void append(const char *text) { append(text, qsizetype(std::strlen(text))); }
    void append(qsizetype count, char c);

    // Written through append() into a buffer grown by doubling (QByteArray::append is slow:
    // every call goes through insert()); take() trims it to m_size without copying.
    QByteArray m_out;
    qsizetype m_size = 0;
    std::vector<int> m_counts; ///< values written so far in each open container
    bool m_afterKey = false;
};

} // namespace mlsd
