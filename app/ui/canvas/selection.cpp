#include "canvas/selection.h"

#include "model/document.h"

namespace mlsd::ui {

Selection::Selection(mlsd::Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::componentRemoved, this,
            [this](const QString &id) { drop(&m_components, id); });
    connect(document, &Document::connectionRemoved, this,
            [this](const QString &id) { drop(&m_connections, id); });
    connect(document, &Document::zoneRemoved, this,
            [this](const QString &id) { drop(&m_zones, id); });
    connect(document, &Document::designReset, this, &Selection::clear);
}

void Selection::drop(QStringList *list, const QString &id)
{
    if (list->removeAll(id) > 0) {
        if (list == &m_components)
            rebuildSet();
        emit changed();
    }
}

QString Selection::currentComponent() const
{
    return count() == 1 && m_components.size() == 1 ? m_components.front() : QString();
}

QString Selection::currentConnection() const
{
    return count() == 1 && m_connections.size() == 1 ? m_connections.front() : QString();
}

QString Selection::currentZone() const
{
    return count() == 1 && m_zones.size() == 1 ? m_zones.front() : QString();
}

namespace {

void toggleOrSelect(QStringList *list, const QString &id, bool additive)
{
    if (additive) {
        if (!list->removeOne(id))
            list->append(id);
    } else {
        *list = {id};
    }
}

} // namespace

void Selection::selectComponent(const QString &id, bool additive)
{
    if (!m_document->design().component(id))
        return;
    if (!additive) {
        m_connections.clear();
        m_zones.clear();
    }
    toggleOrSelect(&m_components, id, additive);
    rebuildSet();
    emit changed();
}

void Selection::selectConnection(const QString &id, bool additive)
{
    if (!m_document->design().connection(id))
        return;
    if (!additive) {
        m_components.clear();
        m_zones.clear();
        rebuildSet();
    }
    toggleOrSelect(&m_connections, id, additive);
    emit changed();
}

void Selection::selectZone(const QString &id, bool additive)
{
    if (!m_document->design().zone(id))
        return;
    if (!additive) {
        m_components.clear();
        m_connections.clear();
        rebuildSet();
    }
    toggleOrSelect(&m_zones, id, additive);
    emit changed();
}

void Selection::setComponents(const QStringList &ids, bool additive)
{
    if (!additive) {
        m_components.clear();
        m_connections.clear();
        m_zones.clear();
    }
    rebuildSet();
    for (const QString &id : ids) {
        if (m_document->design().component(id) && !m_componentSet.contains(id)) {
            m_components.append(id);
            m_componentSet.insert(id);
        }
    }
    emit changed();
}

void Selection::selectAll()
{
    m_components.clear();
    for (const Component &c : m_document->design().components())
        m_components.append(c.id);
    m_connections.clear();
    m_zones.clear();
    rebuildSet();
    emit changed();
}

void Selection::clear()
{
    if (isEmpty())
        return;
    m_components.clear();
    m_connections.clear();
    m_zones.clear();
    rebuildSet();
    emit changed();
}

} // namespace mlsd::ui
