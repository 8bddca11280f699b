#include "check/templateloader.h"

#include "check/flowgraph.h"
#include "io/jsonsource.h"
#include "io/schema.h"
#include "model/catalog.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace mlsd::templateloader {

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

constexpr int maxRules = 500;
constexpr int maxText = 4000;
constexpr int maxStages = 64; // the checker keeps a template's stages in a 64-bit set

const QStringList &placeholders()
{
    static const QStringList list
        = {u"stage"_s, u"from"_s, u"to"_s, u"count"_s, u"min"_s, u"components"_s, u"detail"_s};
    return list;
}

/// Keys a rule of \a kind may have (besides the common ones).
QStringList kindKeys(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Stage:
        return {u"stage"_s, u"min"_s, u"required"_s, u"accept"_s, u"fix"_s};
    case RuleKind::Order:
        return {u"stages"_s, u"each"_s};
    case RuleKind::Loop:
        return {u"stages"_s, u"fix"_s};
    case RuleKind::Reach:
        return {u"from"_s, u"to"_s, u"via"_s, u"each"_s, u"fix"_s};
    case RuleKind::NotReach:
        return {u"from"_s, u"to"_s, u"except_through"_s};
    case RuleKind::Annotation:
        return {u"stages"_s,  u"annotation"_s,    u"scope"_s,
                u"pattern"_s, u"include_notes"_s, u"skip_empty"_s};
    case RuleKind::Brief:
        return {u"section"_s, u"min_items"_s, u"pattern"_s};
    }
    return {};
}

/// Reads one JSON object with located errors.
class ObjectReader
{
public:
    ObjectReader(const json &object, QString pointer, QString file, Diagnostics *errors)
        : m_object(object)
        , m_pointer(std::move(pointer))
        , m_file(std::move(file))
        , m_errors(errors)
    {}

    [[nodiscard]] QString at(const QString &key) const
    {
        return m_pointer + u'/' + pointerToken(key);
    }
    void fail(const QString &pointer, const QString &message)
    {
        *m_errors << Diagnostic::error(m_file, pointer, message);
        m_ok = false;
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    void markFailed() { m_ok = false; }
    [[nodiscard]] bool has(const char *key) const { return m_object.contains(key); }

    /// Reports every key that is not in \a allowed.
    void allowOnly(const QStringList &allowed)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!allowed.contains(key))
                fail(at(key), u"unknown key \"%1\""_s.arg(key));
        }
    }

    QString text(const char *key, bool required, qsizetype maxLength = maxText)
    {
        const QString k = QLatin1StringView(key);
        const auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (required)
                fail(m_pointer.isEmpty() ? QString() : m_pointer, u"missing \"%1\""_s.arg(k));
            return {};
        }
        if (!it->is_string()) {
            fail(at(k), u"expected a string"_s);
            return {};
        }
        const QString value = toQString(*it).trimmed();
        if (required && value.isEmpty())
            fail(at(k), u"must not be empty"_s);
        if (value.size() > maxLength)
            fail(at(k), u"longer than %1 characters"_s.arg(maxLength));
        return value;
    }

    bool flag(const char *key, bool fallback)
    {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            return fallback;
        if (!it->is_boolean()) {
            fail(at(QLatin1StringView(key)), u"expected true or false"_s);
            return fallback;
        }
        return it->get<bool>();
    }

    int integer(const char *key, int fallback, int lo, int hi)
    {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            return fallback;
        if (!it->is_number_integer() || it->get<long long>() < lo || it->get<long long>() > hi) {
            fail(at(QLatin1StringView(key)),
                 u"expected an integer between %1 and %2"_s.arg(lo).arg(hi));
            return fallback;
        }
        return int(it->get<long long>());
    }

    /// A string or an array of strings; each must satisfy \a valid (else \a what names it).
    std::optional<QStringList> list(const char *key, bool required, bool allowEmpty,
                                    const std::function<bool(const QString &)> &valid,
                                    const QString &what,
                                    const std::function<bool(const QString &)> &mayRepeat = {})
    {
        const QString k = QLatin1StringView(key);
        const auto it = m_object.find(key);
        if (it == m_object.end()) {
            if (required)
                fail(m_pointer, u"missing \"%1\""_s.arg(k));
            return std::nullopt;
        }
        QStringList out;
        auto take = [&](const json &v, const QString &ptr) {
            if (!v.is_string()) {
                fail(ptr, u"expected a string"_s);
                return;
            }
            const QString s = toQString(v);
            if (valid && !valid(s))
                fail(ptr, u"unknown %1 \"%2\""_s.arg(what, s));
            else if (out.contains(s) && !(mayRepeat && mayRepeat(s)))
                fail(ptr, u"\"%1\" is listed twice"_s.arg(s));
            else
                out << s;
        };
        if (it->is_string()) {
            take(*it, at(k));
        } else if (it->is_array()) {
            for (std::size_t i = 0; i < it->size(); ++i)
                take((*it)[i], at(k) + u'/' + QString::number(i));
            if (!allowEmpty && it->empty())
                fail(at(k), u"must not be empty"_s);
        } else {
            fail(at(k), u"expected a string or an array of strings"_s);
        }
        return out;
    }

    [[nodiscard]] const json &object() const { return m_object; }

