#include "panels/componentinspector.h"

#include "model/catalog.h"
#include "session/session.h"
#include "session/templatesupport.h"
#include "session/uiutil.h"

namespace mlsd::ui {

using namespace Qt::StringLiterals;

ComponentInspector::ComponentInspector(QObject *parent)
    : QObject(parent)
{}

ComponentInspector::~ComponentInspector() = default;

Document *ComponentInspector::document() const
{
    return m_session ? m_session->document() : nullptr;
}

void ComponentInspector::setSession(Session *session)
{
    if (!m_connections.follow(m_session, session))
        return;
    attach();
    emit sessionChanged();
}

void ComponentInspector::setComponentId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    refresh();
    emit componentIdChanged();
}

void ComponentInspector::attach()
{
    m_annotations.reset();
    Document *doc = document();
    if (doc) {
        m_annotations = std::make_unique<AnnotationModel>(doc);
        connect(m_annotations.get(), &AnnotationModel::countChanged, this,
                &ComponentInspector::otherAnnotationsChanged);
        m_connections << connect(doc, &Document::componentChanged, this,
                                 [this](const QString &id, ComponentFields f) {
                                     if (id != m_id)
                                         return;
                                     if (f & ComponentField::Label)
                                         emit labelChanged();
                                     if (f & ComponentField::Type) {
                                         emit typeChanged();
                                         m_annotations->setComponent(m_id, templateKeys());
                                         emit otherAnnotationsChanged();
                                     }
                                     if (f & ComponentField::Zone)
                                         emit zoneChanged();
                                     if (f & ComponentField::Notes)
                                         emit notesChanged();
                                 });
        const auto idGone = [this](const QString &id) {
            if (id == m_id)
                refresh();
        };
        m_connections << connect(doc, &Document::componentRemoved, this, idGone);
        m_connections << connect(doc, &Document::componentAdded, this, idGone);
        m_connections << connect(doc, &Document::designReset, this, &ComponentInspector::refresh);
        m_connections << connect(doc, &Document::templateIdChanged, this, [this] {
            m_annotations->setComponent(m_id, templateKeys());
            emit otherAnnotationsChanged();
        });
        const auto zonesChanged = [this] {
            emit zoneOptionsChanged();
        };
        m_connections << connect(doc, &Document::zoneAdded, this, zonesChanged);
        m_connections << connect(doc, &Document::zoneRemoved, this, zonesChanged);
        m_connections << connect(doc, &Document::zoneChanged, this,
                                 [this](const QString &, ZoneFields f) {
                                     if (f & ZoneField::Label)
                                         emit zoneOptionsChanged();
                                 });
    }
    refresh();
}

void ComponentInspector::refresh()
{
    if (m_annotations)
        m_annotations->setComponent(isValid() ? m_id : QString(), templateKeys());
    emit componentChanged();
    emit labelChanged();
    emit typeChanged();
    emit zoneChanged();
    emit notesChanged();
    emit zoneOptionsChanged();
    emit otherAnnotationsChanged();
}

QStringList ComponentInspector::templateKeys() const
{
    const Document *doc = document();
    const Component *c = doc ? doc->design().component(m_id) : nullptr;
    if (!c)
        return {};
    return templateAnnotationKeys(doc->design().templateId, c->type);
}

namespace {
const Component *find(const Document *doc, const QString &id)
{
    return doc ? doc->design().component(id) : nullptr;
}
const ComponentType *typeOf(const Document *doc, const QString &id)
{
    const Component *c = find(doc, id);
    return c ? Catalog::builtin().type(c->type) : nullptr;
}
} // namespace

bool ComponentInspector::isValid() const
{
    return find(document(), m_id) != nullptr;
}

QString ComponentInspector::label() const
{
    const Component *c = find(document(), m_id);
    return c ? c->label : QString();
}

QString ComponentInspector::type() const
{
    const Component *c = find(document(), m_id);
    return c ? c->type : QString();
}

QString ComponentInspector::typeName() const
{
    const Component *c = find(document(), m_id);
    return c ? Catalog::builtin().displayName(c->type) : QString();
}

QString ComponentInspector::typeDescription() const
{
    const ComponentType *t = typeOf(document(), m_id);
    return t ? t->description : QString();
}

QString ComponentInspector::guide() const
{
    const ComponentType *t = typeOf(document(), m_id);
    return t ? t->guide : QString();
}

QUrl ComponentInspector::icon() const
{
    const ComponentType *t = typeOf(document(), m_id);
    return t ? resourceUrl(t->icon) : QUrl();
}

QColor ComponentInspector::color() const
{
    const Component *c = find(document(), m_id);
    return c ? Catalog::builtin().color(c->type) : QColor();
}

QString ComponentInspector::zone() const
{
    const Component *c = find(document(), m_id);
    return c ? c->zone : QString();
}

QString ComponentInspector::notes() const
{
    const Component *c = find(document(), m_id);
    return c ? c->notes : QString();
}

QVariantList ComponentInspector::zoneOptions() const
{
    QVariantList out{QVariantMap{{u"id"_s, QString()}, {u"label"_s, tr("No zone")}}};
    if (const Document *doc = document()) {
        for (const Zone &z : doc->design().zones()) {
            const QString label = z.label.isEmpty() ? z.id : z.label;
            out << QVariantMap{{u"id"_s, z.id}, {u"label"_s, label}};
        }
    }
    return out;
}

QVariantList ComponentInspector::otherAnnotations() const
{
    return m_annotations ? m_annotations->otherKeys() : QVariantList();
}

void ComponentInspector::setLabel(const QString &label)
{
    if (Document *doc = document())
        doc->setComponentLabel(m_id, label);
}

void ComponentInspector::setType(const QString &type)
{
    if (Document *doc = document()) {
        doc->sealMerge();
        doc->setComponentType(m_id, type);
    }
}

void ComponentInspector::setZone(const QString &zone)
{
    if (Document *doc = document()) {
        doc->sealMerge();
        doc->setComponentZone(m_id, zone);
    }
}

void ComponentInspector::setNotes(const QString &notes)
{
    if (Document *doc = document())
        doc->setComponentNotes(m_id, notes);
}

void ComponentInspector::setAnnotation(const QString &key, const QString &value)
{
    if (Document *doc = document())
        doc->setAnnotation(m_id, key, value);
}

void ComponentInspector::addAnnotation(const QString &key)
{
    if (m_annotations && isValid())
        m_annotations->addKey(key);
}

void ComponentInspector::sealMerge()
{
    if (Document *doc = document())
        doc->sealMerge();
}

} // namespace mlsd::ui
