#include "io/designreader.h"

#include "io/fastjsonparser.h"
#include "io/flatjson.h"
#include "model/catalog.h"

#include <QFile>
#include <QSet>

#include <set>

#include <cmath>
#include <initializer_list>

namespace mlsd {

using namespace Qt::StringLiterals;
using json = nlohmann::json;

QString LoadResult::message() const
{
    Diagnostics all = errors;
    all += warnings;
    return toString(all);
}

namespace {

constexpr qsizetype maxReportedErrors = 50;

template<typename Json>
QString typeName(const Json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return u"null"_s;
    case json::value_t::boolean:
        return u"a boolean"_s;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return u"a number"_s;
    case json::value_t::string:
        return u"a string"_s;
    case json::value_t::array:
        return u"an array"_s;
    case json::value_t::object:
        return u"an object"_s;
    default:
        return u"an unsupported value"_s;
    }
}

QString quoted(const QString &s)
{
    QString shown = s.size() > 60 ? s.left(57) + u"…"_s : s;
    return u'"' + shown + u'"';
}

/// A value as an nlohmann::json (unknown keys are kept as their JSON text).
const json &asJson(const json &v)
{
    return v;
}

json asJson(const FlatValue &v)
{
    return v.toJson();
}

/// A member name as a QString.
template<typename Key>
QString keyString(const Key &key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

class Reader
{
public:
    Reader(const QString &file, const Catalog *catalog, LoadResult &result,
           const LazyArrays *lazy = nullptr, int maxDepth = JsonLimits().maxDepth)
        : m_file(file)
        , m_catalog(catalog)
        , m_result(result)
        , m_lazy(lazy)
        , m_maxDepth(maxDepth)
    {}

    void read(const json &root);
    /// True when an element the parse left lazy did not parse (the result is then void).
    [[nodiscard]] bool lazyFailed() const { return m_lazyFailed; }
    /// True when the lazy array \a key was read (every element parsed).
    [[nodiscard]] bool lazyRead(const std::string &key) const { return m_lazyRead.contains(key); }

private:
    // ---- reporting ----
    void error(const QString &ptr, const QString &message)
    {
        if (m_result.errors.size() < maxReportedErrors)
            m_result.errors << Diagnostic::error(m_file, ptr, message);
    }
    void warning(const QString &ptr, const QString &message)
    {
        if (m_result.warnings.size() < maxReportedErrors)
            m_result.warnings << Diagnostic::warning(m_file, ptr, message);
    }
    static QString child(const QString &ptr, const char *key)
    {
        return ptr + u'/' + QLatin1StringView(key);
    }
    static QString child(const QString &ptr, qsizetype index)
    {
        return ptr + u'/' + QString::number(index);
    }

    // ---- typed access ----
    template<typename Json>
    bool expectObject(const Json &v, const QString &ptr)
    {
        if (v.is_object())
            return true;
        error(ptr, u"expected an object, found %1"_s.arg(typeName(v)));
        return false;
    }
    template<typename Json>
    bool expectArray(const Json &v, const QString &ptr)
    {
        if (v.is_array())
            return true;
        error(ptr, u"expected an array, found %1"_s.arg(typeName(v)));
        return false;
    }

    /// A string member (absent or null → \a fallback).
    template<typename Json>
    QString string(const Json &obj, const char *key, const QString &ptr, qsizetype maxLength,
                   const QString &fallback = {})
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return fallback;
        // Pointers are built only for errors: a large file has hundreds of thousands of fields.
        if (!it->is_string()) {
            error(child(ptr, key), u"expected a string, found %1"_s.arg(typeName(*it)));
            return fallback;
        }
        QString s = toQString(*it);
        if (s.size() > maxLength) {
            error(child(ptr, key),
                  u"text of %1 characters; the limit is %2"_s.arg(s.size()).arg(maxLength));
            return fallback;
        }
        return s;
    }

    /// A required identifier member.
    template<typename Json>
    QString id(const Json &obj, const char *key, const QString &ptr)
    {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            error(ptr, u"missing \"%1\""_s.arg(QLatin1StringView(key)));
            return {};
        }
        if (!it->is_string()) {
            error(child(ptr, key), u"expected a string, found %1"_s.arg(typeName(*it)));
            return {};
        }
        const QString s = toQString(*it);
        if (!schema::isValidId(s)) {
            error(child(ptr, key),
                  u"invalid id %1: use 1–64 letters, digits, '_', '-' or '.'"_s.arg(quoted(s)));
            return {};
        }
        return s;
    }