private:
    const json &m_object;
    QString m_pointer;
    QString m_file;
    Diagnostics *m_errors;
    bool m_ok = true;
};

/// Whether findings of rules of \a kind carry `{count}` (order and loop findings do not).
bool hasCount(RuleKind kind)
{
    return kind != RuleKind::Order && kind != RuleKind::Loop;
}

/// Placeholders are `{name}`, or a choice `{singular|plural}` that agrees with `{count}`.
void checkPlaceholders(ObjectReader &r, const char *key, const QString &text, RuleKind kind)
{
    static const QRegularExpression token(u"\\{([A-Za-z_]+)\\}"_s);
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!placeholders().contains(name))
            r.fail(r.at(QLatin1StringView(key)), u"unknown placeholder {%1} (known: {%2})"_s.arg(
                                                     name, placeholders().join(u"}, {"_s)));
    }
    static const QRegularExpression choice(u"\\{([^{}]*\\|[^{}]*)\\}"_s);
    for (auto it = choice.globalMatch(text); it.hasNext();) {
        const QString inner = it.next().captured(1);
        const QStringList forms = inner.split(u'|');
        if (forms.size() != 2 || forms.front().trimmed().isEmpty()
            || forms.back().trimmed().isEmpty())
            r.fail(r.at(QLatin1StringView(key)),
                   u"invalid choice {%1} (expected {singular|plural}, e.g. {feeds|feed})"_s.arg(
                       inner));
        else if (!hasCount(kind))
            r.fail(r.at(QLatin1StringView(key)),
                   u"choice {%1} needs a count, which %2 rules do not have"_s.arg(
                       inner, ruleKindId(kind)));
    }
}

