#include "export/mermaid.h"

#include "export/markdowntext.h"
#include "model/catalog.h"
#include "util/plural.h"

#include <QHash>
#include <QStringList>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

/// Keep a little room under mermaid's limit: it measures the text after its own preprocessing.
constexpr int textBudget = mermaidlimits::maxTextSize - 1000;

QString shaped(const QString &type, const QString &label)
{
    static const QStringList stores = {u"data_source"_s, u"feature_store"_s, u"vector_index"_s,
                                       u"model_registry"_s, u"cache"_s};
    if (stores.contains(type))
        return u"[(\""_s + label + u"\")]"_s; // cylinder
    if (type == u"client"_s)
        return u"([\""_s + label + u"\"])"_s; // stadium
    return u"(\""_s + label + u"\")"_s;       // rounded
}

QString nodeLabel(const Component &c, const Catalog &catalog)
{
    const QString typeName = c.type.isEmpty() ? u"Component"_s : catalog.displayName(c.type);
    const QString label = c.label.trimmed();
    if (label.isEmpty() || label == typeName)
        return mermaidText(typeName);
    return mermaidText(label) + u"<br/>"_s + mermaidText(typeName);
}

QString zoneTitle(const Zone &z)
{
    const QString label = z.label.trimmed();
    return label.isEmpty() ? schema::titleOf(schema::zoneKinds(), z.kind) : label;
}

QString zoneStyle(const QString &kind)
{
    static const QHash<QString, QString> colours = {
        {u"online"_s, u"#2f6fb0"_s},          {u"nearline"_s, u"#0f766e"_s},
        {u"offline"_s, u"#6d28d9"_s},         {u"data"_s, u"#b45309"_s},
        {u"experimentation"_s, u"#15803d"_s},
    };
    const QString c = colours.value(kind, u"#6b7385"_s);
    return u"fill:"_s + c + u"14,stroke:"_s + c;
}

QString arrow(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::Request:
        return u"==>"_s;
    case ConnectionKind::Feedback:
        return u"-.->"_s;
    case ConnectionKind::Data:
    case ConnectionKind::Model:
        break;
    }
    return u"-->"_s;
}

QString edgeLine(const QString &from, const QString &to, ConnectionKind kind, const QString &label)
{
    const QString text = mermaidText(label.trimmed());
    if (text.isEmpty())
        return u"  %1 %2 %3\n"_s.arg(from, arrow(kind), to);
    return u"  %1 %2|\"%3\"| %4\n"_s.arg(from, arrow(kind), text, to);
}

QString joinedIndexes(const QList<int> &list)
{
    QStringList parts;
    parts.reserve(list.size());
    for (int i : list)
        parts << QString::number(i);
    return parts.join(u',');
}

/// Component index → zone index (or -1), for components in an existing zone.
QList<int> zoneOfComponents(const Design &design)
{
    QList<int> zoneOf;
    zoneOf.reserve(design.components().size());
    for (const Component &c : design.components())
        zoneOf << (c.zone.isEmpty() ? -1 : int(design.zoneIndex(c.zone)));
    return zoneOf;
}

MermaidChart fullChart(const Design &design, const Catalog &catalog)
{
    MermaidChart chart;
    const auto &components = design.components();
    const QList<int> zoneOf = zoneOfComponents(design);
    QString t = u"flowchart LR\n"_s;
    if (components.isEmpty()) {
        t += u"  empty[\"No components yet\"]\n"_s;
        chart.text = t;
        return chart;
    }

    auto node = [&](qsizetype i, const QString &indent) {
        const Component &c = components.at(i);
        return indent + u'n' + QString::number(i) + shaped(c.type, nodeLabel(c, catalog)) + u'\n';
    };
    QList<QList<qsizetype>> members(design.zones().size());
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (zoneOf.at(i) >= 0)
            members[zoneOf.at(i)] << i;
    }
    QString styles;
    for (qsizetype z = 0; z < members.size(); ++z) {
        if (members.at(z).isEmpty())
            continue; // an empty subgraph draws as a stray box
        const Zone &zone = design.zones().at(z);
        t += u"  subgraph z%1[\"%2\"]\n"_s.arg(z).arg(mermaidText(zoneTitle(zone)));
        for (qsizetype i : members.at(z))
            t += node(i, u"    "_s);
        t += u"  end\n"_s;
        styles += u"  style z%1 %2\n"_s.arg(z).arg(zoneStyle(zone.kind));
    }
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (zoneOf.at(i) < 0)
            t += node(i, u"  "_s);
    }

    QList<int> byKind[4];
    int edge = 0;
    for (const Connection &c : design.connections()) {
        const qsizetype from = design.componentIndex(c.from);
        const qsizetype to = design.componentIndex(c.to);
        if (from < 0 || to < 0)
            continue;
        t += edgeLine(u'n' + QString::number(from), u'n' + QString::number(to), c.kind, c.label);
        byKind[int(c.kind)] << edge++;
        chart.kinds[int(c.kind)] = true;
    }
    chart.edges = edge;

    // Outline each component in its type's colour; one class per type, named by first use.
    QStringList typeOrder;
    QHash<QString, QStringList> nodesOfType;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString &type = components.at(i).type;
        if (!nodesOfType.contains(type))
            typeOrder << type;
        nodesOfType[type] << u'n' + QString::number(i);
    }
    for (qsizetype k = 0; k < typeOrder.size(); ++k) {
        const QString colour = catalog.color(typeOrder.at(k)).name();
        t += u"  classDef t%1 stroke:%2,stroke-width:2px\n"_s.arg(k).arg(colour);
        t += u"  class %1 t%2\n"_s.arg(nodesOfType.value(typeOrder.at(k)).join(u',')).arg(k);
    }
    t += styles;
    static const char *const kindColour[4] = {nullptr, "#2f6fb0", "#1f8a5b", "#8e44ad"};
    for (int k = 1; k < 4; ++k) {
        if (!byKind[k].isEmpty())
            t += u"  linkStyle %1 stroke:%2\n"_s.arg(joinedIndexes(byKind[k]),
                                                     QLatin1StringView(kindColour[k]));
    }
    chart.text = t;
    return chart;
}

