#include "io/jsonwriter.h"

#include <charconv>
#include <cmath>

namespace mlsd {

void PrettyJsonWriter::append(qsizetype count, char c)
{
    if (m_size + count > m_out.size())
        m_out.resize(std::max(m_out.size() * 2, m_size + count));
    std::memset(m_out.data() + m_size, c, std::size_t(count));
    m_size += count;
}

void PrettyJsonWriter::indent(std::size_t depth)
{
    append(qsizetype(depth * 2), ' ');
}

void PrettyJsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.empty())
        return;
    append(m_counts.back()++ ? ",\n" : "\n");
    indent(m_counts.size());
}

void PrettyJsonWriter::key(std::string_view name)
{
    append(m_counts.back()++ ? ",\n" : "\n");
    indent(m_counts.size());
    append('"');
    escaped(name.data(), qsizetype(name.size()));
    append("\": ");
    m_afterKey = true;
}

void PrettyJsonWriter::open(char bracket)
{
    separator();
    append(bracket);
    m_counts.push_back(0);
}

void PrettyJsonWriter::close(char bracket)
{
    const int count = m_counts.back();
    m_counts.pop_back();
    if (count) {
        append('\n');
        indent(m_counts.size());
    }
    append(bracket);
}

void PrettyJsonWriter::escaped(const char *data, qsizetype size)
{
    // The text is valid UTF-8 (QString::toUtf8 never produces anything else), so bytes of
    // multi-byte sequences pass through and only ASCII needs escaping, as nlohmann_json does it.
    static const char hex[] = "0123456789abcdef";
    qsizetype run = 0; // start of the bytes not yet copied
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b >= 0x20 && b != '"' && b != '\\')
            continue;
        append(data + run, i - run);
        run = i + 1;
        switch (b) {
        case '\b':
            append("\\b");
            break;
        case '\t':
            append("\\t");
            break;
        case '\n':
            append("\\n");
            break;
        case '\f':
            append("\\f");
            break;
        case '\r':
            append("\\r");
            break;
        case '"':
            append("\\\"");
            break;
        case '\\':
            append("\\\\");
            break;
        default: {
            const char u[] = {'\\', 'u', '0', '0', hex[b >> 4], hex[b & 0xf]};
            append(u, 6);
        }
        }
    }
    append(data + run, size - run);
}

void PrettyJsonWriter::string(const QString &text)
{
    separator();
    append('"');
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    bool ascii = true;
    for (qsizetype i = 0; i < n && ascii; ++i)
        ascii = p[i] < 0x80;
    if (ascii) {
        // Most text is ASCII: narrow it in place instead of allocating a UTF-8 copy.
        char buffer[256];
        for (qsizetype done = 0; done < n;) {
            const qsizetype chunk = std::min<qsizetype>(n - done, sizeof buffer);
            for (qsizetype i = 0; i < chunk; ++i)
                buffer[i] = char(p[done + i]);
            escaped(buffer, chunk);
            done += chunk;
        }
    } else {
        const QByteArray utf8 = text.toUtf8();
        escaped(utf8.constData(), utf8.size());
    }
    append('"');
}

void PrettyJsonWriter::integer(long long value)
{
    separator();
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    append(buffer, qsizetype(r.ptr - buffer));
}

void PrettyJsonWriter::number(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 1e15) {
        integer(static_cast<long long>(value));
        return;
    }
    separator();
    const std::string text = nlohmann::json(value).dump(); // nlohmann's shortest round trip
    append(text.data(), qsizetype(text.size()));
}

void PrettyJsonWriter::boolean(bool value)
{
    separator();
    append(value ? "true" : "false");
}

void PrettyJsonWriter::null()
{
    separator();
    append("null");
}

void PrettyJsonWriter::value(const nlohmann::json &v)
{
    separator();
    const std::string text = v.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    // Re-indent the nested lines to the current depth (strings never hold a raw newline).
    std::size_t start = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
        append(text.data() + start, qsizetype(nl + 1 - start));
        indent(m_counts.size());
        start = nl + 1;
    }
    append(text.data() + start, qsizetype(text.size() - start));
}

} // namespace mlsd
