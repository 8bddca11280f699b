#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace mlsd {

void PrettyJsonWriter::indent(std::size_t depth)
{
    m_out.append(depth * 2, ' ');
}

void PrettyJsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.empty())
        return;
    m_out.append(m_counts.back()++ ? ",\n" : "\n");
    indent(m_counts.size());
}

void PrettyJsonWriter::key(std::string_view name)
{
    m_out.append(m_counts.back()++ ? ",\n" : "\n");
    indent(m_counts.size());
    m_out.push_back('"');
    escaped(name.data(), qsizetype(name.size()));
    m_out.append("\": ");
    m_afterKey = true;
}

void PrettyJsonWriter::open(char bracket)
{
    separator();
    m_out.push_back(bracket);
    m_counts.push_back(0);
}

void PrettyJsonWriter::close(char bracket)
{
    const int count = m_counts.back();
    m_counts.pop_back();
    if (count) {
        m_out.push_back('\n');
        indent(m_counts.size());
    }
    m_out.push_back(bracket);
}

void PrettyJsonWriter::escaped(const char *data, qsizetype size)
{
    // The text is valid UTF-8 (QString::toUtf8 never produces anything else), so bytes of
    // multi-byte sequences pass through and only ASCII needs escaping, as nlohmann_json does it.
    static const char hex[] = "0123456789abcdef";
    qsizetype run = 0;  // start of the bytes not yet copied
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b >= 0x20 && b != '"' && b != '\\')
            continue;
        m_out.append(data + run, std::size_t(i - run));
        run = i + 1;
        switch (b) {
        case '\b': m_out.append("\\b"); break;
        case '\t': m_out.append("\\t"); break;
        case '\n': m_out.append("\\n"); break;
        case '\f': m_out.append("\\f"); break;
        case '\r': m_out.append("\\r"); break;
        case '"': m_out.append("\\\""); break;
        case '\\': m_out.append("\\\\"); break;
        default: {
            const char u[] = {'\\', 'u', '0', '0', hex[b >> 4], hex[b & 0xf]};
            m_out.append(u, 6);
        }
        }
    }
    m_out.append(data + run, std::size_t(size - run));
}

void PrettyJsonWriter::string(const QString &text)
{
    separator();
    m_out.push_back('"');
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
    m_out.push_back('"');
}

void PrettyJsonWriter::integer(long long value)
{
    separator();
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, std::size_t(r.ptr - buffer));
}

void PrettyJsonWriter::number(double value)
{
    if (std::trunc(value) == value && std::fabs(value) < 1e15) {
        integer(static_cast<long long>(value));
        return;
    }
    separator();
    m_out.append(nlohmann::json(value).dump());  // nlohmann's shortest round-trip form
}

void PrettyJsonWriter::boolean(bool value)
{
    separator();
    m_out.append(value ? "true" : "false");
}

void PrettyJsonWriter::null()
{
    separator();
    m_out.append("null");
}

void PrettyJsonWriter::value(const nlohmann::json &v)
{
    separator();
    const std::string text = v.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    // Re-indent the nested lines to the current depth (strings never hold a raw newline).
    std::size_t start = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
        m_out.append(text, start, nl + 1 - start);
        indent(m_counts.size());
        start = nl + 1;
    }
    m_out.append(text, start);
}

} // namespace mlsd
