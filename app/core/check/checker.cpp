#include "check/checker.h"

#include "check/checkercontext.h"
#include "io/schema.h"
#include "model/catalog.h"

#include <QRegularExpression>

#include <algorithm>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace checker {

namespace {

constexpr int maxNamed = 3; ///< components named in a message before "and N more"

/*!
 * \a text with its placeholders filled from \a values. A choice `{singular|plural}` agrees with
 * `{count}` (the number of components a finding names): "{components} {feeds|feed} nothing".
 */
QString fill(const QString &text, const QHash<QString, QString> &values)
{
    if (!text.contains(u'{'))
        return text;
    const bool plural = values.contains(u"count"_s) && values.value(u"count"_s) != u"1"_s;
    QString out;
    out.reserve(text.size() + 64);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        const qsizetype close = text.indexOf(u'}', open);
        if (close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const QString key = text.mid(open + 1, close - open - 1);
        const qsizetype bar = key.indexOf(u'|');
        const auto it = values.constFind(key);
        if (bar >= 0)
            out += plural ? QStringView(key).sliced(bar + 1) : QStringView(key).first(bar);
        else if (it != values.cend())
            out += *it;
        else
            out += QStringView(text).mid(open, close - open + 1);
        i = close + 1;
    }
    // A placeholder that was empty may leave a double space or a space before a full stop.
    return out.simplified().replace(u" ."_s, u"."_s);
}

/// Top-level Markdown list items or headings in \a text, whichever is more.
int countItems(const QString &text)
{
    static const QRegularExpression item(u"^ {0,3}(?:[-*+]|\\d{1,3}[.)])\\s+\\S"_s,
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression heading(u"^ {0,3}#{1,6}\\s+\\S"_s,
                                            QRegularExpression::MultilineOption);
    int items = 0;
    for (auto it = item.globalMatch(text); it.hasNext(); it.next())
        ++items;
    int headings = 0;
    for (auto it = heading.globalMatch(text); it.hasNext(); it.next())
        ++headings;
    return std::max(items, headings);
}

} // namespace

Context::Context(const Design &design, const Template &tmpl, const Catalog &catalog)
    : m_design(design)
    , m_tmpl(tmpl)
    , m_catalog(catalog)
    , m_components(design.components())
    , m_graph(design)
    , m_search(m_graph)
{
    // The template's stages, and which types count as which stage.
    auto addStage = [this](const QString &s) {
        if (!s.isEmpty() && !m_stageIndex.contains(s) && m_stages.size() < 64) {
            m_stageIndex.insert(s, int(m_stages.size()));
            m_stages << s;
        }
    };
    QHash<QString, StageSet> typeMask; // type → stages it is placed at
    for (const Rule &rule : tmpl.rules) {
        addStage(rule.stage);
        for (const QStringList *list :
             {&rule.accept, &rule.stages, &rule.from, &rule.to, &rule.when.stages})
            for (const QString &s : *list)
                addStage(s);
        if (rule.via)
            for (const QString &s : *rule.via)
                addStage(s);
        if (rule.fix) {
            for (const QString &s : rule.fix->after)
                addStage(s);
            for (const QString &s : rule.fix->before)
                addStage(s);
        }
    }
    for (const QString &s : std::as_const(m_stages))
        typeMask[s] |= bit(s);
    for (const Rule &rule : tmpl.rules) {
        if (rule.kind == RuleKind::Stage)
            for (const QString &t : rule.accept)
                typeMask[t] |= bit(rule.stage);
    }

    const std::size_t n = std::size_t(m_components.size());
    m_placedMask.assign(n, 0);
    m_performMask.assign(n, 0);
    m_cut.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Component &c = m_components.at(qsizetype(i));
        const StageSet placedAt = typeMask.value(c.type, 0);
        StageSet performs = placedAt;
        for (const QString &f : c.fulfills)
            performs |= typeMask.value(f, 0);
        m_placedMask[i] = placedAt;
        m_performMask[i] = performs;
        m_cut[i] = flow::isLoopCut(c.type) ? 1 : 0;
        for (const auto &entry : c.annotations.entries())
            m_annotationsUsed.insert(entry.first);
    }
}

