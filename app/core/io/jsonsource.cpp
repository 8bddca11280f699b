#include "io/jsonsource.h"

#include "io/fastjsonparser.h"

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
 * (which would otherwise silently keep the last value) and remembers where, as a JSON pointer, and
 * it stops at the first container nested deeper than the limit.
 */
class DomBuilder
{
public:
    using json = nlohmann::json;

    DomBuilder(json &root, int maxDepth)
        : m_root(root)
        , m_maxDepth(maxDepth)
    {}

    bool null() { return put(json(nullptr)); }
    bool boolean(bool v) { return put(json(v)); }
    bool number_integer(json::number_integer_t v) { return put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t &) { return put(json(v)); }
    bool string(json::string_t &v) { return put(json(std::move(v))); }
    bool binary(json::binary_t &) { return false; }
    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t &k)
    {
        // One lookup: insert the member, and refuse the key if it was already there.
        auto &object = m_stack.back().value->get_ref<json::object_t &>();
        const auto [it, inserted] = object.emplace(std::move(k), nullptr);
        if (!inserted) {
            m_duplicateKey = QString::fromStdString(it->first);
            m_duplicate = pointer() + u'/' + pointerToken(m_duplicateKey);
            return false;
        }
        m_stack.back().key = &it->first;
        m_stack.back().member = &it->second;
        return true;
    }
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &ex)
    {
        m_errorByte = position;
        m_errorText = QString::fromUtf8(ex.what());
        return false;
    }

    QString m_duplicate;
    QString m_duplicateKey;
    std::size_t m_errorByte = 0;
    QString m_errorText;
    bool m_tooDeep = false;

private:
    struct Frame
    {
        json *value;
        const std::string *key = nullptr; ///< the member being read (objects)
        json *member = nullptr;           ///< its value slot (objects)
        std::size_t index = 0;            ///< elements so far (arrays)
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
            auto &array = top.value->get_ref<json::array_t &>();
            array.push_back(std::move(v));
            return &array.back();
        }
        *top.member = std::move(v);
        return top.member;
    }
    bool put(json &&v)
    {
        slot(std::move(v));
        return true;
    }
    bool open(json::value_t type)
    {
        if (int(m_stack.size()) >= m_maxDepth) {
            m_tooDeep = true;
            return false;
        }
        m_stack.push_back({slot(json(type))});
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
                                       : pointerToken(QString::fromStdString(*f.key));
        }
        return out;
    }

    json &m_root;
    const int m_maxDepth;
    std::vector<Frame> m_stack;
};

} // namespace

std::optional<nlohmann::json> parseJson(const QByteArray &data, const QString &file,
                                        Diagnostic *error, const JsonLimits &limits)
{
    if (data.size() > limits.maxBytes) {
        *error = Diagnostic::error(
            file, {},
            u"the file is %1 bytes; the limit is %2 bytes"_s.arg(data.size()).arg(limits.maxBytes));
        return std::nullopt;
    }
    // Well-formed files take the fast path; everything else goes through nlohmann_json's parser,
    // which accepts the same documents and names what is wrong with the others.
    if (nlohmann::json root; parseJsonFast(data.cbegin(), data.cend(), root, limits.maxDepth))
        return root;
    try {
        nlohmann::json root;
        DomBuilder builder(root, limits.maxDepth);
        if (nlohmann::json::sax_parse(data.cbegin(), data.cend(), &builder))
            return root;
        // Too deep nesting is reported first, wherever it is, whatever else is wrong. The scan
        // runs only on failure: a document that parsed is no deeper than the builder allows.
        if (const qsizetype deep = findTooDeep(data, limits.maxDepth);
            deep >= 0 || builder.m_tooDeep) {
            int line = 0, column = 0;
            lineColumn(data, std::max<qsizetype>(deep, 0), &line, &column);
            *error = Diagnostic::at(file, line, column,
                                    u"nesting deeper than %1 levels"_s.arg(limits.maxDepth));
            return std::nullopt;
        }
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
        static const QRegularExpression prefix(
            u"^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] (parse error( at line \\d+, column \\d+)?: )?"_s);
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

std::optional<QByteArray> readFileBounded(const QString &path, Diagnostic *error,
                                          const JsonLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Diagnostic::error(path, {}, u"cannot open: %1"_s.arg(f.errorString()));
        return std::nullopt;
    }
    if (f.size() > limits.maxBytes) {
        *error = Diagnostic::error(
            path, {},
            u"the file is %1 bytes; the limit is %2 bytes"_s.arg(f.size()).arg(limits.maxBytes));
        return std::nullopt;
    }
    QByteArray data = f.read(limits.maxBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        *error = Diagnostic::error(path, {}, u"cannot read: %1"_s.arg(f.errorString()));
        return std::nullopt;
    }
    return data;
}

std::optional<nlohmann::json> readJsonFile(const QString &path, Diagnostic *error,
                                           const JsonLimits &limits)
{
    const std::optional<QByteArray> data = readFileBounded(path, error, limits);
    if (!data)
        return std::nullopt;
    return parseJson(*data, path, error, limits);
}

} // namespace mlsd