    template<typename Json>
    double number(const Json &obj, const char *key, const QString &ptr, double fallback, double min,
                  double max)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return fallback;
        if (!it->is_number()) {
            error(child(ptr, key), u"expected a number, found %1"_s.arg(typeName(*it)));
            return fallback;
        }
        const double v = it->template get<double>();
        if (!std::isfinite(v) || v < min || v > max) {
            error(child(ptr, key),
                  u"%1 is out of range [%2, %3]"_s.arg(v).arg(min, 0, 'f', 0).arg(max, 0, 'f', 0));
            return fallback;
        }
        return v;
    }

    int integer(const json &obj, const char *key, const QString &ptr, int fallback, int min,
                int max)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return fallback;
        if (!it->is_number_integer()) {
            error(child(ptr, key), u"expected an integer, found %1"_s.arg(typeName(*it)));
            return fallback;
        }
        const auto v = it->get<long long>();
        if (v < min || v > max) {
            error(child(ptr, key), u"%1 is out of range [%2, %3]"_s.arg(v).arg(min).arg(max));
            return fallback;
        }
        return int(v);
    }

    bool boolean(const json &obj, const char *key, const QString &ptr, bool fallback)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return fallback;
        if (!it->is_boolean()) {
            error(child(ptr, key), u"expected true or false, found %1"_s.arg(typeName(*it)));
            return fallback;
        }
        return it->get<bool>();
    }

    /// The members of \a obj not in \a known, as a compact JSON object text.
    template<typename Json>
    static ExtraKeys extras(const Json &obj, std::initializer_list<const char *> known)
    {
        // Usually every member is a known one: count them with lookups before comparing names.
        std::size_t present = 0;
        for (const char *k : known)
            present += obj.contains(k) ? 1 : 0;
        if (present == obj.size())
            return {};
        json rest;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool isKnown = false;
            for (const char *k : known) {
                if (it.key() == k) {
                    isKnown = true;
                    break;
                }
            }
            if (!isKnown)
                rest[std::string(it.key())] = asJson(it.value());
        }
        if (rest.is_null())
            return {};
        return QByteArray::fromStdString(rest.dump(-1, ' ', false));
    }

    /// The text of the elements of the top-level array \a key when the parse left it lazy.
    [[nodiscard]] const std::vector<std::string_view> *lazyElements(const char *key) const
    {
        if (!m_lazy)
            return nullptr;
        const auto it = m_lazy->elements.find(key);
        return it == m_lazy->elements.cend() ? nullptr : &it->second;
    }

    /// The element count of the top-level array \a key (\a array in the DOM, or left lazy).
    [[nodiscard]] std::size_t elementCount(const char *key, const json &array) const
    {
        const auto *lazy = lazyElements(key);
        return lazy ? lazy->size() : array.size();
    }

    /// Reads each element of the top-level array \a key with \a read(element, pointer): from the
    /// DOM, or, when the parse left the array lazy, parsing one element at a time.
    template<typename Read>
    void forEachElement(const char *key, const json &array, Read read)
    {
        const QString prefix = u'/' + QLatin1StringView(key) + u'/';
        const auto *lazy = lazyElements(key);
        if (!lazy) {
            for (std::size_t i = 0; i < array.size(); ++i)
                read(array[i], prefix + QString::number(i));
            return;
        }
        FlatJson element; // reused: no allocation per element once it has grown
        std::size_t i = 0;
        for (const std::string_view text : *lazy) {
            // The element sits two levels deep in the document: the root object and the array.
            if (!parseFlatJson(text.data(), text.data() + text.size(), element, m_maxDepth - 2)) {
                m_lazyFailed = true;
                return;
            }
            read(element.root(), prefix + QString::number(i++));
        }
        m_lazyRead.insert(key);
    }

    // ---- sections ----
    void readBrief(const json &v, const QString &ptr, Design &d);
    // The elements of the large arrays are read from the DOM (nlohmann::json) or, on the fast
    // path, from a FlatJson per element (FlatValue): the same code for both.
    template<typename Json>
    void readZone(const Json &v, const QString &ptr, Design &d);
    template<typename Json>
    void readComponent(const Json &v, const QString &ptr, Design &d);
    template<typename Json>
    void readConnection(const Json &v, const QString &ptr, Design &d);
    void readSuppression(const json &v, const QString &ptr, Design &d);
    void readReview(const json &v, const QString &ptr, Design &d);
    void readPractice(const json &v, const QString &ptr, Design &d);
    std::optional<PracticeResult> readPracticeResult(const json &v, const QString &ptr);

    QString m_file;
    const Catalog *m_catalog;
    LoadResult &m_result;
    const LazyArrays *m_lazy;
    int m_maxDepth;
    bool m_lazyFailed = false;
    std::set<std::string> m_lazyRead;
};

