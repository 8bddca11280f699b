#include "export/diagramrenderer.h"

#include "export/markdowntext.h"
#include "model/catalog.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

constexpr double cardRadius = 8;
constexpr double zoneRadius = 12;
constexpr double dashLength = 6; ///< feedback edges: dash and gap, as on the canvas
constexpr double gapLength = 4;
constexpr double badgeSize = 36;
constexpr double iconSize = 20;
constexpr double edgeWidth = 1.5;
constexpr double pillMaxText = 220;
constexpr double pillHeight = 20;

QColor rgba(QRgb rgb, int alpha)
{
    QColor c = QColor::fromRgb(rgb);
    c.setAlpha(alpha);
    return c;
}

QFont makeFont(int pixelSize, QFont::Weight weight)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    return f;
}

/// One line of text: newlines and runs of spaces become one space.
QString oneLine(const QString &text)
{
    return md::cleanText(text).simplified();
}

/// \a text broken into at most \a maxLines lines of \a width, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    QString rest = text;
    while (!rest.isEmpty() && lines.size() < maxLines - 1 && fm.horizontalAdvance(rest) > width) {
        // Break after the last space that fits, or inside a word too long for a line.
        qsizetype lo = 1, hi = rest.size(); // the longest prefix that fits, by bisection
        while (lo < hi) {
            const qsizetype mid = (lo + hi + 1) / 2;
            if (fm.horizontalAdvance(rest.left(mid)) <= width)
                lo = mid;
            else
                hi = mid - 1;
        }
        const qsizetype fit = lo;
        const qsizetype space = rest.lastIndexOf(u' ', fit);
        const qsizetype cut = space > 0 ? space : fit;
        lines << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty() || lines.isEmpty())
        lines << fm.elidedText(rest, Qt::ElideRight, width);
    return lines;
}

/// A loop over the top edge of \a r, for a connection from a component to itself.
EdgePath selfLoop(const QRectF &r)
{
    EdgePath p;
    const double x = r.right() - std::min(40.0, r.width() / 2);
    p.start = {x - 14, r.top()};
    p.end = {x + 14, r.top()};
    p.lineEnd = p.end - QPointF(0, arrowLength);
    p.c1 = p.start - QPointF(0, 44);
    p.c2 = p.lineEnd - QPointF(0, 36);
    p.mid = p.at(0.5);
    p.arrow = QPolygonF{p.end, p.lineEnd + QPointF(-arrowHalfWidth, 0),
                        p.lineEnd + QPointF(arrowHalfWidth, 0)};
    return p;
}

/// The painter's scale: device pixels per scene unit.
double deviceScale(const QPainter *painter)
{
    const QTransform t = painter->worldTransform();
    return std::sqrt(std::abs(t.determinant()));
}

} // namespace

namespace {

/// A zone kind's hue and alphas, as the canvas draws it (CanvasStyleSingleton.qml).
struct ZoneStyle
{
    const char *kind;
    QRgb light, dark;
    int lightFill, lightBorder, darkFill, darkBorder;
};

const ZoneStyle *zoneStyle(const QString &kind)
{
    static const ZoneStyle styles[] = {
        {"online", 0x2f6fb0, 0x3b82f6, 0x14, 0x55, 0x2e, 0x5e},
        {"nearline", 0x0f766e, 0x14b8a6, 0x14, 0x55, 0x2a, 0x58},
        {"offline", 0x6d28d9, 0x8b5cf6, 0x12, 0x50, 0x2e, 0x5e},
        {"data", 0xb45309, 0xf59e0b, 0x14, 0x55, 0x2a, 0x58},
        {"experimentation", 0x15803d, 0x22c55e, 0x12, 0x50, 0x2a, 0x58},
    };
    for (const ZoneStyle &z : styles) {
        if (kind == QLatin1StringView(z.kind))
            return &z;
    }
    return nullptr;
}

} // namespace

QColor DiagramPalette::zoneTint(const QString &kind) const
{
    if (const ZoneStyle *z = zoneStyle(kind))
        return dark ? rgba(z->dark, z->darkFill) : rgba(z->light, z->lightFill);
    return dark ? rgba(0xffffff, 0x0c) : rgba(0x1d2330, 0x0a);
}

QColor DiagramPalette::zoneBorderOf(const QString &kind) const
{
    if (const ZoneStyle *z = zoneStyle(kind))
        return dark ? rgba(z->dark, z->darkBorder) : rgba(z->light, z->lightBorder);
    return zoneBorder;
}

