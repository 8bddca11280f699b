#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace mlsd {

/*!
 * Writes pretty-printed JSON straight into a buffer, byte for byte what nlohmann_json's
 * `dump(2, ' ', false, error_handler_t::replace)` prints for the same document, without building
 * a DOM first (the canonical `.mlsd` text, designwriter.cpp). Values are written in order; inside an
 * object each value follows a key().
 */
class PrettyJsonWriter
{
public:
    explicit PrettyJsonWriter(std::size_t reserve = 0) { m_out.reserve(reserve); }

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
    [[nodiscard]] QByteArray take() const { return QByteArray::fromStdString(m_out); }

private:
    void open(char bracket);
    void close(char bracket);
    void separator();
    void indent(std::size_t depth);
    void escaped(const char *data, qsizetype size);

    std::string m_out;  // std::string appends inline; QByteArray::append goes through insert()
    std::vector<int> m_counts;  ///< values written so far in each open container
    bool m_afterKey = false;
};

} // namespace mlsd
