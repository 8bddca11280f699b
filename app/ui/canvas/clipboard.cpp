#include "canvas/clipboard.h"

#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSet>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

Design Clipboard::fragment(const Design &design, const QStringList &components,
                           const QStringList &zones)
{
    Design out;
    QSet<QString> zoneSet;
    for (const Zone &z : design.zones()) {
        if (zones.contains(z.id)) {
            out.appendZone(z);
            zoneSet.insert(z.id);
        }
    }
    const QSet<QString> picked(components.cbegin(), components.cend());
    QSet<QString> copied;
    for (const Component &c : design.components()) {
        if (!picked.contains(c.id) && !zoneSet.contains(c.zone))
            continue;
        Component copy = c;
        if (!zoneSet.contains(copy.zone))
            copy.zone.clear();
        out.appendComponent(copy);
        copied.insert(c.id);
    }
    for (const Connection &c : design.connections()) {
        if (copied.contains(c.from) && copied.contains(c.to))
            out.appendConnection(c);
    }
    return out;
}

QMimeData *Clipboard::toMimeData(const Design &fragment)
{
    const QByteArray json = serializeDesign(fragment);
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), json);
    data->setText(QString::fromUtf8(json));
    return data;
}

std::optional<Design> Clipboard::fromMimeData(const QMimeData *data)
{
    if (!data)
        return std::nullopt;
    QByteArray json = data->data(QString::fromLatin1(mimeType));
    if (json.isEmpty() && data->hasText()) {
        // Plain text pastes only when it is clearly one of ours.
        const QString text = data->text().trimmed();
        if (!text.startsWith(u'{') || !text.contains(u"\"mlsd-board\""_s))
            return std::nullopt;
        json = text.toUtf8();
    }
    if (json.isEmpty())
        return std::nullopt;
    LoadResult result = loadDesign(json, u"clipboard"_s, &Catalog::builtin());
    if (!result.ok())
        return std::nullopt;
    return std::move(result.design);
}

void Clipboard::put(const Design &fragment)
{
    if (QClipboard *cb = QGuiApplication::clipboard())
        cb->setMimeData(toMimeData(fragment));
}

std::optional<Design> Clipboard::get()
{
    const QClipboard *cb = QGuiApplication::clipboard();
    return cb ? fromMimeData(cb->mimeData()) : std::nullopt;
}

} // namespace mlsd::ui
