#pragma once

#include "model/design.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace mlsd {
class Document;
}

namespace mlsd::ui {

/*!
 * What is selected on the canvas: components, connections and zones, by id. Shared by the canvas,
 * the inspector and the check panel. Ids that leave the document leave the selection.
 */
class Selection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Selection belongs to a Session")
    Q_PROPERTY(QStringList componentIds READ componentIds NOTIFY changed)
    Q_PROPERTY(QStringList connectionIds READ connectionIds NOTIFY changed)
    Q_PROPERTY(QStringList zoneIds READ zoneIds NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    /// The one selected component when exactly one item is selected, else "".
    Q_PROPERTY(QString currentComponent READ currentComponent NOTIFY changed)
    Q_PROPERTY(QString currentConnection READ currentConnection NOTIFY changed)
    Q_PROPERTY(QString currentZone READ currentZone NOTIFY changed)

public:
    explicit Selection(mlsd::Document *document, QObject *parent = nullptr);

    [[nodiscard]] QStringList componentIds() const { return m_components; }
    [[nodiscard]] QStringList connectionIds() const { return m_connections; }
    [[nodiscard]] QStringList zoneIds() const { return m_zones; }
    [[nodiscard]] int count() const
    {
        return int(m_components.size() + m_connections.size() + m_zones.size());
    }
    [[nodiscard]] bool isEmpty() const { return count() == 0; }
    [[nodiscard]] QString currentComponent() const;
    [[nodiscard]] QString currentConnection() const;
    [[nodiscard]] QString currentZone() const;

    Q_INVOKABLE [[nodiscard]] bool hasComponent(const QString &id) const
    {
        return m_componentSet.contains(id);
    }
    Q_INVOKABLE [[nodiscard]] bool hasZone(const QString &id) const { return m_zones.contains(id); }

    /// Selects only \a id (or, when \a additive, toggles it in the selection).
    Q_INVOKABLE void selectComponent(const QString &id, bool additive = false);
    Q_INVOKABLE void selectConnection(const QString &id, bool additive = false);
    Q_INVOKABLE void selectZone(const QString &id, bool additive = false);
    /// Replaces (or with \a additive, extends) the selected components.
    Q_INVOKABLE void setComponents(const QStringList &ids, bool additive = false);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clear();

signals:
    void changed();

private:
    void drop(QStringList *list, const QString &id);
    void rebuildSet()
    {
        m_componentSet = QSet<QString>(m_components.cbegin(), m_components.cend());
    }

    mlsd::Document *m_document;
    QStringList m_components;
    QSet<QString> m_componentSet;
    QStringList m_connections;
    QStringList m_zones;
};

} // namespace mlsd::ui