StageSet Context::bit(const QString &stage) const
{
    const int i = stageIndex(stage);
    return i < 0 ? 0 : (StageSet(1) << i);
}

StageSet Context::setOf(const QStringList &stages) const
{
    StageSet set = 0;
    for (const QString &s : stages)
        set |= bit(s);
    return set;
}

std::vector<int> Context::performers(StageSet set) const
{
    std::vector<int> out;
    if (set == 0)
        return out;
    for (std::size_t i = 0; i < m_performMask.size(); ++i) {
        if (m_performMask[i] & set)
            out.push_back(int(i));
    }
    return out;
}

std::vector<int> Context::placed(StageSet set) const
{
    std::vector<int> out;
    if (set == 0)
        return out;
    for (std::size_t i = 0; i < m_placedMask.size(); ++i) {
        if (m_placedMask[i] & set)
            out.push_back(int(i));
    }
    return out;
}

bool Context::applies(const Rule &rule) const
{
    const RuleCondition &w = rule.when;
    if (!w.stages.isEmpty() && performers(setOf(w.stages)).empty())
        return false;
    if (!w.annotations.isEmpty()
        && std::none_of(w.annotations.begin(), w.annotations.end(),
                        [this](const QString &a) { return m_annotationsUsed.contains(a); }))
        return false;
    for (const QString &section : w.brief) {
        if (!m_design.brief.sections.contains(section))
            return false;
    }
    return true;
}

QString Context::firstStage(int component, const QStringList &stages) const
{
    for (const QString &s : stages) {
        if (m_performMask[std::size_t(component)] & bit(s))
            return s;
    }
    return {};
}

QString Context::stageName(const QString &stage) const
{
    return m_catalog.displayName(stage);
}

QString Context::quoted(int component) const
{
    const Component &c = m_components.at(component);
    const QString label = c.label.simplified();
    return u"“%1”"_s.arg(label.isEmpty() ? c.id : label);
}

QString Context::quotedList(const std::vector<int> &components) const
{
    QStringList names;
    const int shown = int(std::min<std::size_t>(components.size(), maxNamed));
    for (int i = 0; i < shown; ++i)
        names << quoted(components[std::size_t(i)]);
    const qsizetype more = qsizetype(components.size()) - shown;
    if (more > 0)
        return names.join(u", "_s) + u" and %1 more"_s.arg(more);
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" and "_s + last;
}

QStringList Context::ids(const std::vector<int> &components, int max) const
{
    QStringList out;
    for (int c : components) {
        if (max >= 0 && out.size() >= max)
            break;
        out << m_components.at(c).id;
    }
    return out;
}

QString Context::componentText(int component, const Rule &rule) const
{
    const Component &c = m_components.at(component);
    QStringList parts;
    for (const QString &a : rule.annotations) {
        const QString v = c.annotations.value(a);
        if (!v.trimmed().isEmpty())
            parts << v;
    }
    if (rule.includeNotes) {
        if (!c.label.trimmed().isEmpty())
            parts << c.label;
        if (!c.notes.trimmed().isEmpty())
            parts << c.notes;
    }
    return parts.join(u'\n');
}

Finding &Context::add(const Rule &rule, const QString &stage, const QStringList &components,
                      const QHash<QString, QString> &values)
{
    Finding f;
    f.rule = rule.id;
    f.kind = ruleKindId(rule.kind);
    f.severity = rule.severity;
    f.stage = stage;
    f.components = components;
    QHash<QString, QString> all = values;
    if (!all.contains(u"stage"_s) && !stage.isEmpty())
        all.insert(u"stage"_s, stageName(stage));
    f.message = fill(rule.message, all);
    f.hint = fill(rule.hint, all);
    f.guide = rule.guide;
    m_findings << f;
    return m_findings.last();
}