void Reader::read(const json &root)
{
    if (!expectObject(root, {}))
        return;
    Design d;

    const auto format = root.find("format");
    if (format == root.end()) {
        error({}, u"missing \"format\": this is not an MLSD Board design"_s);
        return;
    }
    if (!format->is_string() || format->get_ref<const std::string &>() != schema::formatName) {
        error(u"/format"_s, u"expected \"%1\": this is not an MLSD Board design"_s.arg(
                                QLatin1StringView(schema::formatName)));
        return;
    }
    const auto version = root.find("version");
    if (version == root.end()) {
        error({}, u"missing \"version\""_s);
        return;
    }
    if (!version->is_number_integer() || version->get<long long>() < 1
        || version->get<long long>() > 1'000'000) {
        error(u"/version"_s, u"expected a positive integer format version"_s);
        return;
    }
    d.sourceVersion = int(version->get<long long>());
    if (d.sourceVersion > schema::formatVersion) {
        m_result.readOnly = true;
        m_result.readOnlyReason = u"%1 was written by a newer MLSD Board (format version %2; this "
                                  u"version reads up to %3). "
                                  "It is open read-only so that nothing it holds is lost; save a "
                                  "copy under another name "
                                  "or update MLSD Board."_s.arg(m_file)
                                      .arg(d.sourceVersion)
                                      .arg(schema::formatVersion);
    }

    d.title = string(root, "title", {}, limits::maxLabel);
    d.templateId = string(root, "template", {}, 64);
    if (!d.templateId.isEmpty() && !schema::isValidId(d.templateId))
        error(u"/template"_s, u"invalid template id %1"_s.arg(quoted(d.templateId)));

    if (auto it = root.find("brief"); it != root.end() && !it->is_null())
        readBrief(*it, u"/brief"_s, d);

    // Room for everything at once (the counts are capped like the reading below).
    const auto countOf = [&](const char *key) -> qsizetype {
        const auto it = root.find(key);
        return it != root.end() && it->is_array()
                   ? qsizetype(std::min<std::size_t>(elementCount(key, *it), limits::maxComponents))
                   : 0;
    };
    d.reserve(countOf("components"), countOf("connections"), countOf("zones"));

    // Zones first: components refer to them.
    if (auto it = root.find("zones"); it != root.end() && !it->is_null()) {
        if (expectArray(*it, u"/zones"_s))
            forEachElement("zones", *it,
                           [&](const auto &v, const QString &ptr) { readZone(v, ptr, d); });
    }

    const auto components = root.find("components");
    if (components == root.end()) {
        error({}, u"missing \"components\""_s);
    } else if (expectArray(*components, u"/components"_s)) {
        const std::size_t count = elementCount("components", *components);
        if (qsizetype(count) > limits::maxComponents) {
            error(u"/components"_s,
                  u"%1 components; the limit is %2"_s.arg(count).arg(limits::maxComponents));
        } else {
            forEachElement("components", *components,
                           [&](const auto &v, const QString &ptr) { readComponent(v, ptr, d); });
        }
    }

    if (auto it = root.find("connections"); it != root.end() && !it->is_null()) {
        if (expectArray(*it, u"/connections"_s)) {
            forEachElement("connections", *it,
                           [&](const auto &v, const QString &ptr) { readConnection(v, ptr, d); });
        }
    }
    if (auto it = root.find("suppressed"); it != root.end() && !it->is_null()) {
        if (expectArray(*it, u"/suppressed"_s)) {
            for (std::size_t i = 0; i < it->size(); ++i)
                readSuppression((*it)[i], u"/suppressed/"_s + QString::number(i), d);
        }
    }
    if (auto it = root.find("review"); it != root.end() && !it->is_null())
        readReview(*it, u"/review"_s, d);
    if (auto it = root.find("practice"); it != root.end() && !it->is_null())
        readPractice(*it, u"/practice"_s, d);

    d.extra = extras(root, {"format", "version", "title", "template", "brief", "zones",
                            "components", "connections", "suppressed", "review", "practice"});
    if (m_result.errors.isEmpty())
        m_result.design = std::move(d);
}

