#pragma once

#include "model/design.h"
#include "model/documentcommand.h"

namespace mlsd {

/*!
 * Adds or removes components, connections and zones as one step. Removing a component also removes
 * every connection touching it; removing a zone takes its components out of it. Undo puts every
 * item back at its original position, so the file is byte-identical afterwards.
 */
class AddRemoveItems : public DocumentCommand
{
public:
    enum class Mode { Add, Remove };

    /// Adds the given items, appended in the given order.
    static AddRemoveItems *add(Document *document, const QList<Component> &components,
                               const QList<Connection> &connections, const QList<Zone> &zones,
                               const QString &text);
    /// Removes the given items (plus the connections of removed components).
    static AddRemoveItems *remove(Document *document, const QList<ComponentId> &components,
                                  const QList<ConnectionId> &connections,
                                  const QList<ZoneId> &zones, const QString &text);

    void redo() override;
    void undo() override;
    [[nodiscard]] bool isEmpty() const;

private:
    AddRemoveItems(Document *document, Mode mode, const QString &text);
    void insertAll();
    void takeAll();

    Mode m_mode;
    // Positions in ascending order of index.
    QList<std::pair<qsizetype, Component>> m_components;
    QList<std::pair<qsizetype, Connection>> m_connections;
    QList<std::pair<qsizetype, Zone>> m_zones;
    // Components that leave a removed zone: id and their zone before.
    QList<std::pair<ComponentId, ZoneId>> m_unzoned;
};

} // namespace mlsd
