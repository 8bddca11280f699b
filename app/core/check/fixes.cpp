#include "check/fixes.h"

#include "model/catalog.h"
#include "model/document.h"

#include <QCoreApplication>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

constexpr double gap = 40;

QPointF centroid(const Design &design, const QStringList &ids)
{
    QPointF sum;
    for (const QString &id : ids)
        sum += design.component(id)->center();
    return ids.isEmpty() ? QPointF() : sum / double(ids.size());
}

bool overlapsAny(const Design &design, const QRectF &rect)
{
    const QRectF padded = rect.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
    for (const Component &c : design.components()) {
        if (padded.intersects(c.rect()))
            return true;
    }
    return false;
}

/// The zone the new component belongs to: its neighbours' shared zone, else the zone under it.
ZoneId zoneFor(const Design &design, const QStringList &after, const QStringList &before,
               const QRectF &rect)
{
    QSet<ZoneId> zones;
    for (const QString &id : after + before)
        zones.insert(design.component(id)->zone);
    if (zones.size() == 1 && !zones.begin()->isEmpty())
        return *zones.begin();
    for (const Zone &z : design.zones()) {
        if (z.rect().contains(rect.center()))
            return z.id;
    }
    if (!after.isEmpty())
        return design.component(after.front())->zone;
    return {};
}

} // namespace

bool applyFix(Document &document, const Fix &fix, const Catalog &catalog)
{
    const Design &design = document.design();
    for (const QString &id : fix.after + fix.before) {
        if (!design.component(id))
            return false;
    }
    const QString text = fix.description.isEmpty()
                             ? QCoreApplication::translate("mlsd", "Apply fix")
                             : fix.description;
    if (fix.connectOnly) {
        QList<std::pair<QString, QString>> pairs;
        for (const QString &a : fix.after) {
            for (const QString &b : fix.before) {
                if (document.canConnect(a, b))
                    pairs.append({a, b});
            }
        }
        if (pairs.isEmpty())
            return false;
        document.beginMacro(text);
        for (const auto &[a, b] : std::as_const(pairs))
            document.connectComponents(a, b);
        document.endMacro();
        return true;
    }
    if (!catalog.contains(fix.stage))
        return false;

    Component c;
    c.type = fix.stage;
    c.label = catalog.displayName(fix.stage);
    QPointF center;
    if (!fix.after.isEmpty() && !fix.before.isEmpty())
        center = (centroid(design, fix.after) + centroid(design, fix.before)) / 2;
    else if (!fix.after.isEmpty())
        center = centroid(design, fix.after) + QPointF(c.width + 2 * gap, 0);
    else if (!fix.before.isEmpty())
        center = centroid(design, fix.before) - QPointF(c.width + 2 * gap, 0);
    else {
        const QRectF bounds = design.bounds();
        center = bounds.isNull()
                     ? QPointF(c.width / 2, c.height / 2)
                     : QPointF(bounds.right() + gap + c.width / 2, bounds.top() + c.height / 2);
    }
    QRectF rect(center.x() - c.width / 2, center.y() - c.height / 2, c.width, c.height);
    for (int tries = 0; tries < 500 && overlapsAny(design, rect); ++tries)
        rect.translate(0, c.height / 2);
    c.x = std::round(rect.x());
    c.y = std::round(rect.y());
    c.zone = zoneFor(design, fix.after, fix.before, rect);

    // Direct connections the new stage goes between are replaced, keeping their kind.
    QList<ConnectionId> replaced;
    ConnectionKind kind = ConnectionKind::Data;
    for (const Connection &conn : design.connections()) {
        if (fix.after.contains(conn.from) && fix.before.contains(conn.to)) {
            replaced << conn.id;
            kind = conn.kind;
        }
    }

    document.beginMacro(text);
    const ComponentId added = document.addComponent(c);
    if (!replaced.isEmpty())
        document.removeItems({}, replaced);
    for (const QString &a : fix.after)
        document.connectComponents(a, added, kind);
    for (const QString &b : fix.before)
        document.connectComponents(added, b, kind);
    document.endMacro();
    return true;
}

} // namespace mlsd
