#include "check/starter.h"

#include "check/checker.h"
#include "check/flowgraph.h"
#include "check/templates.h"
#include "io/schema.h"
#include "model/catalog.h"

#include <algorithm>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

constexpr double boxWidth = 180;
constexpr double boxHeight = 72;
constexpr double columnGap = 80;
constexpr double rowGap = 48;
constexpr double zonePadding = 40;
constexpr double zoneTitle = 56;
constexpr double zoneGap = 60;
constexpr int maxPerStage = 3;

class StarterBuilder
{
public:
    StarterBuilder(const Template &tmpl, const Catalog &catalog)
        : m_tmpl(tmpl)
        , m_catalog(catalog)
    {}

    Design build()
    {
        m_design.title = m_tmpl.name;
        m_design.templateId = m_tmpl.id;
        addComponents();
        wireFixHints();
        for (const Rule &rule : m_tmpl.rules) {
            if (rule.kind == RuleKind::Order)
                wireChain(rule.stages, false);
        }
        for (const Rule &rule : m_tmpl.rules) {
            if (rule.kind == RuleKind::Loop)
                wireChain(rule.stages, true);
        }
        wireReach();
        layout();
        return m_design;
    }

private:
    void addComponents()
    {
        for (const Rule *rule : m_tmpl.stageRules()) {
            int count = 1;
            for (const Rule &r : m_tmpl.rules) {
                if (r.kind == RuleKind::Stage && r.stage == rule->stage)
                    count = std::max(count, std::min(r.min, maxPerStage));
            }
            m_rank.insert(rule->stage, int(m_rank.size()));
            for (int k = 0; k < count; ++k) {
                Component c;
                c.id = k == 0 ? rule->stage : rule->stage + u'_' + QString::number(k + 1);
                c.type = rule->stage;
                c.label = m_catalog.displayName(rule->stage);
                if (count > 1)
                    c.label += u' ' + QString::number(k + 1);
                m_members[rule->stage] << c.id;
                m_design.appendComponent(c);
            }
        }
    }

    void connect(const QString &from, const QString &to)
    {
        if (from == to || m_design.findConnection(from, to))
            return;
        Connection c;
        c.id = u"e"_s + QString::number(++m_edgeCount);
        c.from = from;
        c.to = to;
        const QString fromType = m_design.component(from)->type;
        if (fromType == u"model_training_pipeline"_s || fromType == u"model_registry"_s)
            c.kind = ConnectionKind::Model;
        m_design.appendConnection(c);
    }

    /// True when some component of \a from reaches one of \a to (loops closing at clients and
    /// logs are not crossed unless \a crossLoops).
    bool reaches(const QStringList &from, const QStringList &to, bool crossLoops) const
    {
        const flow::FlowGraph graph(m_design);
        flow::Search search(graph);
        std::vector<int> sources;
        for (const QString &id : from)
            sources.push_back(graph.index(id));
        bool found = false;
        search.run(
            sources, flow::Direction::Forward, [](int) { return true; },
            [&](int n) { return crossLoops || !flow::isLoopCut(m_design.components().at(n).type); },
            [&](int n, int) {
                found = to.contains(m_design.components().at(n).id);
                return found;
            });
        return found;
    }

    /// The members of the first of \a stages that the starter has.
    [[nodiscard]] QStringList firstPresent(const QStringList &stages) const
    {
        for (const QString &s : stages) {
            if (m_members.contains(s))
                return m_members.value(s);
        }
        return {};
    }

    /// A stage rule's fix says where the stage sits (after one stage, before another): wire
    /// each stage there first, so the pipeline reads like the template's flow.
    void wireFixHints()
    {
        for (const Rule *rule : m_tmpl.stageRules()) {
            if (!rule->fix || rule->fix->connect)
                continue;
            const QStringList &own = m_members[rule->stage];
            const QStringList after = firstPresent(rule->fix->after);
            const QStringList before = firstPresent(rule->fix->before);
            // Only hints that run along the flow: a loop is closed later, where the rules ask.
            auto forward = [this](const QString &from, const QString &to) {
                return m_rank.value(m_design.component(from)->type)
                       < m_rank.value(m_design.component(to)->type);
            };
            for (const QString &c : own) {
                if (!after.isEmpty() && forward(after.front(), c))
                    connect(after.front(), c);
                if (!before.isEmpty() && forward(c, before.front()))
                    connect(c, before.front());
            }
        }
    }

