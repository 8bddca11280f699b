#include "check/templates.h"

#include "check/flowgraph.h"
#include "check/templateloader.h"
#include "model/catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxTemplateFile = 4 * 1024 * 1024;
}

QList<const Rule *> Template::stageRules() const
{
    QList<const Rule *> out;
    QSet<QString> seen;
    for (const Rule &rule : rules) {
        if (rule.kind == RuleKind::Stage && !seen.contains(rule.stage)) {
            seen.insert(rule.stage);
            out << &rule;
        }
    }
    return out;
}

const Rule *Template::stageRule(const QString &stage) const
{
    for (const Rule &rule : rules) {
        if (rule.kind == RuleKind::Stage && rule.stage == stage)
            return &rule;
    }
    return nullptr;
}

const Rule *Template::rule(const QString &id) const
{
    for (const Rule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QList<std::pair<QString, QString>> Template::orderPairs() const
{
    QList<std::pair<QString, QString>> out;
    for (const Rule &rule : rules) {
        if (rule.kind != RuleKind::Order)
            continue;
        for (qsizetype a = 0; a < rule.stages.size(); ++a) {
            for (qsizetype b = a + 1; b < rule.stages.size(); ++b) {
                const QString &x = rule.stages.at(a);
                const QString &y = rule.stages.at(b);
                if (x != y && !flow::isLoopCut(x) && !flow::isLoopCut(y))
                    out.append({x, y});
            }
        }
    }
    return out;
}

const TemplateRegistry &TemplateRegistry::builtin()
{
    static const TemplateRegistry registry = [] {
        TemplateRegistry r;
        Diagnostics errors;
        r.loadInstalled(&errors);
        return r;
    }();
    return registry;
}

QString TemplateRegistry::userDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(u"templates"_s);
}

bool TemplateRegistry::loadInstalled(Diagnostics *errors)
{
    Diagnostics builtinErrors;
    if (!loadDirectory(u":/mlsd/templates"_s, &builtinErrors)) {
        std::fprintf(stderr, "%s\n", qPrintable(toString(builtinErrors)));
        *errors += builtinErrors;
    }
    bool ok = builtinErrors.isEmpty();
    const QString user = userDirectory();
    if (!user.isEmpty() && QFileInfo(user).isDir()) {
        Diagnostics userErrors;
        ok = loadDirectory(user, &userErrors) && ok;
        m_loadErrors += userErrors;
        *errors += userErrors;
    }
    return ok;
}

bool TemplateRegistry::loadDirectory(const QString &directory, Diagnostics *errors)
{
    const Catalog &catalog = Catalog::builtin();
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    bool ok = true;

    // Parse every file first: templates may extend one another within the folder.
    QHash<QString, Template> parsed;
    QStringList order;
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (f.size() > maxTemplateFile) {
            *errors << Diagnostic::error(path, {}, u"larger than %1 bytes"_s.arg(maxTemplateFile));
            ok = false;
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            *errors << Diagnostic::error(path, {}, u"cannot open: %1"_s.arg(f.errorString()));
            ok = false;
            continue;
        }
        std::optional<Template> t = templateloader::parse(f.readAll(), path, catalog, errors);
        if (!t) {
            ok = false;
            continue;
        }
        order << t->id;
        parsed.insert(t->id, *t);
    }

    // Resolve in dependency order; a parent outside the folder must already be loaded.
    QHash<QString, int> state; // 1 resolving, 2 done, 3 failed
    std::function<bool(const QString &)> resolveOne = [&](const QString &id) -> bool {
        const int s = state.value(id);
        if (s == 2)
            return true;
        if (s == 3)
            return false;
        const Template &own = parsed[id];
        if (s == 1) {
            *errors << Diagnostic::error(
                own.file, u"/extends"_s,
                u"templates extend each other in a cycle through \"%1\""_s.arg(id));
            state[id] = 3;
            return false;
        }
        state[id] = 1;
        const Template *parent = nullptr;
        if (!own.extends.isEmpty()) {
            if (own.extends != id && parsed.contains(own.extends)) {
                if (!resolveOne(own.extends)) {
                    if (state.value(id) != 3)
                        *errors << Diagnostic::error(
                            own.file, u"/extends"_s,
                            u"template \"%1\" could not be loaded"_s.arg(own.extends));
                    state[id] = 3;
                    return false;
                }
            }
            parent = findAny(own.extends);
            if (!parent) {
                *errors << Diagnostic::error(own.file, u"/extends"_s,
                                             u"unknown template \"%1\""_s.arg(own.extends));
                state[id] = 3;
                return false;
            }
        }
        std::optional<Template> done = templateloader::resolve(own, parent, errors);
        if (!done) {
            state[id] = 3;
            return false;
        }
        insert(std::move(*done));
        state[id] = 2;
        return true;
    };
    for (const QString &id : std::as_const(order))
        ok = resolveOne(id) && ok;
    return ok;
}

bool TemplateRegistry::loadTemplate(const QByteArray &json, const QString &file,
                                    Diagnostics *errors)
{
    const Catalog &catalog = Catalog::builtin();
    std::optional<Template> own = templateloader::parse(json, file, catalog, errors);
    if (!own)
        return false;
    const Template *parent = nullptr;
    if (!own->extends.isEmpty()) {
        parent = findAny(own->extends);
        if (!parent) {
            *errors << Diagnostic::error(file, u"/extends"_s,
                                         u"unknown template \"%1\""_s.arg(own->extends));
            return false;
        }
    }
    std::optional<Template> done = templateloader::resolve(*own, parent, errors);
    if (!done)
        return false;
    insert(std::move(*done));
    return true;
}

void TemplateRegistry::insert(Template tmpl)
{
    auto shared = std::make_shared<const Template>(std::move(tmpl));
    for (auto &existing : m_templates) {
        if (existing->id == shared->id) {
            existing = shared;
            return;
        }
    }
    m_templates << shared;
}

const Template *TemplateRegistry::findAny(const QString &id) const
{
    for (const auto &t : m_templates) {
        if (t->id == id)
            return t.get();
    }
    return nullptr;
}

const Template *TemplateRegistry::find(const QString &id) const
{
    const Template *t = findAny(id);
    return t && !t->abstract ? t : nullptr;
}

QList<const Template *> TemplateRegistry::templates() const
{
    QList<const Template *> out;
    for (const auto &t : m_templates) {
        if (!t->abstract)
            out << t.get();
    }
    std::stable_sort(out.begin(), out.end(), [](const Template *a, const Template *b) {
        return a->order != b->order ? a->order < b->order : a->id < b->id;
    });
    return out;
}

QStringList TemplateRegistry::ids() const
{
    QStringList out;
    for (const Template *t : templates())
        out << t->id;
    return out;
}

} // namespace mlsd