DiagramPalette DiagramPalette::forTheme(DiagramTheme theme)
{
    DiagramPalette p;
    p.dark = theme == DiagramTheme::Dark;
    if (p.dark) {
        p.background = QColor(0x14, 0x16, 0x1b);
        p.card = QColor(0x23, 0x27, 0x31);
        p.cardBorder = QColor(0x3a, 0x40, 0x4e);
        p.text = QColor(0xe6, 0xe8, 0xec);
        p.textMuted = QColor(0x9a, 0xa2, 0xb1);
        p.textFaint = QColor(0x6d, 0x75, 0x86);
        p.shadow = rgba(0x000000, 0x40);
        p.zoneBorder = QColor(0x3d, 0x43, 0x52);
        p.edge[0] = QColor(0x87, 0x90, 0xa3);
        p.edge[1] = QColor(0x60, 0xa5, 0xfa);
        p.edge[2] = QColor(0x34, 0xd3, 0x99);
        p.edge[3] = QColor(0xc0, 0x84, 0xfc);
    } else {
        p.background = QColor(0xfb, 0xfb, 0xfc);
        p.card = QColor(0xff, 0xff, 0xff);
        p.cardBorder = QColor(0xd3, 0xd7, 0xdf);
        p.text = QColor(0x1d, 0x23, 0x30);
        p.textMuted = QColor(0x5d, 0x66, 0x77);
        p.textFaint = QColor(0x8a, 0x93, 0xa3);
        p.shadow = rgba(0x1d2330, 0x10);
        p.zoneBorder = QColor(0xcd, 0xd2, 0xdb);
        p.edge[0] = QColor(0x6b, 0x73, 0x85);
        p.edge[1] = QColor(0x2f, 0x6f, 0xb0);
        p.edge[2] = QColor(0x1f, 0x8a, 0x5b);
        p.edge[3] = QColor(0x8e, 0x44, 0xad);
    }
    return p;
}

DiagramRenderer::DiagramRenderer(const Design &design, const Catalog &catalog, DiagramTheme theme)
    : m_design(design)
    , m_catalog(catalog)
    , m_palette(DiagramPalette::forTheme(theme))
    , m_labelFont(makeFont(13, QFont::DemiBold))
    , m_typeFont(makeFont(11, QFont::Normal))
    , m_zoneFont(makeFont(13, QFont::DemiBold))
{
    m_zoneFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.2);
    QRectF content = design.bounds();
    const QFontMetricsF fm(m_typeFont);
    m_edges.reserve(design.connections().size());
    for (const Connection &c : design.connections()) {
        const Component *from = design.component(c.from);
        const Component *to = design.component(c.to);
        if (!from || !to)
            continue;
        Edge e;
        e.kind = c.kind;
        e.path = from == to ? selfLoop(from->rect()) : edgePath(from->rect(), to->rect());
        const QString label = oneLine(c.label);
        if (!label.isEmpty()) {
            e.label = fm.elidedText(label, Qt::ElideRight, pillMaxText);
            const double w = std::min(fm.horizontalAdvance(e.label), pillMaxText) + 14;
            e.pill = QRectF(e.path.mid.x() - w / 2, e.path.mid.y() - pillHeight / 2, w, pillHeight);
            content |= e.pill;
        }
        content |= e.path.bounds();
        m_edges << e;
    }
    m_contentRect = content.isEmpty() ? QRectF(0, 0, 320, 120) : content;
}

DiagramRenderer::~DiagramRenderer() = default;

QRectF DiagramRenderer::sceneRect() const
{
    return m_contentRect.adjusted(-contentMargin, -contentMargin, contentMargin, contentMargin);
}

void DiagramRenderer::paint(QPainter *painter, bool background) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (background)
        painter->fillRect(sceneRect(), m_palette.background);
    const double scale = deviceScale(painter);
    if (m_design.components().isEmpty() && m_design.zones().isEmpty()) {
        painter->setFont(m_labelFont);
        painter->setPen(m_palette.textMuted);
        painter->drawText(m_contentRect, Qt::AlignCenter, u"No components yet"_s);
    }
    for (const Zone &z : m_design.zones())
        paintZone(painter, z, scale);
    for (const Edge &e : m_edges)
        paintEdge(painter, e);
    for (const Component &c : m_design.components())
        paintComponent(painter, c, scale);
    if (scale * m_typeFont.pixelSize() >= 3) {
        for (const Edge &e : m_edges)
            paintPill(painter, e);
    }
    painter->restore();
}

void DiagramRenderer::paintZone(QPainter *painter, const Zone &zone, double scale) const
{
    const QRectF r = zone.rect();
    const double radius = std::min({zoneRadius, r.width() / 2, r.height() / 2});
    painter->setPen(QPen(m_palette.zoneBorderOf(zone.kind), 1));
    painter->setBrush(m_palette.zoneTint(zone.kind));
    painter->drawRoundedRect(r, radius, radius);
    if (scale * m_zoneFont.pixelSize() < 3)
        return;
    QString title = oneLine(zone.label);
    if (title.isEmpty())
        title = schema::titleOf(schema::zoneKinds(), zone.kind);
    const QFontMetricsF fm(m_zoneFont);
    const QRectF text(r.left() + 14, r.top() + 9, r.width() - 28, fm.height());
    if (text.width() < 8 || text.bottom() > r.bottom())
        return;
    painter->setFont(m_zoneFont);
    painter->setPen(m_palette.textMuted);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(title, Qt::ElideRight, text.width()));
}