void Reader::readBrief(const json &v, const QString &ptr, Design &d)
{
    if (!expectObject(v, ptr))
        return;
    json rest;
    for (auto it = v.begin(); it != v.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (schema::indexOf(schema::briefSections(), key) < 0) {
            rest[it.key()] = it.value();
            continue;
        }
        const QString p = ptr + u'/' + pointerToken(key);
        if (it->is_null())
            continue;
        if (!it->is_string()) {
            error(p, u"expected a string, found %1"_s.arg(typeName(*it)));
            continue;
        }
        const QString text = toQString(*it);
        if (text.size() > limits::maxText) {
            error(
                p,
                u"text of %1 characters; the limit is %2"_s.arg(text.size()).arg(limits::maxText));
            continue;
        }
        d.brief.sections.set(key, text);
    }
    if (!rest.is_null())
        d.brief.extra = QByteArray::fromStdString(rest.dump());
}

template<typename Json>
void Reader::readZone(const Json &v, const QString &ptr, Design &d)
{
    if (!expectObject(v, ptr))
        return;
    Zone z;
    z.id = id(v, "id", ptr);
    if (!z.id.isEmpty() && d.zoneIndex(z.id) >= 0) {
        error(child(ptr, "id"), u"duplicate zone id %1"_s.arg(quoted(z.id)));
        return;
    }
    z.label = string(v, "label", ptr, limits::maxLabel);
    z.kind = string(v, "kind", ptr, 64, u"other"_s);
    if (!schema::isValidId(z.kind)) {
        error(child(ptr, "kind"), u"invalid zone kind %1"_s.arg(quoted(z.kind)));
        z.kind = u"other"_s;
    }
    z.x = number(v, "x", ptr, 0, -limits::maxCoordinate, limits::maxCoordinate);
    z.y = number(v, "y", ptr, 0, -limits::maxCoordinate, limits::maxCoordinate);
    z.width = number(v, "width", ptr, 600, limits::minSize, limits::maxSize);
    z.height = number(v, "height", ptr, 400, limits::minSize, limits::maxSize);
    z.extra = extras(v, {"id", "label", "kind", "x", "y", "width", "height"});
    if (!z.id.isEmpty())
        d.appendZone(std::move(z));
}