void Context::checkUnknownTypes()
{
    QHash<QString, std::vector<int>> unknown;
    QStringList order;
    for (int i = 0; i < int(m_components.size()); ++i) {
        const QString &type = m_components.at(i).type;
        if (m_catalog.contains(type))
            continue;
        if (!unknown.contains(type))
            order << type;
        unknown[type].push_back(i);
    }
    for (const QString &type : std::as_const(order)) {
        const std::vector<int> &members = unknown[type];
        Finding f;
        f.rule = u"core/unknown-type"_s;
        f.kind = u"stage"_s;
        f.severity = Severity::Warning;
        f.stage = type;
        f.components = ids(members);
        f.message
            = u"Unknown component type “%1” (%2): the checker cannot tell which stage it is, so it "
              "counts for no stage."_s.arg(type, quotedList(members));
        f.hint = u"Pick a type from the catalog (mlsdboard components lists them) or correct the "
                 "spelling; a component that does two jobs can list the second in “fulfills”."_s;
        m_findings << f;
    }
}

std::optional<Fix> Context::stageFix(const Rule &rule) const
{
    if (!rule.fix || rule.fix->connect)
        return std::nullopt;
    auto firstPresent = [this](const QStringList &stages) {
        for (const QString &s : stages) {
            std::vector<int> members = placed(bit(s));
            if (members.empty())
                members = performers(bit(s));
            if (!members.empty())
                return members;
        }
        return std::vector<int>();
    };
    std::vector<int> after = firstPresent(rule.fix->after);
    std::vector<int> before = firstPresent(rule.fix->before);
    // Prefer the pairs that are directly connected: the new stage goes between them.
    if (!after.empty() && !before.empty()) {
        std::vector<int> a, b;
        for (int x : after) {
            for (const int *e = m_graph.begin(x, flow::Direction::Forward),
                           *end = m_graph.end(x, flow::Direction::Forward);
                 e != end; ++e) {
                const int y = m_graph.next(*e, flow::Direction::Forward);
                if (std::find(before.begin(), before.end(), y) == before.end())
                    continue;
                if (std::find(a.begin(), a.end(), x) == a.end())
                    a.push_back(x);
                if (std::find(b.begin(), b.end(), y) == b.end())
                    b.push_back(y);
            }
        }
        if (!a.empty() && a.size() <= 8 && b.size() <= 8) {
            after = a;
            before = b;
        }
    }
    if (after.size() > 1 && (before.empty() || after.size() > 8))
        after.resize(1);
    if (before.size() > 1 && (after.empty() || before.size() > 8))
        before.resize(1);
    Fix fix;
    fix.stage = rule.stage;
    fix.after = ids(after);
    fix.before = ids(before);
    const QString name = stageName(rule.stage);
    if (!after.empty() && !before.empty())
        fix.description
            = after.size() == 1 && before.size() == 1
                  ? u"Add %1 between %2 and %3"_s.arg(name, quotedList(after), quotedList(before))
                  : u"Add %1 after %2, before %3"_s.arg(name, quotedList(after),
                                                        quotedList(before));
    else if (!after.empty())
        fix.description = u"Add %1 after %2"_s.arg(name, quotedList(after));
    else if (!before.empty())
        fix.description = u"Add %1 before %2"_s.arg(name, quotedList(before));
    else
        fix.description = u"Add %1"_s.arg(name);
    return fix;
}

std::optional<Fix> Context::connectFix(int from, int to) const
{
    if (from < 0 || to < 0 || from == to)
        return std::nullopt;
    Fix fix;
    fix.connectOnly = true;
    fix.after = {m_components.at(from).id};
    fix.before = {m_components.at(to).id};
    fix.description = u"Connect %1 to %2"_s.arg(quoted(from), quoted(to));
    return fix;
}

void Context::checkStage(const Rule &rule)
{
    const std::vector<int> members = performers(bit(rule.stage));
    if (int(members.size()) >= rule.min)
        return;
    Finding &f = add(rule, rule.stage, ids(members),
                     {{u"count"_s, QString::number(members.size())},
                      {u"min"_s, QString::number(rule.min)},
                      {u"components"_s, quotedList(members)}});
    f.fix = stageFix(rule);
}