    /// Connects consecutive stages of \a stages that are present (a loop also closes back to the
    /// first), where no path joins them yet.
    void wireChain(const QStringList &stages, bool loop)
    {
        QStringList present;
        for (const QString &s : stages) {
            if (m_members.contains(s))
                present << s;
        }
        const qsizetype pairs = loop ? present.size() : present.size() - 1;
        for (qsizetype i = 0; i < pairs && present.size() >= 2; ++i) {
            const QStringList &a = m_members[present.at(i)];
            const QStringList &b = m_members[present.at((i + 1) % present.size())];
            // An order chain needs every component of a stage fed from the previous one.
            for (const QString &y : b) {
                if (reaches(a, {y}, loop))
                    continue;
                for (const QString &x : a)
                    connect(x, y);
            }
        }
    }

    /// Adds the connections the reach rules still miss, as the checker reports them.
    void wireReach()
    {
        for (int round = 0; round < 3; ++round) {
            const Report report = checkDesign(m_design, m_tmpl, m_catalog);
            bool changed = false;
            for (const Finding &f : report.findings) {
                if (f.kind != u"reach"_s || f.components.size() < 2)
                    continue;
                const Rule *rule = m_tmpl.rule(f.rule);
                const QString target = f.components.last();
                // A rule about every source connects each one; otherwise one is enough.
                const qsizetype sources = rule && rule->each ? f.components.size() - 1 : 1;
                for (qsizetype i = 0; i < sources; ++i) {
                    if (!m_design.findConnection(f.components.at(i), target)) {
                        connect(f.components.at(i), target);
                        changed = true;
                    }
                }
            }
            if (!changed)
                break;
        }
    }

    /// Columns by longest path along the flow order, one band per zone kind.
    void layout()
    {
        const QList<Component> &components = m_design.components();
        const qsizetype n = components.size();
        QHash<QString, int> layer;
        QList<qsizetype> byRank(n);
        for (qsizetype i = 0; i < n; ++i)
            byRank[i] = i;
        std::stable_sort(byRank.begin(), byRank.end(), [&](qsizetype a, qsizetype b) {
            return m_rank.value(components.at(a).type) < m_rank.value(components.at(b).type);
        });
        for (qsizetype i : std::as_const(byRank)) {
            const Component &c = components.at(i);
            int l = 0;
            for (const Connection &conn : m_design.connections()) {
                if (conn.to != c.id)
                    continue;
                const Component *from = m_design.component(conn.from);
                if (m_rank.value(from->type) < m_rank.value(c.type))
                    l = std::max(l, layer.value(from->id) + 1);
            }
            layer.insert(c.id, l);
        }

        // Bands in the order their first stage appears in the flow.
        QStringList bands;
        QHash<QString, QList<qsizetype>> bandMembers;
        for (qsizetype i : std::as_const(byRank)) {
            const ComponentType *type = m_catalog.type(components.at(i).type);
            QString kind = type && !type->zoneKind.isEmpty() ? type->zoneKind : u"other"_s;
            if (schema::indexOf(schema::zoneKinds(), kind) < 0)
                kind = u"other"_s;
            if (!bands.contains(kind))
                bands << kind;
            bandMembers[kind] << i;
        }
        double top = 0;
        for (const QString &kind : std::as_const(bands)) {
            QHash<int, int> stack; // layer → boxes already in this band's column
            double minX = 1e18, maxX = -1e18, maxY = top;
            for (qsizetype i : std::as_const(bandMembers[kind])) {
                Component *c = m_design.componentForEdit(components.at(i).id);
                const int l = layer.value(c->id);
                const int row = stack[l]++;
                c->x = zonePadding + l * (boxWidth + columnGap);
                c->y = top + zoneTitle + row * (boxHeight + rowGap);
                c->width = boxWidth;
                c->height = boxHeight;
                c->zone = kind;
                minX = std::min(minX, c->x);
                maxX = std::max(maxX, c->x + boxWidth);
                maxY = std::max(maxY, c->y + boxHeight);
            }
            Zone z;
            z.id = kind;
            z.kind = kind;
            z.label = schema::titleOf(schema::zoneKinds(), kind);
            z.x = minX - zonePadding;
            z.y = top;
            z.width = maxX - minX + 2 * zonePadding;
            z.height = maxY - top + zonePadding;
            m_design.appendZone(z);
            top += z.height + zoneGap;
        }
    }

    const Template &m_tmpl;
    const Catalog &m_catalog;
    Design m_design;
    QHash<QString, QStringList> m_members; // stage → component ids
    QHash<QString, int> m_rank;            // stage → position in the flow
    int m_edgeCount = 0;
};

} // namespace

Design starterDesign(const Template &tmpl, const Catalog &catalog)
{
    return StarterBuilder(tmpl, catalog).build();
}

} // namespace mlsd