template<typename Json>
void Reader::readComponent(const Json &v, const QString &ptr, Design &d)
{
    if (!expectObject(v, ptr))
        return;
    Component c;
    c.id = id(v, "id", ptr);
    if (!c.id.isEmpty() && d.componentIndex(c.id) >= 0) {
        error(child(ptr, "id"), u"duplicate component id %1"_s.arg(quoted(c.id)));
        return;
    }
    c.type = id(v, "type", ptr);
    if (!c.type.isEmpty() && m_catalog && !m_catalog->contains(c.type))
        warning(child(ptr, "type"),
                u"unknown component type %1 (kept as it is)"_s.arg(quoted(c.type)));
    c.label = string(v, "label", ptr, limits::maxLabel);
    c.x = number(v, "x", ptr, 0, -limits::maxCoordinate, limits::maxCoordinate);
    c.y = number(v, "y", ptr, 0, -limits::maxCoordinate, limits::maxCoordinate);
    c.width = number(v, "width", ptr, 180, limits::minSize, limits::maxSize);
    c.height = number(v, "height", ptr, 72, limits::minSize, limits::maxSize);
    c.zone = string(v, "zone", ptr, 64);
    if (!c.zone.isEmpty() && d.zoneIndex(c.zone) < 0)
        error(child(ptr, "zone"), u"no zone has the id %1"_s.arg(quoted(c.zone)));

    if (auto it = v.find("fulfills"); it != v.end() && !it->is_null()) {
        const auto p = [&] {
            return child(ptr, "fulfills");
        };
        if (it->is_array() || expectArray(*it, p())) {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const auto s = (*it)[i];
                const auto pi = [&] {
                    return child(p(), qsizetype(i));
                };
                if (!s.is_string() || !schema::isValidId(toQString(s))) {
                    error(pi(), u"expected a component type id"_s);
                    continue;
                }
                const QString stage = toQString(s);
                if (m_catalog && !m_catalog->contains(stage))
                    warning(pi(),
                            u"unknown component type %1 (kept as it is)"_s.arg(quoted(stage)));
                if (!c.fulfills.contains(stage))
                    c.fulfills << stage;
            }
        }
    }
    if (auto it = v.find("annotations"); it != v.end() && !it->is_null()) {
        const auto p = [&] {
            return child(ptr, "annotations");
        };
        if (it->is_object() || expectObject(*it, p())) {
            for (auto a = it->begin(); a != it->end(); ++a) {
                const QString key = keyString(a.key());
                const auto pa = [&] {
                    return p() + u'/' + pointerToken(key);
                };
                if (!schema::isValidId(key)) {
                    error(pa(), u"invalid annotation id %1"_s.arg(quoted(key)));
                    continue;
                }
                if (a->is_null())
                    continue;
                if (!a->is_string()) {
                    error(pa(), u"expected a string, found %1"_s.arg(typeName(*a)));
                    continue;
                }
                const QString text = toQString(*a);
                if (text.size() > limits::maxAnnotation) {
                    error(pa(), u"text of %1 characters; the limit is %2"_s.arg(text.size())
                                    .arg(limits::maxAnnotation));
                    continue;
                }
                c.annotations.set(key, text);
            }
        }
    }
    c.notes = string(v, "notes", ptr, limits::maxText);
    c.extra = extras(v, {"id", "type", "label", "x", "y", "width", "height", "zone", "fulfills",
                         "annotations", "notes"});
    if (!c.id.isEmpty() && !c.type.isEmpty())
        d.appendComponent(std::move(c));
}

template<typename Json>
void Reader::readConnection(const Json &v, const QString &ptr, Design &d)
{
    if (!expectObject(v, ptr))
        return;
    Connection c;
    c.id = id(v, "id", ptr);
    if (!c.id.isEmpty() && d.connectionIndex(c.id) >= 0) {
        error(child(ptr, "id"), u"duplicate connection id %1"_s.arg(quoted(c.id)));
        return;
    }
    c.from = id(v, "from", ptr);
    c.to = id(v, "to", ptr);
    if (!c.from.isEmpty() && d.componentIndex(c.from) < 0)
        error(child(ptr, "from"), u"no component has the id %1"_s.arg(quoted(c.from)));
    if (!c.to.isEmpty() && d.componentIndex(c.to) < 0)
        error(child(ptr, "to"), u"no component has the id %1"_s.arg(quoted(c.to)));
    c.label = string(v, "label", ptr, limits::maxLabel);
    const QString kind = string(v, "kind", ptr, 64, u"data"_s);
    if (!schema::parseConnectionKind(kind, &c.kind))
        error(child(ptr, "kind"),
              u"unknown connection kind %1: expected data, request, model or feedback"_s.arg(
                  quoted(kind)));
    c.extra = extras(v, {"id", "from", "to", "label", "kind"});
    if (!c.id.isEmpty())
        d.appendConnection(std::move(c));
}

