#include "model/document.h"

#include "io/designwriter.h"
#include "model/addremoveitems.h"
#include "model/catalog.h"
#include "model/changecomponent.h"
#include "model/changeconnection.h"
#include "model/changedesign.h"
#include "model/changezone.h"
#include "util/plural.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

double clampCoordinate(double v)
{
    if (!std::isfinite(v))
        return 0;
    return std::clamp(v, -limits::maxCoordinate, limits::maxCoordinate);
}

double clampSize(double v)
{
    if (!std::isfinite(v))
        return limits::minSize;
    return std::clamp(v, limits::minSize, limits::maxSize);
}

QString clampText(const QString &text, qsizetype max)
{
    return text.size() > max ? text.left(max) : text;
}

QString idPrefix(const QString &type)
{
    return type.isEmpty() ? u"c"_s : type;
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &Document::updateModified);
}

Document::~Document()
{
    // Commands refer to this document; drop them before the design goes.
    m_undoStack.clear();
}

void Document::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged();
}

void Document::resetDesign(Design design, const QString &filePath, bool readOnly,
                           const QString &readOnlyReason)
{
    m_undoStack.clear();
    m_recordModified = false;
    m_modified = false;
    m_design = std::move(design);
    m_readOnly = readOnly;
    m_readOnlyReason = readOnlyReason;
    setFilePath(filePath);
    sealMerge();
    emit designReset();
    emit contentChanged();
    emit modifiedChanged(false);
}

LoadResult Document::load(const QString &path, const Catalog *catalog)
{
    LoadResult result = loadDesignFile(path, catalog);
    if (!result.ok())
        return result;
    resetDesign(*result.design, path, result.readOnly, result.readOnlyReason);
    return result;
}

bool Document::save(const QString &path, QString *error, QString *warning)
{
    const QString target = path.isEmpty() ? m_filePath : path;
    if (target.isEmpty()) {
        *error = tr("No file name given.");
        return false;
    }
    if (m_readOnly && target == m_filePath) {
        *error
            = tr("%1 is read-only: %2 Save it under another name.").arg(target, m_readOnlyReason);
        return false;
    }
    const SaveResult result = saveDesignFile(target, m_design);
    if (!result.ok) {
        *error = result.error;
        return false;
    }
    if (warning)
        *warning = result.warning;
    if (m_readOnly) {
        // A copy saved with this version is ours to edit.
        m_readOnly = false;
        m_readOnlyReason.clear();
    }
    setFilePath(target);
    m_recordModified = false;
    m_undoStack.setClean();
    updateModified();
    sealMerge();
    return true;
}