MermaidChart zoneChart(const Design &design, int fullEdges)
{
    MermaidChart chart;
    chart.scope = MermaidChart::Scope::Zones;
    chart.edges = fullEdges;
    const QList<int> zoneOf = zoneOfComponents(design);
    const qsizetype none = design.zones().size(); // the group of components in no zone
    QList<int> count(none + 1, 0);
    for (int z : zoneOf)
        ++count[z < 0 ? none : z];

    QList<std::pair<qsizetype, qsizetype>> pairs;
    QHash<std::pair<qsizetype, qsizetype>, int> weight;
    for (const Connection &c : design.connections()) {
        const qsizetype from = design.componentIndex(c.from);
        const qsizetype to = design.componentIndex(c.to);
        if (from < 0 || to < 0)
            continue;
        const qsizetype zf = zoneOf.at(from) < 0 ? none : zoneOf.at(from);
        const qsizetype zt = zoneOf.at(to) < 0 ? none : zoneOf.at(to);
        if (zf == zt)
            continue;
        const std::pair<qsizetype, qsizetype> key{zf, zt};
        if (!weight.contains(key))
            pairs << key;
        ++weight[key];
    }

    int nodes = 0;
    QString t = u"flowchart LR\n"_s;
    for (qsizetype z = 0; z <= none; ++z) {
        if (count.at(z) == 0)
            continue;
        ++nodes;
        const QString title = z == none ? u"Outside zones"_s : zoneTitle(design.zones().at(z));
        t += u"  z%1[\"%2<br/>%3 components\"]\n"_s.arg(QString::number(z), mermaidText(title),
                                                        QString::number(count.at(z)));
    }
    for (const auto &key : std::as_const(pairs)) {
        const int n = weight.value(key);
        t += u"  z%1 -->|\"%2\"| z%3\n"_s.arg(key.first)
                 .arg(plural(n, u"connection"_s, u"connections"_s))
                 .arg(key.second);
    }
    for (qsizetype z = 0; z < none; ++z) {
        if (count.at(z) > 0)
            t += u"  style z%1 %2\n"_s.arg(z).arg(zoneStyle(design.zones().at(z).kind));
    }
    if (nodes < 2 || pairs.size() > mermaidlimits::maxEdges || t.size() > textBudget) {
        chart.scope = MermaidChart::Scope::Omitted;
        return chart;
    }
    chart.text = t;
    return chart;
}

} // namespace

QString mermaidText(const QString &text)
{
    const QString clean = md::cleanText(text).trimmed();
    QString out;
    out.reserve(clean.size() + 16);
    for (QChar c : clean) {
        const char16_t u = c.unicode();
        if (u == '\n') {
            out += u"<br/>"_s;
        } else if (u == '\t') {
            out += u' ';
        } else if (u >= 0x80) {
            out += c; // non-ASCII text (surrogate halves included) is plain text to Mermaid
        } else if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                   || QStringView(u" -_.,/()'?").contains(c)) {
            out += c;
        } else {
            out += u'#' + QString::number(u) + u';';
        }
    }
    return out;
}

MermaidChart mermaidChart(const Design &design, const Catalog &catalog)
{
    // Over the edge limit the zone overview replaces the full chart anyway: count the edges
    // first and draw the full chart only when it can be used (10k components: 15k edges).
    int edges = 0;
    for (const Connection &c : design.connections())
        edges += design.componentIndex(c.from) >= 0 && design.componentIndex(c.to) >= 0 ? 1 : 0;
    if (edges > mermaidlimits::maxEdges)
        return zoneChart(design, edges);
    MermaidChart chart = fullChart(design, catalog);
    if (chart.edges <= mermaidlimits::maxEdges && chart.text.size() <= textBudget)
        return chart;
    return zoneChart(design, chart.edges);
}

} // namespace mlsd