void DiagramRenderer::paintEdge(QPainter *painter, const Edge &edge) const
{
    const QColor colour = m_palette.edge[int(edge.kind)];
    QPen pen(colour, edgeWidth);
    pen.setCapStyle(Qt::FlatCap);
    if (edge.kind == ConnectionKind::Feedback)
        pen.setDashPattern({dashLength / edgeWidth, gapLength / edgeWidth});
    QPainterPath path(edge.path.start);
    path.cubicTo(edge.path.c1, edge.path.c2, edge.path.lineEnd);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(edge.path.arrow);
}

void DiagramRenderer::paintPill(QPainter *painter, const Edge &edge) const
{
    if (edge.label.isEmpty())
        return;
    const double radius = edge.pill.height() / 2;
    painter->setPen(QPen(m_palette.cardBorder, 1));
    painter->setBrush(m_palette.card);
    painter->drawRoundedRect(edge.pill, radius, radius);
    painter->setFont(m_typeFont);
    painter->setPen(m_palette.textMuted);
    painter->drawText(edge.pill, Qt::AlignCenter, edge.label);
}

void DiagramRenderer::paintComponent(QPainter *painter, const Component &c, double scale) const
{
    const QRectF r = c.rect();
    const QColor colour = m_catalog.color(c.type);
    const double radius = std::min({cardRadius, r.width() / 2, r.height() / 2});
    if (scale * r.height() < 6) {
        // Too small to read: a plain mark in the type's colour keeps the picture's structure.
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRect(r);
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_palette.shadow);
    painter->drawRoundedRect(r.translated(0, 1.5), radius, radius);
    painter->setPen(QPen(m_palette.cardBorder, 1));
    painter->setBrush(m_palette.card);
    painter->drawRoundedRect(r, radius, radius);

    // The badge: 36 px (less on a short card) at 12 px from the left, centred vertically.
    const double badge = std::min({badgeSize, r.height() - 8, r.width() - 24});
    double textLeft = r.left() + 10;
    if (badge >= 12) {
        const QRectF b(r.left() + 12, r.center().y() - badge / 2, badge, badge);
        const double br = std::min(cardRadius, badge / 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(b, br, br);
        paintIcon(painter, c.type, b);
        textLeft = b.right() + 10;
    }
    const double textWidth = r.right() - 10 - textLeft;
    if (textWidth < 12 || scale * m_typeFont.pixelSize() < 3)
        return;

    // The label (two lines on a tall card) and the type name below, centred as a block.
    const QString typeName = m_catalog.displayName(c.type);
    const QString label = oneLine(c.label);
    const QFontMetricsF lm(m_labelFont), tm(m_typeFont);
    const QStringList lines = wrapped(label.isEmpty() ? typeName : label, m_labelFont, textWidth,
                                      r.height() >= 64 ? 2 : 1);
    const bool typeLine = r.height() >= 40;
    const double lineHeight = lm.height() * 0.95, gap = 2;
    const double total = lines.size() * lineHeight + (typeLine ? gap + tm.height() : 0);
    double y = r.center().y() - total / 2;
    painter->setFont(m_labelFont);
    painter->setPen(label.isEmpty() ? m_palette.textFaint : m_palette.text);
    for (const QString &line : lines) {
        painter->drawText(QRectF(textLeft, y, textWidth, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
    if (typeLine) {
        painter->setFont(m_typeFont);
        painter->setPen(m_palette.textMuted);
        painter->drawText(QRectF(textLeft, y + gap, textWidth, tm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          tm.elidedText(typeName, Qt::ElideRight, textWidth));
    }
}

QSvgRenderer *DiagramRenderer::icon(const QString &type) const
{
    auto it = m_icons.constFind(type);
    if (it != m_icons.constEnd())
        return it->get();
    std::shared_ptr<QSvgRenderer> renderer;
    if (const ComponentType *t = m_catalog.type(type); t && !t->icon.isEmpty()) {
        renderer = std::make_shared<QSvgRenderer>(t->icon);
        if (!renderer->isValid())
            renderer.reset();
    }
    m_icons.insert(type, renderer);
    return renderer.get();
}

void DiagramRenderer::paintIcon(QPainter *painter, const QString &type, const QRectF &badge) const
{
    const double size = iconSize * badge.width() / badgeSize;
    if (QSvgRenderer *svg = icon(type)) {
        svg->render(painter, QRectF(badge.center().x() - size / 2, badge.center().y() - size / 2,
                                    size, size));
        return;
    }
    // No icon (an unknown type): the first letter of its name, as the canvas shows it.
    const QString name = m_catalog.displayName(type);
    QFont font = m_labelFont;
    font.setPixelSize(std::max(1, qRound(15 * badge.width() / badgeSize)));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, name.isEmpty() ? u"?"_s : name.left(1).toUpper());
}

} // namespace mlsd