void Document::updateModified()
{
    const bool modified = isModified();
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

// ---- Queries ----

bool Document::canConnect(const ComponentId &from, const ComponentId &to) const
{
    return from != to && m_design.componentIndex(from) >= 0 && m_design.componentIndex(to) >= 0
           && !m_design.findConnection(from, to);
}

QList<ComponentId> Document::componentsInZone(const ZoneId &zone) const
{
    QList<ComponentId> out;
    if (zone.isEmpty())
        return out;
    for (const Component &c : m_design.components()) {
        if (c.zone == zone)
            out << c.id;
    }
    return out;
}

// ---- Edits ----

QString Document::ensureFreshId(QString *id, const QString &prefix,
                                const QSet<QString> &reserved) const
{
    const QString old = *id;
    const bool taken = m_design.componentIndex(*id) >= 0 || m_design.connectionIndex(*id) >= 0
                       || m_design.zoneIndex(*id) >= 0 || reserved.contains(*id);
    if (!schema::isValidId(*id) || taken) {
        QString candidate = m_design.uniqueId(prefix);
        // uniqueId() knows only the design; skip ids reserved by this batch.
        for (qsizetype n = 2; reserved.contains(candidate); ++n)
            candidate = m_design.uniqueId(prefix + u'_' + QString::number(n));
        *id = candidate;
    }
    return old;
}

ComponentId Document::addComponent(Component component)
{
    const QList<ComponentId> ids = addItems({std::move(component)}, {}, {}, tr("Add component"));
    return ids.isEmpty() ? ComponentId() : ids.front();
}

QList<ComponentId> Document::addItems(QList<Component> components, QList<Connection> connections,
                                      QList<Zone> zones, const QString &text)
{
    QSet<QString> reserved;
    QHash<QString, QString> zoneRename;
    for (Zone &z : zones) {
        const QString old = ensureFreshId(&z.id, u"zone"_s, reserved);
        reserved.insert(z.id);
        zoneRename.insert(old, z.id);
        z.x = clampCoordinate(z.x);
        z.y = clampCoordinate(z.y);
        z.width = clampSize(z.width);
        z.height = clampSize(z.height);
        z.label = clampText(z.label, limits::maxLabel);
        if (!schema::isValidId(z.kind))
            z.kind = u"other"_s;
    }
    QHash<QString, QString> componentRename;
    QList<ComponentId> ids;
    for (Component &c : components) {
        if (!schema::isValidId(c.type))
            c.type = u"data_source"_s;
        const QString old = ensureFreshId(&c.id, idPrefix(c.type), reserved);
        reserved.insert(c.id);
        componentRename.insert(old, c.id);
        ids << c.id;
        c.x = clampCoordinate(c.x);
        c.y = clampCoordinate(c.y);
        c.width = clampSize(c.width);
        c.height = clampSize(c.height);
        c.label = clampText(c.label, limits::maxLabel);
        if (zoneRename.contains(c.zone))
            c.zone = zoneRename.value(c.zone);
        else if (m_design.zoneIndex(c.zone) < 0)
            c.zone.clear();
    }
    QList<Connection> kept;
    QSet<std::pair<QString, QString>> ends;
    for (Connection &c : connections) {
        c.from = componentRename.value(c.from, c.from);
        c.to = componentRename.value(c.to, c.to);
        const bool fromOk = reserved.contains(c.from) || m_design.componentIndex(c.from) >= 0;
        const bool toOk = reserved.contains(c.to) || m_design.componentIndex(c.to) >= 0;
        if (!fromOk || !toOk || c.from == c.to || m_design.findConnection(c.from, c.to)
            || ends.contains({c.from, c.to}))
            continue;
        ends.insert({c.from, c.to});
        ensureFreshId(&c.id, u"e"_s, reserved);
        reserved.insert(c.id);
        c.label = clampText(c.label, limits::maxLabel);
        kept << c;
    }
    if (components.isEmpty() && kept.isEmpty() && zones.isEmpty())
        return {};
    QString label = text;
    if (label.isEmpty())
        label = components.size() == 1 && kept.isEmpty() && zones.isEmpty()
                    ? tr("Add component")
                    : tr("Add %1").arg(plural(components.size() + kept.size() + zones.size(),
                                              tr("item"), tr("items")));
    m_undoStack.push(AddRemoveItems::add(this, components, kept, zones, label));
    return ids;
}

void Document::removeItems(const QList<ComponentId> &components,
                           const QList<ConnectionId> &connections, const QList<ZoneId> &zones)
{
    QString text;
    if (!components.isEmpty())
        text = tr("Delete %1").arg(plural(components.size(), tr("component"), tr("components")));
    else if (!connections.isEmpty())
        text = tr("Delete %1").arg(plural(connections.size(), tr("connection"), tr("connections")));
    else
        text = tr("Delete %1").arg(plural(zones.size(), tr("zone"), tr("zones")));
    auto *cmd = AddRemoveItems::remove(this, components, connections, zones, text);
    if (cmd->isEmpty()) {
        delete cmd;
        return;
    }
    m_undoStack.push(cmd);
}

void Document::moveComponents(const QList<ComponentId> &ids, QPointF delta)
{
    if (!std::isfinite(delta.x()) || !std::isfinite(delta.y()) || delta.isNull())
        return;
    ComponentMoves moves;
    for (const ComponentId &id : ids) {
        const Component *c = m_design.component(id);
        if (!c)
            continue;
        const QPointF before(c->x, c->y);
        const QPointF after(clampCoordinate(c->x + delta.x()), clampCoordinate(c->y + delta.y()));
        if (before != after)
            moves.append({id, before, after});
    }
    if (!moves.isEmpty())
        m_undoStack.push(new MoveComponents(this, std::move(moves)));
}

void Document::setComponentGeometry(const ComponentId &id, const QRectF &rect)
{
    const Component *c = m_design.component(id);
    if (!c)
        return;
    const QRectF r(clampCoordinate(rect.x()), clampCoordinate(rect.y()), clampSize(rect.width()),
                   clampSize(rect.height()));
    if (r == c->rect())
        return;
    m_undoStack.push(new SetComponentGeometry(this, id, c->rect(), r));
}

namespace {

/// Pushes a ChangeComponent for one component when \a edit changes it.
template<typename Edit>
void changeOne(Document *doc, QUndoStack *stack, const ComponentId &id, ComponentFields fields,
               const QString &text, const QString &mergeKey, Edit edit)
{
    const Component *c = doc->design().component(id);
    if (!c)
        return;
    Component after = *c;
    edit(after);
    if (after == *c)
        return;
    stack->push(new ChangeComponent(doc, {{*c, after}}, fields, text, mergeKey));
}

} // namespace

void Document::setComponentLabel(const ComponentId &id, const QString &label)
{
    changeOne(this, &m_undoStack, id, ComponentField::Label, tr("Rename component"), u"label"_s,
              [&](Component &c) { c.label = clampText(label, limits::maxLabel); });
}

void Document::setComponentType(const ComponentId &id, const QString &type)
{
    if (!schema::isValidId(type))
        return;
    changeOne(this, &m_undoStack, id, ComponentField::Type, tr("Change component type"), {},
              [&](Component &c) { c.type = type; });
}

void Document::setComponentZone(const ComponentId &id, const ZoneId &zone)
{
    setComponentsZone({id}, zone);
}

void Document::setComponentsZone(const QList<ComponentId> &ids, const ZoneId &zone)
{
    if (!zone.isEmpty() && m_design.zoneIndex(zone) < 0)
        return;
    QList<std::pair<Component, Component>> changes;
    for (const ComponentId &id : ids) {
        const Component *c = m_design.component(id);
        if (!c || c->zone == zone)
            continue;
        Component after = *c;
        after.zone = zone;
        changes.append({*c, after});
    }
    if (changes.isEmpty())
        return;
    const QString text = zone.isEmpty() ? tr("Take out of zone") : tr("Move into zone");
    m_undoStack.push(new ChangeComponent(this, std::move(changes), ComponentField::Zone, text));
}

void Document::setComponentFulfills(const ComponentId &id, const QStringList &stages)
{
    QStringList clean;
    for (const QString &s : stages) {
        if (schema::isValidId(s) && !clean.contains(s))
            clean << s;
    }
    changeOne(this, &m_undoStack, id, ComponentField::Fulfills, tr("Change fulfilled stages"), {},
              [&](Component &c) { c.fulfills = clean; });
}

void Document::setAnnotation(const ComponentId &id, const QString &key, const QString &value)
{
    if (!schema::isValidId(key))
        return;
    changeOne(this, &m_undoStack, id, ComponentField::Annotations,
              tr("Edit %1").arg(schema::titleOf(schema::annotations(), key).toLower()),
              u"annotation/"_s + key, [&](Component &c) {
                  c.annotations.set(key, clampText(value, limits::maxAnnotation));
              });
}

void Document::setComponentNotes(const ComponentId &id, const QString &notes)
{
    changeOne(this, &m_undoStack, id, ComponentField::Notes, tr("Edit notes"), u"notes"_s,
              [&](Component &c) { c.notes = clampText(notes, limits::maxText); });
}

ConnectionId Document::connectComponents(const ComponentId &from, const ComponentId &to,
                                         ConnectionKind kind, const QString &label)
{
    if (!canConnect(from, to))
        return {};
    Connection c;
    c.id = m_design.uniqueId(u"e"_s);
    c.from = from;
    c.to = to;
    c.kind = kind;
    c.label = clampText(label, limits::maxLabel);
    m_undoStack.push(AddRemoveItems::add(this, {}, {c}, {}, tr("Connect")));
    return c.id;
}

void Document::setConnectionLabel(const ConnectionId &id, const QString &label)
{
    const Connection *c = m_design.connection(id);
    if (!c || c->label == label)
        return;
    Connection after = *c;
    after.label = clampText(label, limits::maxLabel);
    m_undoStack.push(
        new ChangeConnection(this, *c, after, ConnectionField::Label, tr("Rename connection")));
}

void Document::setConnectionKind(const ConnectionId &id, ConnectionKind kind)
{
    const Connection *c = m_design.connection(id);
    if (!c || c->kind == kind)
        return;
    Connection after = *c;
    after.kind = kind;
    m_undoStack.push(
        new ChangeConnection(this, *c, after, ConnectionField::Kind, tr("Change connection kind")));
}

ZoneId Document::addZone(Zone zone)
{
    if (zone.label.isEmpty())
        zone.label = schema::titleOf(schema::zoneKinds(), zone.kind);
    addItems({}, {}, {zone}, tr("Add zone"));
    return m_design.zones().isEmpty() ? ZoneId() : m_design.zones().back().id;
}

void Document::moveZone(const ZoneId &id, QPointF delta)
{
    const Zone *z = m_design.zone(id);
    if (!z || !std::isfinite(delta.x()) || !std::isfinite(delta.y()) || delta.isNull())
        return;
    const QPointF before(z->x, z->y);
    const QPointF after(clampCoordinate(z->x + delta.x()), clampCoordinate(z->y + delta.y()));
    const QPointF applied = after - before;
    ComponentMoves carried;
    for (const Component &c : m_design.components()) {
        if (c.zone == id) {
            const QPointF p(c.x, c.y);
            carried.append(
                {c.id, p,
                 QPointF(clampCoordinate(c.x + applied.x()), clampCoordinate(c.y + applied.y()))});
        }
    }
    m_undoStack.push(new MoveZone(this, id, before, after, std::move(carried)));
}

void Document::setZoneGeometry(const ZoneId &id, const QRectF &rect)
{
    const Zone *z = m_design.zone(id);
    if (!z)
        return;
    Zone after = *z;
    after.x = clampCoordinate(rect.x());
    after.y = clampCoordinate(rect.y());
    after.width = clampSize(rect.width());
    after.height = clampSize(rect.height());
    if (after == *z)
        return;
    m_undoStack.push(new ChangeZone(this, *z, after, ZoneField::Geometry, tr("Resize zone")));
}

void Document::setZoneLabel(const ZoneId &id, const QString &label)
{
    const Zone *z = m_design.zone(id);
    if (!z || z->label == label)
        return;
    Zone after = *z;
    after.label = clampText(label, limits::maxLabel);
    m_undoStack.push(new ChangeZone(this, *z, after, ZoneField::Label, tr("Rename zone")));
}

void Document::setZoneKind(const ZoneId &id, const QString &kind)
{
    const Zone *z = m_design.zone(id);
    if (!z || z->kind == kind || !schema::isValidId(kind))
        return;
    Zone after = *z;
    after.kind = kind;
    m_undoStack.push(new ChangeZone(this, *z, after, ZoneField::Kind, tr("Change zone kind")));
}

namespace {

template<typename Edit>
void changeHeader(Document *doc, QUndoStack *stack, const QString &text, const QString &mergeKey,
                  Edit edit)
{
    const DesignHeader before = DesignHeader::of(doc->design());
    DesignHeader after = before;
    edit(after);
    if (after.title == before.title && after.templateId == before.templateId
        && after.brief == before.brief && after.suppressed == before.suppressed
        && after.review == before.review)
        return;
    stack->push(new ChangeDesign(doc, before, after, text, mergeKey));
}

} // namespace

void Document::setTitle(const QString &title)
{
    changeHeader(this, &m_undoStack, tr("Rename design"), u"title"_s,
                 [&](DesignHeader &h) { h.title = clampText(title, limits::maxLabel); });
}

void Document::setTemplateId(const QString &templateId)
{
    if (!templateId.isEmpty() && !schema::isValidId(templateId))
        return;
    changeHeader(this, &m_undoStack, tr("Change template"), {},
                 [&](DesignHeader &h) { h.templateId = templateId; });
}

void Document::setBriefSection(const QString &section, const QString &text)
{
    if (schema::indexOf(schema::briefSections(), section) < 0)
        return;
    changeHeader(this, &m_undoStack,
                 tr("Edit %1").arg(schema::titleOf(schema::briefSections(), section).toLower()),
                 u"brief/"_s + section, [&](DesignHeader &h) {
                     h.brief.sections.set(section, clampText(text, limits::maxText));
                 });
}

void Document::setSuppression(const QString &rule, const QString &reason, bool suppressed)
{
    if (rule.isEmpty())
        return;
    changeHeader(this, &m_undoStack, suppressed ? tr("Suppress finding") : tr("Restore finding"),
                 {}, [&](DesignHeader &h) {
                     auto it = std::find_if(h.suppressed.begin(), h.suppressed.end(),
                                            [&](const Suppression &s) { return s.rule == rule; });
                     if (!suppressed) {
                         if (it != h.suppressed.end())
                             h.suppressed.erase(it);
                     } else if (it != h.suppressed.end()) {
                         it->reason = reason;
                     } else {
                         h.suppressed.append({rule, reason, {}});
                     }
                 });
}

void Document::setReview(const Review &review, const QString &text, const QString &mergeKey)
{
    changeHeader(this, &m_undoStack, text.isEmpty() ? tr("Edit review") : text, mergeKey,
                 [&](DesignHeader &h) { h.review = review; });
}

void Document::setPractice(const std::optional<Practice> &practice)
{
    if (m_design.practice == practice)
        return;
    m_design.practice = practice;
    m_recordModified = true;
    emit practiceChanged();
    emit contentChanged();
    updateModified();
}

void Document::beginMacro(const QString &text)
{
    m_undoStack.beginMacro(text);
}

void Document::endMacro()
{
    m_undoStack.endMacro();
}

// ---- Low-level mutations (undo commands only) ----

void Document::doInsertComponent(qsizetype index, const Component &component)
{
    m_design.insertComponent(index, component);
    emit componentAdded(component.id, int(index));
}

Component Document::doTakeComponent(qsizetype index)
{
    const ComponentId id = m_design.components().at(index).id;
    emit componentAboutToBeRemoved(id, int(index));
    Component c = m_design.takeComponentAt(index);
    emit componentRemoved(id, int(index));
    return c;
}

void Document::doInsertConnection(qsizetype index, const Connection &connection)
{
    m_design.insertConnection(index, connection);
    emit connectionAdded(connection.id, int(index));
}

Connection Document::doTakeConnection(qsizetype index)
{
    const ConnectionId id = m_design.connections().at(index).id;
    Connection c = m_design.takeConnectionAt(index);
    emit connectionRemoved(id, int(index));
    return c;
}

void Document::doInsertZone(qsizetype index, const Zone &zone)
{
    m_design.insertZone(index, zone);
    emit zoneAdded(zone.id, int(index));
}

Zone Document::doTakeZone(qsizetype index)
{
    const ZoneId id = m_design.zones().at(index).id;
    Zone z = m_design.takeZoneAt(index);
    emit zoneRemoved(id, int(index));
    return z;
}

void Document::doSetComponent(const Component &component, ComponentFields fields)
{
    Component *c = m_design.componentForEdit(component.id);
    if (!c)
        return;
    *c = component;
    emit componentChanged(component.id, fields);
}

void Document::doSetConnection(const Connection &connection, ConnectionFields fields)
{
    Connection *c = m_design.connectionForEdit(connection.id);
    if (!c)
        return;
    *c = connection;
    emit connectionChanged(connection.id, fields);
}

void Document::doSetZone(const Zone &zone, ZoneFields fields)
{
    Zone *z = m_design.zoneForEdit(zone.id);
    if (!z)
        return;
    *z = zone;
    emit zoneChanged(zone.id, fields);
}

} // namespace mlsd