void Context::checkAnnotation(const Rule &rule)
{
    const std::vector<int> targets = performers(setOf(rule.stages));
    if (targets.empty())
        return;
    std::vector<int> failing;
    int satisfied = 0;
    for (int c : targets) {
        const QString text = componentText(c, rule);
        bool ok;
        if (rule.patternText.isEmpty()) {
            ok = !text.isEmpty()
                 && std::any_of(
                     rule.annotations.begin(), rule.annotations.end(), [&](const QString &a) {
                         return !m_components.at(c).annotations.value(a).trimmed().isEmpty();
                     });
        } else {
            if (text.isEmpty() && rule.skipEmpty)
                continue;
            ok = rule.pattern.match(text).hasMatch();
        }
        if (ok)
            ++satisfied;
        else
            failing.push_back(c);
    }
    if (failing.empty() || (rule.any && satisfied > 0))
        return;
    add(rule, firstStage(failing.front(), rule.stages), ids(failing),
        {{u"count"_s, QString::number(failing.size())}, {u"components"_s, quotedList(failing)}});
}

void Context::checkBrief(const Rule &rule)
{
    const TextMap &sections = m_design.brief.sections;
    if (rule.minItems == 0 && rule.patternText.isEmpty()) {
        QStringList missing;
        for (const QString &s : rule.sections) {
            if (!sections.contains(s))
                missing << schema::titleOf(schema::briefSections(), s);
        }
        if (!missing.isEmpty())
            add(rule, {}, {}, {{u"count"_s, QString::number(missing.size())}});
        return;
    }
    QStringList parts;
    for (const QString &s : rule.sections) {
        if (sections.contains(s))
            parts << sections.value(s);
    }
    const QString text = parts.join(u'\n');
    if (text.trimmed().isEmpty())
        return; // the plain rule of the section reports it
    const int items = countItems(text);
    const bool tooFew = rule.minItems > 0 && items < rule.minItems;
    const bool noMatch = !rule.patternText.isEmpty() && !rule.pattern.match(text).hasMatch();
    if (tooFew || noMatch)
        add(rule, {}, {},
            {{u"count"_s, QString::number(items)}, {u"min"_s, QString::number(rule.minItems)}});
}

Report Context::run()
{
    checkUnknownTypes();
    for (const Rule &rule : m_tmpl.rules) {
        if (!applies(rule))
            continue;
        switch (rule.kind) {
        case RuleKind::Stage:
            checkStage(rule);
            break;
        case RuleKind::Order:
            checkOrder(rule);
            break;
        case RuleKind::Reach:
            checkReach(rule);
            break;
        case RuleKind::NotReach:
            checkNotReach(rule);
            break;
        case RuleKind::Loop:
            checkLoop(rule);
            break;
        case RuleKind::Annotation:
            checkAnnotation(rule);
            break;
        case RuleKind::Brief:
            checkBrief(rule);
            break;
        }
    }

    Report report;
    report.title = m_design.title;
    report.templateId = m_tmpl.id;
    report.templateName = m_tmpl.name;
    report.templateGuide = m_tmpl.guide;
    for (const Rule *rule : m_tmpl.stageRules()) {
        StageStatus status;
        status.stage = rule->stage;
        status.name = stageName(rule->stage);
        status.required = rule->required && applies(*rule);
        status.minCount = rule->min;
        status.components = ids(performers(bit(rule->stage)));
        if (status.required) {
            ++report.required;
            if (status.present())
                ++report.present;
        }
        report.stages << status;
    }

    QHash<QString, QString> reasons;
    for (const Suppression &s : m_design.suppressed)
        reasons.insert(s.rule, s.reason);
    for (Finding &f : m_findings) {
        const auto it = reasons.constFind(f.rule);
        if (it != reasons.cend()) {
            f.suppressed = true;
            f.suppressionReason = *it;
            ++report.suppressedCount;
        } else if (f.severity == Severity::Error) {
            ++report.errors;
        } else if (f.severity == Severity::Warning) {
            ++report.warnings;
        } else {
            ++report.infos;
        }
    }
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        if (a.suppressed != b.suppressed)
            return !a.suppressed;
        return int(a.severity) < int(b.severity);
    });
    report.findings = std::move(m_findings);
    return report;
}

} // namespace checker

Report checkDesign(const Design &design, const Template &tmpl, const Catalog &catalog)
{
    return checker::Context(design, tmpl, catalog).run();
}

} // namespace mlsd
