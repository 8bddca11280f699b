#include "syntheticdesign.h"

#include "catalog.h"

#include <cmath>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int columns = 10;
constexpr int rows = 5;
constexpr int perZone = columns * rows;
constexpr double stepX = 260;
constexpr double stepY = 150;
constexpr double padding = 40;
constexpr double titleRoom = 40;
constexpr double zoneGap = 120;

const QStringList zoneKinds{u"online"_s, u"offline"_s, u"data"_s, u"nearline"_s, u"experimentation"_s};
const QStringList labels{u"events"_s, u"top-500"_s, u"features"_s, u"scores"_s, u"batch"_s, u"top-20"_s};

} // namespace

Design syntheticDesign(int count)
{
    Design d;
    d.title = u"Synthetic design (%1 components)"_s.arg(count);
    const QList<ComponentType> &types = Catalog::builtin().types();
    const int zones = (count + perZone - 1) / perZone;
    const int zonesPerRow = std::max(1, int(std::ceil(std::sqrt(double(zones)))));
    const double zoneWidth = columns * stepX + 2 * padding - (stepX - 180);
    const double zoneHeight = rows * stepY + padding + titleRoom - (stepY - 72);
    for (int z = 0; z < zones; ++z) {
        Zone zone;
        zone.id = u"z%1"_s.arg(z);
        zone.kind = zoneKinds.at(z % zoneKinds.size());
        zone.label = u"Zone %1 (%2)"_s.arg(z + 1).arg(zone.kind);
        zone.x = (z % zonesPerRow) * (zoneWidth + zoneGap);
        zone.y = (z / zonesPerRow) * (zoneHeight + zoneGap);
        zone.width = zoneWidth;
        zone.height = zoneHeight;
        d.appendZone(zone);
    }
    for (int i = 0; i < count; ++i) {
        const int z = i / perZone, local = i % perZone;
        const Zone &zone = d.zones().at(z);
        Component c;
        c.id = u"n%1"_s.arg(i);
        c.type = types.isEmpty() ? u"data_source"_s : types.at(i % types.size()).id;
        c.label = u"%1 %2"_s.arg(types.isEmpty() ? u"Component"_s : types.at(i % types.size()).name).arg(i);
        c.x = zone.x + padding + (local % columns) * stepX;
        c.y = zone.y + titleRoom + (local / columns) * stepY;
        c.zone = zone.id;
        if (i % 3 == 0)
            c.annotations.set(u"latency_budget"_s, u"%1 ms p99"_s.arg(10 + i % 90));
        d.appendComponent(c);
    }
    int edge = 0;
    auto connect = [&](int from, int to) {
        if (to >= count || from == to)
            return;
        Connection c;
        c.id = u"e%1"_s.arg(edge);
        c.from = u"n%1"_s.arg(from);
        c.to = u"n%1"_s.arg(to);
        if (edge % 3 == 0)
            c.label = labels.at(edge % labels.size());
        if (edge % 11 == 0)
            c.kind = ConnectionKind::Feedback;
        ++edge;
        d.appendConnection(c);
    };
    for (int i = 0; i < count; ++i) {
        const int local = i % perZone;
        if (local % columns != columns - 1)
            connect(i, i + 1);                      // along the row
        if (local / columns != rows - 1 && i % 2 == 0)
            connect(i, i + columns);                // down the column
        if (local == perZone - 1 || (i % 10 == 5 && local / columns == rows - 1))
            connect(i, i + perZone - columns + 1);  // into the next zone
    }
    // Top up to about 1.5 connections per component with longer links inside each zone.
    for (int i = 0; edge < count * 3 / 2 && i < count; i += 2) {
        const int local = i % perZone;
        if (local / columns < rows - 2 && local % columns < columns - 2)
            connect(i, i + 2 * columns + 2);
    }
    return d;
}

} // namespace mlsd::ui
