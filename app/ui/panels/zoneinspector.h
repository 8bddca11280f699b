#pragma once

#include "session/connections.h"
#include "session/session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The inspector's view of one zone: its title, its kind (online, offline, …: the colour and the
 * Mermaid subgraph) and how many components it holds, edited as undo steps.
 */
class ZoneInspector : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString zoneId READ zoneId WRITE setZoneId NOTIFY zoneIdChanged)
    Q_PROPERTY(QString label READ label NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(int componentCount READ componentCount NOTIFY changed)
    /// The zone kinds as {id, title, help} maps.
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)

public:
    explicit ZoneInspector(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString zoneId() const { return m_id; }
    void setZoneId(const QString &id);

    [[nodiscard]] QString label() const;
    [[nodiscard]] QString kind() const;
    [[nodiscard]] int componentCount() const;
    [[nodiscard]] static QVariantList kindOptions();

    Q_INVOKABLE void setLabel(const QString &label);
    Q_INVOKABLE void setKind(const QString &kind);

signals:
    void sessionChanged();
    void zoneIdChanged();
    void changed();

private:
    [[nodiscard]] const mlsd::Zone *zone() const;

    QPointer<Session> m_session;
    QString m_id;
    Connections m_connections;
};

} // namespace mlsd::ui
