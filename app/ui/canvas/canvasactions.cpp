#include "canvas/canvasactions.h"

#include "canvas/clipboard.h"
#include "canvas/selection.h"
#include "canvas/snapping.h"
#include "io/designwriter.h"
#include "model/catalog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

constexpr double pasteOffset = 24;
constexpr QSizeF defaultSize{180, 72};

} // namespace

CanvasActions::CanvasActions(QObject *parent)
    : QObject(parent)
{
    if (QClipboard *cb = QGuiApplication::clipboard())
        connect(cb, &QClipboard::dataChanged, this, &CanvasActions::canPasteChanged);
}

void CanvasActions::setScene(CanvasScene *scene)
{
    if (!m_sceneConnections.follow(m_scene, scene))
        return;
    if (scene)
        m_sceneConnections << connect(scene, &CanvasScene::sessionChanged, this,
                                      &CanvasActions::followDocument);
    followDocument();
    emit sceneChanged();
}

void CanvasActions::followDocument()
{
    m_undoConnections.clear();
    if (Document *doc = document()) {
        QUndoStack *stack = doc->undoStack();
        m_undoConnections << connect(stack, &QUndoStack::canUndoChanged, this,
                                     &CanvasActions::undoStateChanged);
        m_undoConnections << connect(stack, &QUndoStack::canRedoChanged, this,
                                     &CanvasActions::undoStateChanged);
    }
    emit undoStateChanged();
}

void CanvasActions::setGrid(qreal grid)
{
    if (qFuzzyCompare(m_grid + 1, grid + 1))
        return;
    m_grid = grid;
    emit gridChanged();
}

bool CanvasActions::canUndo() const
{
    return document() && document()->undoStack()->canUndo();
}

bool CanvasActions::canRedo() const
{
    return document() && document()->undoStack()->canRedo();
}

bool CanvasActions::canPaste() const
{
    const QClipboard *cb = QGuiApplication::clipboard();
    const QMimeData *data = cb ? cb->mimeData() : nullptr;
    return data
           && (data->hasFormat(QString::fromLatin1(Clipboard::mimeType))
               || (data->hasText() && data->text().contains(u"\"mlsd-board\""_s)));
}

QString CanvasActions::addComponent(const QString &type, QPointF center)
{
    Document *doc = document();
    if (!doc || type.isEmpty())
        return {};
    Component c;
    c.type = type;
    c.label = Catalog::builtin().displayName(type);
    c.width = defaultSize.width();
    c.height = defaultSize.height();
    c.x = snapToGrid(center.x() - c.width / 2, m_grid);
    c.y = snapToGrid(center.y() - c.height / 2, m_grid);
    c.zone = m_scene->innermostZoneAt(c.center());
    const QString id = doc->addComponent(c);
    doc->sealMerge();
    if (!id.isEmpty())
        m_scene->selection()->selectComponent(id);
    return id;
}

QString CanvasActions::addComponentNear(const QString &type, QPointF center)
{
    if (!m_scene)
        return addComponent(type, center);
    const QSizeF size = defaultSize;
    const double gap = std::max(m_grid, 8.0) * 2;
    const double stepX = size.width() + gap;
    const double stepY = size.height() + gap;
    auto freeAt = [&](QPointF c) {
        const QRectF box(c.x() - size.width() / 2 - gap / 2, c.y() - size.height() / 2 - gap / 2,
                         size.width() + gap, size.height() + gap);
        return m_scene->componentsIn(box).isEmpty();
    };
    // Rings of growing radius around the centre; in a ring the same row first (right before
    // left), then the rows below, then above, as a left-to-right flow grows.
    for (int ring = 0; ring <= 12; ++ring) {
        std::vector<std::pair<int, int>> cells;
        for (int dy = -ring; dy <= ring; ++dy)
            for (int dx = -ring; dx <= ring; ++dx)
                if (std::max(std::abs(dx), std::abs(dy)) == ring)
                    cells.emplace_back(dx, dy);
        std::sort(cells.begin(), cells.end(), [](auto a, auto b) {
            return std::make_tuple(std::abs(a.second), a.second < 0, a.first < 0, std::abs(a.first))
                   < std::make_tuple(std::abs(b.second), b.second < 0, b.first < 0,
                                     std::abs(b.first));
        });
        for (const auto &[dx, dy] : cells) {
            const QPointF c(center.x() + dx * stepX, center.y() + dy * stepY);
            if (freeAt(c))
                return addComponent(type, c);
        }
    }
    return addComponent(type, center);
}

void CanvasActions::deleteSelection()
{
    Document *doc = document();
    const Selection *sel = m_scene ? m_scene->selection() : nullptr;
    if (!doc || !sel || sel->isEmpty())
        return;
    doc->removeItems(sel->componentIds(), sel->connectionIds(), sel->zoneIds());
}

void CanvasActions::nudge(qreal dx, qreal dy)
{
    Document *doc = document();
    const Selection *sel = m_scene ? m_scene->selection() : nullptr;
    if (!doc || !sel || sel->isEmpty())
        return;
    if (!m_nudging) {
        doc->sealMerge();
        m_nudging = true;
    }
    const QStringList zones = sel->zoneIds();
    QStringList components;
    for (const QString &id : sel->componentIds()) {
        const Component *c = doc->design().component(id);
        if (c && !zones.contains(c->zone)) // those move with their zone
            components << id;
    }
    if (!components.isEmpty())
        doc->moveComponents(components, QPointF(dx, dy));
    for (const QString &z : zones)
        doc->moveZone(z, QPointF(dx, dy));
}

void CanvasActions::endNudge()
{
    if (!m_nudging)
        return;
    m_nudging = false;
    if (Document *doc = document())
        doc->sealMerge();
}

