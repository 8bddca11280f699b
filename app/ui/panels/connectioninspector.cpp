#include "panels/connectioninspector.h"

#include "model/catalog.h"

namespace mlsd::ui {

using namespace Qt::StringLiterals;

ConnectionInspector::ConnectionInspector(QObject *parent)
    : QObject(parent)
{}

void ConnectionInspector::setSession(Session *session)
{
    if (!m_connections.follow(m_session, session))
        return;
    if (session) {
        Document *doc = session->document();
        const auto refresh = [this] {
            emit changed();
        };
        m_connections << connect(doc, &Document::connectionChanged, this, refresh);
        m_connections << connect(doc, &Document::connectionAdded, this, refresh);
        m_connections << connect(doc, &Document::connectionRemoved, this, refresh);
        m_connections << connect(doc, &Document::componentChanged, this, refresh);
        m_connections << connect(doc, &Document::designReset, this, refresh);
    }
    emit sessionChanged();
    emit changed();
}

void ConnectionInspector::setConnectionId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    emit connectionIdChanged();
    emit changed();
}

const Connection *ConnectionInspector::connection() const
{
    return m_session ? m_session->document()->design().connection(m_id) : nullptr;
}

QString ConnectionInspector::componentName(const QString &id) const
{
    const Component *c = m_session ? m_session->document()->design().component(id) : nullptr;
    if (!c)
        return id;
    return c->label.isEmpty() ? Catalog::builtin().displayName(c->type) : c->label;
}

QString ConnectionInspector::fromLabel() const
{
    const Connection *c = connection();
    return c ? componentName(c->from) : QString();
}

QString ConnectionInspector::toLabel() const
{
    const Connection *c = connection();
    return c ? componentName(c->to) : QString();
}

QString ConnectionInspector::label() const
{
    const Connection *c = connection();
    return c ? c->label : QString();
}

QString ConnectionInspector::kind() const
{
    const Connection *c = connection();
    return c ? schema::connectionKindId(c->kind) : QString();
}

QVariantList ConnectionInspector::kindOptions()
{
    const QStringList titles = {tr("Data"), tr("Request"), tr("Model"), tr("Feedback")};
    const QStringList ids = schema::connectionKindIds();
    QVariantList out;
    for (qsizetype i = 0; i < ids.size(); ++i)
        out << QVariantMap{{u"id"_s, ids.at(i)}, {u"title"_s, titles.value(i, ids.at(i))}};
    return out;
}

void ConnectionInspector::setLabel(const QString &label)
{
    if (m_session)
        m_session->document()->setConnectionLabel(m_id, label);
}

void ConnectionInspector::setKind(const QString &kind)
{
    ConnectionKind k;
    if (m_session && schema::parseConnectionKind(kind, &k)) {
        m_session->document()->sealMerge();
        m_session->document()->setConnectionKind(m_id, k);
    }
}

} // namespace mlsd::ui