void readPattern(ObjectReader &r, Rule *rule)
{
    rule->patternText = r.text("pattern", false, 1000);
    if (rule->patternText.isEmpty())
        return;
    rule->pattern = QRegularExpression(rule->patternText,
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    if (!rule->pattern.isValid())
        r.fail(r.at(u"pattern"_s), u"invalid regular expression at offset %1: %2"_s
                                       .arg(rule->pattern.patternErrorOffset())
                                       .arg(rule->pattern.errorString()));
}

std::optional<Rule> parseRule(const json &value, const QString &ptr, const QString &file,
                              const Catalog &catalog, Diagnostics *errors)
{
    if (!value.is_object()) {
        *errors << Diagnostic::error(file, ptr, u"expected an object"_s);
        return std::nullopt;
    }
    ObjectReader r(value, ptr, file, errors);
    Rule rule;
    const auto isStage = [&](const QString &s) {
        return catalog.contains(s);
    };
    const auto isAnnotation = [](const QString &s) {
        return schema::indexOf(schema::annotations(), s) >= 0;
    };
    const auto isSection = [](const QString &s) {
        return schema::indexOf(schema::briefSections(), s) >= 0;
    };

    rule.name = r.text("name", true, 64);
    if (!rule.name.isEmpty() && !schema::isValidId(rule.name))
        r.fail(r.at(u"name"_s),
               u"invalid rule name \"%1\" (letters, digits, '-', '_', '.')"_s.arg(rule.name));
    const QString kind = r.text("kind", true, 32);
    if (kind.isEmpty())
        return std::nullopt;
    if (!parseRuleKind(kind, &rule.kind)) {
        r.fail(r.at(u"kind"_s), u"unknown rule kind \"%1\" (known: stage, order, reach, not_reach, "
                                "loop, annotation, brief)"_s.arg(kind));
        return std::nullopt;
    }
    const QString severity = r.text("severity", true, 16);
    if (!severity.isEmpty() && !parseSeverity(severity, &rule.severity))
        r.fail(r.at(u"severity"_s),
               u"unknown severity \"%1\" (known: error, warning, info)"_s.arg(severity));
    rule.message = r.text("message", true);
    rule.hint = r.text("hint", true);
    rule.guide = r.text("guide", true, 300);
    checkPlaceholders(r, "message", rule.message, rule.kind);
    checkPlaceholders(r, "hint", rule.hint, rule.kind);

    QStringList allowed
        = {u"name"_s, u"kind"_s, u"severity"_s, u"message"_s, u"hint"_s, u"guide"_s, u"when"_s};
    allowed += kindKeys(rule.kind);
    r.allowOnly(allowed);

    switch (rule.kind) {
    case RuleKind::Stage: {
        rule.stage = r.text("stage", true, 64);
        if (!rule.stage.isEmpty() && !catalog.contains(rule.stage))
            r.fail(r.at(u"stage"_s), u"unknown stage \"%1\""_s.arg(rule.stage));
        rule.min = r.integer("min", 1, 1, 100);
        rule.required = r.flag("required", true);
        rule.accept = r.list("accept", false, true, isStage, u"stage"_s).value_or(QStringList());
        if (rule.accept.contains(rule.stage))
            r.fail(r.at(u"accept"_s), u"a stage need not accept itself"_s);
        break;
    }
    case RuleKind::Order:
    case RuleKind::Loop:
        // A chain may start and end at a loop-closing stage: client → … → client.
        rule.stages = r.list("stages", true, false, isStage, u"stage"_s,
                             rule.kind == RuleKind::Order ? flow::isLoopCut
                                                          : std::function<bool(const QString &)>())
                          .value_or(QStringList());
        if (rule.kind == RuleKind::Order)
            rule.each = r.flag("each", false);
        if (r.has("stages") && rule.stages.size() < 2)
            r.fail(r.at(u"stages"_s), u"needs at least two stages"_s);
        break;
    case RuleKind::Reach:
    case RuleKind::NotReach: {
        rule.from = r.list("from", true, false, isStage, u"stage"_s).value_or(QStringList());
        rule.to = r.list("to", true, false, isStage, u"stage"_s).value_or(QStringList());
        const char *viaKey = rule.kind == RuleKind::Reach ? "via" : "except_through";
        rule.via = r.list(viaKey, false, true, isStage, u"stage"_s);
        if (rule.kind == RuleKind::Reach)
            rule.each = r.flag("each", false);
        for (const QString &s : std::as_const(rule.from)) {
            if (rule.to.contains(s))
                r.fail(r.at(u"to"_s), u"\"%1\" is both a source and a target"_s.arg(s));
        }
        break;
    }
    case RuleKind::Annotation: {
        rule.stages = r.list("stages", true, false, isStage, u"stage"_s).value_or(QStringList());
        rule.annotations = r.list("annotation", true, false, isAnnotation, u"annotation"_s)
                               .value_or(QStringList());
        const QString scope = r.text("scope", false, 8);
        if (!scope.isEmpty() && scope != u"each"_s && scope != u"any"_s)
            r.fail(r.at(u"scope"_s), u"expected \"each\" or \"any\""_s);
        rule.any = scope == u"any"_s;
        rule.includeNotes = r.flag("include_notes", false);
        rule.skipEmpty = r.flag("skip_empty", false);
        readPattern(r, &rule);
        if (rule.skipEmpty && rule.patternText.isEmpty())
            r.fail(r.at(u"skip_empty"_s), u"only meaningful with a pattern"_s);
        break;
    }
    case RuleKind::Brief:
        rule.sections
            = r.list("section", true, false, isSection, u"brief section"_s).value_or(QStringList());
        rule.minItems = r.integer("min_items", 0, 0, 50);
        readPattern(r, &rule);
        break;
    }

    if (const auto it = value.find("when"); it != value.end()) {
        const QString wptr = r.at(u"when"_s);
        if (!it->is_object()) {
            r.fail(wptr, u"expected an object"_s);
        } else {
            ObjectReader w(*it, wptr, file, errors);
            w.allowOnly({u"stages"_s, u"annotations"_s, u"brief"_s});
            rule.when.stages
                = w.list("stages", false, false, isStage, u"stage"_s).value_or(QStringList());
            rule.when.annotations
                = w.list("annotations", false, false, isAnnotation, u"annotation"_s)
                      .value_or(QStringList());
            rule.when.brief = w.list("brief", false, false, isSection, u"brief section"_s)
                                  .value_or(QStringList());
            if (!w.ok())
                r.markFailed();
        }
    }

    if (const auto it = value.find("fix");
        it != value.end() && kindKeys(rule.kind).contains(u"fix"_s)) {
        const QString fptr = r.at(u"fix"_s);
        if (!it->is_object()) {
            r.fail(fptr, u"expected an object"_s);
        } else {
            ObjectReader f(*it, fptr, file, errors);
            RuleFix fix;
            if (rule.kind == RuleKind::Stage) {
                f.allowOnly({u"after"_s, u"before"_s});
                fix.after
                    = f.list("after", false, true, isStage, u"stage"_s).value_or(QStringList());
                fix.before
                    = f.list("before", false, true, isStage, u"stage"_s).value_or(QStringList());
            } else {
                f.allowOnly({u"connect"_s});
                fix.connect = f.flag("connect", false);
                if (!fix.connect)
                    f.fail(
                        fptr,
                        u"a reach or loop rule can only fix by connecting: {\"connect\": true}"_s);
            }
            if (f.ok())
                rule.fix = fix;
            else
                r.markFailed();
        }
    }
    if (!r.ok())
        return std::nullopt;
    return rule;
}

} // namespace

