#include "panels/zoneinspector.h"

namespace mlsd::ui {

using namespace Qt::StringLiterals;

ZoneInspector::ZoneInspector(QObject *parent)
    : QObject(parent)
{}

void ZoneInspector::setSession(Session *session)
{
    if (!m_connections.follow(m_session, session))
        return;
    if (session) {
        Document *doc = session->document();
        const auto refresh = [this] {
            emit changed();
        };
        m_connections << connect(doc, &Document::zoneChanged, this, refresh);
        m_connections << connect(doc, &Document::zoneAdded, this, refresh);
        m_connections << connect(doc, &Document::zoneRemoved, this, refresh);
        m_connections << connect(doc, &Document::componentChanged, this,
                                 [this](const QString &, ComponentFields f) {
                                     if (f & ComponentField::Zone)
                                         emit changed();
                                 });
        m_connections << connect(doc, &Document::designReset, this, refresh);
    }
    emit sessionChanged();
    emit changed();
}

void ZoneInspector::setZoneId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    emit zoneIdChanged();
    emit changed();
}

const Zone *ZoneInspector::zone() const
{
    return m_session ? m_session->document()->design().zone(m_id) : nullptr;
}

QString ZoneInspector::label() const
{
    const Zone *z = zone();
    return z ? z->label : QString();
}

QString ZoneInspector::kind() const
{
    const Zone *z = zone();
    return z ? z->kind : QString();
}

int ZoneInspector::componentCount() const
{
    return m_session && zone() ? int(m_session->document()->componentsInZone(m_id).size()) : 0;
}

QVariantList ZoneInspector::kindOptions()
{
    QVariantList out;
    for (const VocabularyEntry &e : schema::zoneKinds())
        out << QVariantMap{{u"id"_s, e.id}, {u"title"_s, e.title}, {u"help"_s, e.help}};
    return out;
}

void ZoneInspector::setLabel(const QString &label)
{
    if (m_session)
        m_session->document()->setZoneLabel(m_id, label);
}

void ZoneInspector::setKind(const QString &kind)
{
    if (m_session) {
        m_session->document()->sealMerge();
        m_session->document()->setZoneKind(m_id, kind);
    }
}

} // namespace mlsd::ui
