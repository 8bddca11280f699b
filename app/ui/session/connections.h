#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>

/*!
 * \file connections.h
 * The connections an adapter holds to the object it follows.
 */

namespace mlsd::ui {

/*!
 * The signal connections an adapter holds to the object it follows (a Session and its document, a
 * CanvasScene, an undo stack). When the adapter follows another object, follow() drops them all,
 * and the adapter connects to the new one:
 *
 * \code
 * void BriefModel::setSession(Session *session)
 * {
 *     if (!m_connections.follow(m_session, session))
 *         return;
 *     if (session)
 *         m_connections << connect(session->document(), &Document::briefChanged, ...);
 *     ...
 * }
 * \endcode
 */
class Connections
{
public:
    Connections() = default;
    Q_DISABLE_COPY_MOVE(Connections)

    /// Keeps \a connection until the next clear() or follow().
    Connections &operator<<(const QMetaObject::Connection &connection)
    {
        m_connections << connection;
        return *this;
    }

    /// Disconnects every connection kept.
    void clear()
    {
        for (const auto &c : std::as_const(m_connections))
            QObject::disconnect(c);
        m_connections.clear();
    }

    /*!
     * Points \a current (a pointer or QPointer member) at \a next after dropping the connections
     * to the object it pointed at. Returns false, changing nothing, when it already points there.
     */
    template<typename Current, typename T>
    bool follow(Current &current, T *next)
    {
        if (current == next)
            return false;
        clear();
        current = next;
        return true;
    }

private:
    QList<QMetaObject::Connection> m_connections;
};

} // namespace mlsd::ui