std::optional<Template> parse(const QByteArray &data, const QString &file, const Catalog &catalog,
                              Diagnostics *errors)
{
    Diagnostic parseError;
    const auto root = parseJson(data, file, &parseError, JsonLimits{4 * 1024 * 1024, 16});
    if (!root) {
        *errors << parseError;
        return std::nullopt;
    }
    if (!root->is_object()) {
        *errors << Diagnostic::error(file, {}, u"expected an object"_s);
        return std::nullopt;
    }
    ObjectReader r(*root, {}, file, errors);
    r.allowOnly({u"id"_s, u"name"_s, u"description"_s, u"guide"_s, u"order"_s, u"extends"_s,
                 u"abstract"_s, u"rules"_s});
    Template t;
    t.file = file;
    t.id = r.text("id", true, 64);
    t.name = r.text("name", true, 200);
    t.description = r.text("description", true, 1000);
    t.guide = r.text("guide", true, 300);
    t.order = r.integer("order", -1, 0, 100000); // -1: inherit (resolve())
    t.extends = r.text("extends", false, 64);
    t.abstract = r.flag("abstract", false);
    if (!t.id.isEmpty()) {
        if (!schema::isValidId(t.id))
            r.fail(u"/id"_s, u"invalid id \"%1\""_s.arg(t.id));
        else if (QFileInfo(file).completeBaseName() != t.id)
            r.fail(u"/id"_s, u"id \"%1\" does not match the file name \"%2\""_s.arg(
                                 t.id, QFileInfo(file).fileName()));
    }
    const auto rules = root->find("rules");
    if (rules == root->end()) {
        r.fail({}, u"missing \"rules\""_s);
    } else if (!rules->is_array()) {
        r.fail(u"/rules"_s, u"expected an array"_s);
    } else if (rules->size() > std::size_t(maxRules)) {
        r.fail(u"/rules"_s, u"more than %1 rules"_s.arg(maxRules));
    } else {
        QSet<QString> names;
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const QString ptr = u"/rules/"_s + QString::number(i);
            std::optional<Rule> rule = parseRule((*rules)[i], ptr, file, catalog, errors);
            if (!rule) {
                r.markFailed(); // the rule's own errors say where
                continue;
            }
            if (names.contains(rule->name)) {
                r.fail(ptr + u"/name"_s, u"rule \"%1\" is defined twice"_s.arg(rule->name));
                continue;
            }
            names.insert(rule->name);
            t.rules << *rule;
        }
    }
    if (!r.ok())
        return std::nullopt;
    return t;
}