void Reader::readSuppression(const json &v, const QString &ptr, Design &d)
{
    if (!expectObject(v, ptr))
        return;
    Suppression s;
    s.rule = string(v, "rule", ptr, 200);
    if (s.rule.isEmpty())
        error(ptr, u"missing \"rule\""_s);
    s.reason = string(v, "reason", ptr, limits::maxAnnotation);
    s.extra = extras(v, {"rule", "reason"});
    d.suppressed << s;
}

void Reader::readReview(const json &v, const QString &ptr, Design &d)
{
    if (!expectObject(v, ptr))
        return;
    if (auto it = v.find("comments"); it != v.end() && !it->is_null()) {
        const QString p = child(ptr, "comments");
        if (expectArray(*it, p)) {
            QSet<QString> ids;
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json &c = (*it)[i];
                const QString pc = child(p, qsizetype(i));
                if (!expectObject(c, pc))
                    continue;
                ReviewComment rc;
                rc.id = id(c, "id", pc);
                if (!rc.id.isEmpty() && ids.contains(rc.id)) {
                    error(child(pc, "id"), u"duplicate comment id %1"_s.arg(quoted(rc.id)));
                    continue;
                }
                ids.insert(rc.id);
                rc.target = string(c, "target", pc, 64);
                rc.author = string(c, "author", pc, limits::maxLabel);
                rc.text = string(c, "text", pc, limits::maxText);
                rc.extra = extras(c, {"id", "target", "author", "text"});
                d.review.comments << rc;
            }
        }
    }
    if (auto it = v.find("rubric"); it != v.end() && !it->is_null()) {
        const QString p = child(ptr, "rubric");
        if (expectObject(*it, p)) {
            for (auto r = it->begin(); r != it->end(); ++r) {
                const QString dim = QString::fromStdString(r.key());
                const QString pr = p + u'/' + pointerToken(dim);
                if (!schema::isValidId(dim)) {
                    error(pr, u"invalid rubric dimension %1"_s.arg(quoted(dim)));
                    continue;
                }
                if (!expectObject(*r, pr))
                    continue;
                RubricScore s;
                s.score = integer(*r, "score", pr, 0, 0, 4);
                s.notes = string(*r, "notes", pr, limits::maxText);
                s.extra = extras(*r, {"score", "notes"});
                d.review.setScore(dim, s);
            }
        }
    }
    d.review.extra = extras(v, {"comments", "rubric"});
}

void Reader::readPractice(const json &v, const QString &ptr, Design &d)
{
    if (!expectObject(v, ptr))
        return;
    Practice p;
    p.question = string(v, "question", ptr, limits::maxText);
    p.durationS = integer(v, "duration_s", ptr, 0, 0, 24 * 3600);
    p.finished = boolean(v, "finished", ptr, false);
    if (auto it = v.find("phases"); it != v.end() && !it->is_null()) {
        const QString pp = child(ptr, "phases");
        if (expectArray(*it, pp)) {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json &ph = (*it)[i];
                const QString pi = child(pp, qsizetype(i));
                if (!expectObject(ph, pi))
                    continue;
                PracticePhase phase;
                phase.id = id(ph, "id", pi);
                phase.plannedS = integer(ph, "planned_s", pi, 0, 0, 24 * 3600);
                phase.spentS = integer(ph, "spent_s", pi, 0, 0, 7 * 24 * 3600);
                phase.extra = extras(ph, {"id", "planned_s", "spent_s"});
                p.phases << phase;
            }
        }
    }
    if (auto it = v.find("result"); it != v.end() && !it->is_null())
        p.result = readPracticeResult(*it, child(ptr, "result"));
    p.extra = extras(v, {"question", "duration_s", "phases", "finished", "result"});
    d.practice = p;
}