void CanvasActions::selectAll()
{
    if (Selection *sel = m_scene ? m_scene->selection() : nullptr)
        sel->selectAll();
}

bool CanvasActions::copySelection()
{
    const Document *doc = document();
    const Selection *sel = m_scene ? m_scene->selection() : nullptr;
    if (!doc || !sel || (sel->componentIds().isEmpty() && sel->zoneIds().isEmpty()))
        return false;
    Clipboard::put(Clipboard::fragment(doc->design(), sel->componentIds(), sel->zoneIds()));
    m_lastPasted.clear();
    return true;
}

bool CanvasActions::cutSelection()
{
    if (!copySelection())
        return false;
    deleteSelection();
    return true;
}

QStringList CanvasActions::paste(const QRectF &view)
{
    std::optional<Design> fragment = Clipboard::get();
    if (!fragment || !document())
        return {};
    const QByteArray text = serializeDesign(*fragment);
    m_pasteCount = text == m_lastPasted ? m_pasteCount + 1 : 1;
    m_lastPasted = text;
    const QRectF bounds = fragment->bounds();
    QPointF offset(pasteOffset * m_pasteCount, pasteOffset * m_pasteCount);
    if (!view.isNull() && !view.intersects(bounds.translated(offset)))
        offset = view.center() - bounds.center();
    return addFragment(std::move(*fragment), offset, tr("Paste"));
}

QStringList CanvasActions::duplicateSelection()
{
    const Document *doc = document();
    const Selection *sel = m_scene ? m_scene->selection() : nullptr;
    if (!doc || !sel || (sel->componentIds().isEmpty() && sel->zoneIds().isEmpty()))
        return {};
    return addFragment(Clipboard::fragment(doc->design(), sel->componentIds(), sel->zoneIds()),
                       QPointF(pasteOffset, pasteOffset), tr("Duplicate"));
}

QStringList CanvasActions::addFragment(Design fragment, QPointF offset, const QString &text)
{
    Document *doc = document();
    // Keep pasted boxes on the grid they were on.
    offset = QPointF(snapToGrid(offset.x(), m_grid), snapToGrid(offset.y(), m_grid));
    if (offset.isNull() && m_grid > 0)
        offset = QPointF(m_grid, m_grid);
    QList<Zone> zones = fragment.zones();
    for (Zone &z : zones) {
        z.x += offset.x();
        z.y += offset.y();
    }
    QList<Component> components = fragment.components();
    for (Component &c : components) {
        c.x += offset.x();
        c.y += offset.y();
        if (c.zone.isEmpty()) // lands in whatever zone is there
            c.zone = m_scene->innermostZoneAt(c.center());
    }
    const qsizetype zonesBefore = doc->design().zones().size();
    const QStringList ids = doc->addItems(components, fragment.connections(), zones, text);
    doc->sealMerge();
    Selection *sel = m_scene->selection();
    sel->setComponents(ids);
    const QList<Zone> &all = doc->design().zones();
    for (qsizetype i = zonesBefore; i < all.size(); ++i)
        sel->selectZone(all.at(i).id, true);
    return ids;
}

void CanvasActions::setComponentLabel(const QString &id, const QString &label)
{
    if (Document *doc = document()) {
        doc->setComponentLabel(id, label.trimmed());
        doc->sealMerge();
    }
}

void CanvasActions::setConnectionLabel(const QString &id, const QString &label)
{
    if (Document *doc = document()) {
        doc->setConnectionLabel(id, label.trimmed());
        doc->sealMerge();
    }
}

void CanvasActions::setZoneLabel(const QString &id, const QString &label)
{
    if (Document *doc = document()) {
        doc->setZoneLabel(id, label.trimmed());
        doc->sealMerge();
    }
}

QString CanvasActions::componentLabel(const QString &id) const
{
    const Component *c = document() ? document()->design().component(id) : nullptr;
    return c ? c->label : QString();
}

QString CanvasActions::connectionLabel(const QString &id) const
{
    const Connection *c = document() ? document()->design().connection(id) : nullptr;
    return c ? c->label : QString();
}

QString CanvasActions::zoneLabel(const QString &id) const
{
    const Zone *z = document() ? document()->design().zone(id) : nullptr;
    return z ? z->label : QString();
}

namespace {

bool matches(const Component &c, const QString &text)
{
    return c.label.contains(text, Qt::CaseInsensitive)
           || Catalog::builtin().displayName(c.type).contains(text, Qt::CaseInsensitive);
}

} // namespace

QString CanvasActions::findNext(const QString &text, const QString &after, bool backwards) const
{
    const Document *doc = document();
    const QString needle = text.trimmed();
    if (!doc || needle.isEmpty())
        return {};
    const QList<Component> &all = doc->design().components();
    const qsizetype n = all.size();
    const qsizetype start = doc->design().componentIndex(after); // -1 when none
    for (qsizetype step = 1; step <= n; ++step) {
        qsizetype i = backwards ? (start < 0 ? n - step : start - step) : start + step;
        i = ((i % n) + n) % n;
        if (matches(all.at(i), needle))
            return all.at(i).id;
    }
    return {};
}

int CanvasActions::countMatches(const QString &text) const
{
    const Document *doc = document();
    const QString needle = text.trimmed();
    if (!doc || needle.isEmpty())
        return 0;
    int count = 0;
    for (const Component &c : doc->design().components())
        count += matches(c, needle) ? 1 : 0;
    return count;
}

void CanvasActions::undo()
{
    if (Document *doc = document()) {
        doc->sealMerge();
        doc->undoStack()->undo();
    }
}

void CanvasActions::redo()
{
    if (Document *doc = document()) {
        doc->sealMerge();
        doc->undoStack()->redo();
    }
}

} // namespace mlsd::ui