std::optional<Template> resolve(const Template &own, const Template *parent, Diagnostics *errors)
{
    Template t = own;
    if (t.order < 0)
        t.order = parent ? parent->order : 1000;
    QSet<QString> ownNames;
    for (const Rule &rule : own.rules)
        ownNames.insert(rule.name);
    t.rules.clear();
    if (parent) {
        for (const Rule &rule : parent->rules) {
            if (!ownNames.contains(rule.name))
                t.rules << rule;
        }
    }
    t.rules += own.rules;
    QSet<QString> named;
    for (Rule &rule : t.rules) {
        rule.id = t.id + u'/' + rule.name;
        for (const QStringList *list :
             {&rule.accept, &rule.stages, &rule.from, &rule.to, &rule.when.stages})
            named.unite(QSet<QString>(list->begin(), list->end()));
        if (rule.via)
            named.unite(QSet<QString>(rule.via->begin(), rule.via->end()));
        if (!rule.stage.isEmpty())
            named.insert(rule.stage);
        if (rule.fix) {
            named.unite(QSet<QString>(rule.fix->after.begin(), rule.fix->after.end()));
            named.unite(QSet<QString>(rule.fix->before.begin(), rule.fix->before.end()));
        }
    }
    if (named.size() > maxStages) {
        *errors << Diagnostic::error(
            own.file, u"/rules"_s,
            u"the rules name %1 stages; at most %2 are supported"_s.arg(named.size())
                .arg(maxStages));
        return std::nullopt;
    }

    // The order chains must not contradict each other: stage A before B in one chain and B
    // before A in another leaves no correct design. Loop-closing stages are left out of the
    // order (flowgraph.h), so "client < … < client" is fine.
    QHash<QString, QSet<QString>> after; // stage → stages that must come after it
    for (const auto &[x, y] : t.orderPairs())
        after[x].insert(y);
    // Depth-first search for a cycle.
    QHash<QString, int> state; // 1 visiting, 2 done
    QString cycleAt;
    std::function<bool(const QString &)> visit = [&](const QString &s) {
        state[s] = 1;
        for (const QString &n : std::as_const(after[s])) {
            if (state.value(n) == 1) {
                cycleAt = n;
                return true;
            }
            if (state.value(n) == 0 && visit(n))
                return true;
        }
        state[s] = 2;
        return false;
    };
    QStringList keys = after.keys();
    keys.sort();
    for (const QString &s : std::as_const(keys)) {
        if (state.value(s) == 0 && visit(s)) {
            *errors << Diagnostic::error(
                own.file, u"/rules"_s,
                u"the order rules contradict each other: \"%1\" must come both "
                "before and after another stage"_s.arg(cycleAt));
            return std::nullopt;
        }
    }
    return t;
}

} // namespace mlsd::templateloader
