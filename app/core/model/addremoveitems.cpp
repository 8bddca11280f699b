#include "model/addremoveitems.h"

#include "model/document.h"

#include <QSet>

#include <algorithm>

namespace mlsd {

AddRemoveItems::AddRemoveItems(Document *document, Mode mode, const QString &text)
    : DocumentCommand(document, text)
    , m_mode(mode)
{}

AddRemoveItems *AddRemoveItems::add(Document *document, const QList<Component> &components,
                                    const QList<Connection> &connections, const QList<Zone> &zones,
                                    const QString &text)
{
    auto *cmd = new AddRemoveItems(document, Mode::Add, text);
    const Design &d = document->design();
    qsizetype next = d.components().size();
    for (const Component &c : components)
        cmd->m_components.append({next++, c});
    next = d.connections().size();
    for (const Connection &c : connections)
        cmd->m_connections.append({next++, c});
    next = d.zones().size();
    for (const Zone &z : zones)
        cmd->m_zones.append({next++, z});
    return cmd;
}

AddRemoveItems *AddRemoveItems::remove(Document *document, const QList<ComponentId> &components,
                                       const QList<ConnectionId> &connections,
                                       const QList<ZoneId> &zones, const QString &text)
{
    auto *cmd = new AddRemoveItems(document, Mode::Remove, text);
    const Design &d = document->design();

    QSet<QString> removedComponents;
    for (const ComponentId &id : components) {
        const qsizetype i = d.componentIndex(id);
        if (i >= 0 && !removedComponents.contains(id)) {
            removedComponents.insert(id);
            cmd->m_components.append({i, d.components().at(i)});
        }
    }
    QSet<QString> removedConnections;
    for (const ConnectionId &id : connections) {
        const qsizetype i = d.connectionIndex(id);
        if (i >= 0 && !removedConnections.contains(id)) {
            removedConnections.insert(id);
            cmd->m_connections.append({i, d.connections().at(i)});
        }
    }
    if (!removedComponents.isEmpty()) {
        const auto &all = d.connections();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Connection &c = all.at(i);
            if ((removedComponents.contains(c.from) || removedComponents.contains(c.to))
                && !removedConnections.contains(c.id)) {
                removedConnections.insert(c.id);
                cmd->m_connections.append({i, c});
            }
        }
    }
    QSet<QString> removedZones;
    for (const ZoneId &id : zones) {
        const qsizetype i = d.zoneIndex(id);
        if (i >= 0 && !removedZones.contains(id)) {
            removedZones.insert(id);
            cmd->m_zones.append({i, d.zones().at(i)});
        }
    }
    if (!removedZones.isEmpty()) {
        for (const Component &c : d.components()) {
            if (removedZones.contains(c.zone) && !removedComponents.contains(c.id))
                cmd->m_unzoned.append({c.id, c.zone});
        }
    }
    auto byIndex = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    std::sort(cmd->m_components.begin(), cmd->m_components.end(), byIndex);
    std::sort(cmd->m_connections.begin(), cmd->m_connections.end(), byIndex);
    std::sort(cmd->m_zones.begin(), cmd->m_zones.end(), byIndex);
    return cmd;
}

bool AddRemoveItems::isEmpty() const
{
    return m_components.isEmpty() && m_connections.isEmpty() && m_zones.isEmpty();
}

void AddRemoveItems::insertAll()
{
    for (const auto &[index, zone] : std::as_const(m_zones))
        m_document->doInsertZone(index, zone);
    for (const auto &[index, component] : std::as_const(m_components))
        m_document->doInsertComponent(index, component);
    for (const auto &[index, connection] : std::as_const(m_connections))
        m_document->doInsertConnection(index, connection);
    for (const auto &[id, zone] : std::as_const(m_unzoned)) {
        if (const Component *c = m_document->design().component(id)) {
            Component changed = *c;
            changed.zone = zone;
            m_document->doSetComponent(changed, ComponentField::Zone);
        }
    }
}

void AddRemoveItems::takeAll()
{
    for (const auto &[id, zone] : std::as_const(m_unzoned)) {
        Q_UNUSED(zone)
        if (const Component *c = m_document->design().component(id)) {
            Component changed = *c;
            changed.zone.clear();
            m_document->doSetComponent(changed, ComponentField::Zone);
        }
    }
    for (auto it = m_connections.crbegin(); it != m_connections.crend(); ++it)
        m_document->doTakeConnection(it->first);
    for (auto it = m_components.crbegin(); it != m_components.crend(); ++it)
        m_document->doTakeComponent(it->first);
    for (auto it = m_zones.crbegin(); it != m_zones.crend(); ++it)
        m_document->doTakeZone(it->first);
}

void AddRemoveItems::redo()
{
    if (m_mode == Mode::Add)
        insertAll();
    else
        takeAll();
    m_document->notifyContentChanged();
}

void AddRemoveItems::undo()
{
    if (m_mode == Mode::Add)
        takeAll();
    else
        insertAll();
    m_document->notifyContentChanged();
}

} // namespace mlsd
