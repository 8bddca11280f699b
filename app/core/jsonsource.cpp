#include "jsonsource.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

/// 1-based line and column (in characters, counting a UTF-8 sequence once) of byte \a offset.
void lineColumn(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    int l = 1, c = 1;
    const qsizetype end = std::min(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto b = static_cast<unsigned char>(data.at(i));
        if (b == '\n') {
            ++l;
            c = 1;
        } else if ((b & 0xC0) != 0x80) {
            ++c;
        }
    }
    *line = l;
    *column = c;
}

/// Finds the first bracket nested deeper than \a maxDepth, outside strings; -1 when none.
qsizetype findTooDeep(const QByteArray &data, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char ch = p[i];
        if (inString) {
            if (ch == '\\')
                ++i;
            else if (ch == '"')
                inString = false;
            continue;
        }
        switch (ch) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return i;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return -1;
}

/*!
 * Builds the DOM from SAX events. Unlike nlohmann's own builder it refuses duplicate object keys
 * (which would otherwise silently keep the last value) and remembers where, as a JSON pointer.
 */
class DomBuilder
{
public:
    using json = nlohmann::json;

    explicit DomBuilder(json &root) : m_root(root) {}

    bool null() { return put(json(nullptr)); }
    bool boolean(bool v) { return put(json(v)); }
    bool number_integer(json::number_integer_t v) { return put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t &) { return put(json(v)); }
    bool string(json::string_t &v) { return put(json(std::move(v))); }
    bool binary(json::binary_t &) { return false; }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t &k)
    {
        json &object = *m_stack.back().value;
        if (object.contains(k)) {
            m_duplicateKey = QString::fromStdString(k);
            m_duplicate = pointer() + u'/' + pointerToken(m_duplicateKey);
            return false;
        }
        m_stack.back().key = std::move(k);
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        m_errorByte = position;
        m_errorText = QString::fromUtf8(ex.what());
        return false;
    }

    QString m_duplicate;
    QString m_duplicateKey;
    std::size_t m_errorByte = 0;
    QString m_errorText;

private:
    struct Frame
    {
        json *value;
        std::string key;
        std::size_t index = 0;
    };

    json *slot(json &&v)
    {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return &m_root;
        }
        Frame &top = m_stack.back();
        if (top.value->is_array()) {
            ++top.index;
            top.value->push_back(std::move(v));
            return &top.value->back();
        }
        json &member = (*top.value)[top.key];
        member = std::move(v);
        return &member;
    }
    bool put(json &&v)
    {
        slot(std::move(v));
        return true;
    }
    bool open(json &&v)
    {
        m_stack.push_back({slot(std::move(v)), {}, 0});
        return true;
    }
    bool close()
    {
        m_stack.pop_back();
        return true;
    }
    QString pointer() const
    {
        QString out;
        for (const Frame &f : m_stack) {
            if (&f == &m_stack.back())
                break;
            // The parent frame names the child through its current key or last index.
            out += u'/';
            out += f.value->is_array() ? QString::number(f.index - 1)
                                       : pointerToken(QString::fromStdString(f.key));
        }
        return out;
    }

    json &m_root;
    std::vector<Frame> m_stack;
};

} // namespace

std::optional<nlohmann::json> parseJson(const QByteArray &data, const QString &file,
                                        Diagnostic *error, const JsonLimits &limits)
{
    if (data.size() > limits.maxBytes) {
        *error = Diagnostic::error(file, {},
                                   u"the file is %1 bytes; the limit is %2 bytes"_s.arg(data.size()).arg(limits.maxBytes));
        return std::nullopt;
    }
    if (const qsizetype deep = findTooDeep(data, limits.maxDepth); deep >= 0) {
        int line = 0, column = 0;
        lineColumn(data, deep, &line, &column);
        *error = Diagnostic::at(file, line, column,
                                u"nesting deeper than %1 levels"_s.arg(limits.maxDepth));
        return std::nullopt;
    }
    try {
        nlohmann::json root;
        DomBuilder builder(root);
        if (nlohmann::json::sax_parse(data.cbegin(), data.cend(), &builder))
            return root;
        if (!builder.m_duplicate.isEmpty()) {
            *error = Diagnostic::error(file, builder.m_duplicate,
                                       u"duplicate key \"%1\""_s.arg(builder.m_duplicateKey));
            return std::nullopt;
        }
        // The error byte is the 1-based offset of the last byte read.
        int line = 0, column = 0;
        lineColumn(data, qsizetype(builder.m_errorByte > 0 ? builder.m_errorByte - 1 : 0), &line,
                   &column);
        QString message = builder.m_errorText;
        static const QRegularExpression prefix(u"^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] (parse error( at line \\d+, column \\d+)?: )?"_s);
        message.remove(prefix);
        static const QRegularExpression lastRead(u"; last read: '.*'"_s,
                                                 QRegularExpression::DotMatchesEverythingOption);
        message.remove(lastRead);
        message.replace(u"syntax error while parsing "_s, u"syntax error in "_s);
        *error = Diagnostic::at(file, line, column, message);
        return std::nullopt;
    } catch (const std::exception &e) {
        *error = Diagnostic::error(file, {}, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

std::optional<nlohmann::json> readJsonFile(const QString &path, Diagnostic *error,
                                           const JsonLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Diagnostic::error(path, {}, u"cannot open: %1"_s.arg(f.errorString()));
        return std::nullopt;
    }
    if (f.size() > limits.maxBytes) {
        *error = Diagnostic::error(path, {},
                                   u"the file is %1 bytes; the limit is %2 bytes"_s.arg(f.size()).arg(limits.maxBytes));
        return std::nullopt;
    }
    const QByteArray data = f.read(limits.maxBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        *error = Diagnostic::error(path, {}, u"cannot read: %1"_s.arg(f.errorString()));
        return std::nullopt;
    }
    return parseJson(data, path, error, limits);
}

} // namespace mlsd