std::optional<PracticeResult> Reader::readPracticeResult(const json &v, const QString &ptr)
{
    if (!expectObject(v, ptr))
        return std::nullopt;
    constexpr int maxCount = 1'000'000;
    PracticeResult r;
    r.templateId = string(v, "template", ptr, 64);
    r.required = integer(v, "required", ptr, 0, 0, maxCount);
    r.present = integer(v, "present", ptr, 0, 0, maxCount);
    r.errors = integer(v, "errors", ptr, 0, 0, maxCount);
    r.warnings = integer(v, "warnings", ptr, 0, 0, maxCount);
    r.infos = integer(v, "infos", ptr, 0, 0, maxCount);
    if (auto it = v.find("findings"); it != v.end() && !it->is_null()) {
        const QString p = child(ptr, "findings");
        if (expectArray(*it, p)) {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json &f = (*it)[i];
                if (!f.is_string() || f.get<std::string>().empty()
                    || f.get<std::string>().size() > 200) {
                    error(child(p, qsizetype(i)), u"expected a rule id"_s);
                    continue;
                }
                r.findings << toQString(f);
            }
        }
    }
    r.extra
        = extras(v, {"template", "required", "present", "errors", "warnings", "infos", "findings"});
    return r;
}

} // namespace

LoadResult readDesign(const json &root, const QString &file, const Catalog *catalog)
{
    LoadResult result;
    Reader(file, catalog, result).read(root);
    return result;
}

namespace {

/*!
 * The fast load of a well-formed file: the top-level arrays of zones, components and connections
 * are parsed one element at a time while they are read (parseJsonFast() with LazyArrays), so a
 * large design never exists as a whole DOM. Nothing when the fast parser refuses the text; the
 * caller then takes the exact path, whose diagnostics this one reproduces for what it accepts.
 */
std::optional<LoadResult> loadFast(const QByteArray &data, const QString &file,
                                   const Catalog *catalog)
{
    const JsonLimits limits;
    if (data.size() > limits.maxBytes)
        return std::nullopt;
    LazyArrays lazy{{"zones", "components", "connections"}, {}};
    json root;
    if (!parseJsonFast(data.cbegin(), data.cend(), root, limits.maxDepth, &lazy))
        return std::nullopt;
    LoadResult result;
    Reader reader(file, catalog, result, &lazy, limits.maxDepth);
    reader.read(root);
    if (reader.lazyFailed())
        return std::nullopt;
    // An error can stop the reading before an array (a wrong "format", say): its elements must
    // still be well-formed, or the exact path would report that first.
    FlatJson element;
    for (const auto &[key, texts] : lazy.elements) {
        if (reader.lazyRead(key))
            continue;
        for (const std::string_view text : texts) {
            if (!parseFlatJson(text.data(), text.data() + text.size(), element,
                               limits.maxDepth - 2))
                return std::nullopt;
        }
    }
    return result;
}

} // namespace

LoadResult loadDesign(const QByteArray &data, const QString &file, const Catalog *catalog)
{
    if (std::optional<LoadResult> fast = loadFast(data, file, catalog))
        return std::move(*fast);
    Diagnostic error;
    const auto root = parseJson(data, file, &error);
    if (!root) {
        LoadResult result;
        result.errors << error;
        return result;
    }
    return readDesign(*root, file, catalog);
}

LoadResult loadDesignFile(const QString &path, const Catalog *catalog)
{
    Diagnostic error;
    const std::optional<QByteArray> data = readFileBounded(path, &error);
    if (!data) {
        LoadResult result;
        result.errors << error;
        return result;
    }
    return loadDesign(*data, path, catalog);
}

} // namespace mlsd
