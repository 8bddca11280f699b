#pragma once

#include "session/connections.h"
#include "session/session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The inspector's view of one connection: where it runs, its label and its kind (data, request,
 * model, feedback), edited through the document as undo steps.
 */
class ConnectionInspector : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(
        QString connectionId READ connectionId WRITE setConnectionId NOTIFY connectionIdChanged)
    Q_PROPERTY(QString fromLabel READ fromLabel NOTIFY changed)
    Q_PROPERTY(QString toLabel READ toLabel NOTIFY changed)
    Q_PROPERTY(QString label READ label NOTIFY changed)
    /// "data", "request", "model" or "feedback".
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    /// The kinds as {id, title} maps.
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)

public:
    explicit ConnectionInspector(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString connectionId() const { return m_id; }
    void setConnectionId(const QString &id);

    [[nodiscard]] QString fromLabel() const;
    [[nodiscard]] QString toLabel() const;
    [[nodiscard]] QString label() const;
    [[nodiscard]] QString kind() const;
    [[nodiscard]] static QVariantList kindOptions();

    Q_INVOKABLE void setLabel(const QString &label);
    Q_INVOKABLE void setKind(const QString &kind);

signals:
    void sessionChanged();
    void connectionIdChanged();
    void changed();

private:
    [[nodiscard]] const mlsd::Connection *connection() const;
    [[nodiscard]] QString componentName(const QString &id) const;

    QPointer<Session> m_session;
    QString m_id;
    Connections m_connections;
};

} // namespace mlsd::ui
