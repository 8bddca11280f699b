#include "diagramrenderer.h"

#include "catalog.h"
#include "markdowntext.h"

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
constexpr double zoneRadius = 10;
constexpr double badgeSize = 36;
constexpr double iconSize = 20;
constexpr double edgeWidth = 1.5;
constexpr double pillMaxText = 220;

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
    p.arrow = QPolygonF{p.end, p.lineEnd + QPointF(-arrowHalfWidth, 0), p.lineEnd + QPointF(arrowHalfWidth, 0)};
    return p;
}

/// The painter's scale: device pixels per scene unit.
double deviceScale(const QPainter *painter)
{
    const QTransform t = painter->worldTransform();
    return std::sqrt(std::abs(t.determinant()));
}

} // namespace

QColor DiagramPalette::zoneTint(const QString &kind) const
{
    struct Tint { const char *kind; QRgb light; int lightAlpha; QRgb dark; };
    static const Tint tints[] = {
        {"online", 0x2f6fb0, 0x0d, 0x1e3a5f},       {"nearline", 0x0f766e, 0x0d, 0x0f766e},
        {"offline", 0x6d28d9, 0x0b, 0x5b21b6},      {"data", 0xb45309, 0x0b, 0x92400e},
        {"experimentation", 0x15803d, 0x0b, 0x15803d},
    };
    for (const Tint &t : tints) {
        if (kind == QLatin1StringView(t.kind))
            return dark ? rgba(t.dark, 0x30) : rgba(t.light, t.lightAlpha);
    }
    return dark ? rgba(0xffffff, 0x08) : rgba(0x1d2330, 0x08);
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
    , m_smallFont(makeFont(11, QFont::DemiBold))
{
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
            const double w = fm.horizontalAdvance(e.label) + 14;
            const double h = std::ceil(fm.height()) + 6;
            e.pill = QRectF(e.path.mid.x() - w / 2, e.path.mid.y() - h / 2, w, h);
            content |= e.pill;
        }
        content |= e.path.bounds();
        m_edges << e;
    }
    m_contentRect = content.isEmpty() ? QRectF(0, 0, 320, 120) : content;
}

DiagramRenderer::~DiagramRenderer() = default;

void DiagramRenderer::setMargin(double margin)
{
    m_margin = std::max(0.0, margin);
}

QRectF DiagramRenderer::sceneRect() const
{
    return m_contentRect.adjusted(-m_margin, -m_margin, m_margin, m_margin);
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
    painter->setPen(QPen(m_palette.zoneBorder, 1));
    painter->setBrush(m_palette.zoneTint(zone.kind));
    painter->drawRoundedRect(r, radius, radius);
    if (scale * m_smallFont.pixelSize() < 3)
        return;
    QString title = oneLine(zone.label);
    if (title.isEmpty())
        title = schema::titleOf(schema::zoneKinds(), zone.kind);
    const QRectF text = r.adjusted(12, 8, -12, 0);
    if (text.width() < 8 || r.height() < 24)
        return;
    painter->setFont(m_smallFont);
    painter->setPen(m_palette.textMuted);
    const QFontMetricsF fm(m_smallFont);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, text.width()));
}

void DiagramRenderer::paintEdge(QPainter *painter, const Edge &edge) const
{
    const QColor colour = m_palette.edge[int(edge.kind)];
    QPen pen(colour, edgeWidth);
    pen.setCapStyle(Qt::FlatCap);
    if (edge.kind == ConnectionKind::Feedback)
        pen.setDashPattern({4, 3});
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
    painter->setPen(QPen(m_palette.cardBorder, 1));
    painter->setBrush(m_palette.card);
    painter->drawRoundedRect(r, radius, radius);

    const double badge = std::min({badgeSize, r.height() - 12, r.width() - 12});
    double textLeft = r.left() + 10;
    if (badge >= 14) {
        const double pad = std::min(12.0, (r.height() - badge) / 2);
        const QRectF b(r.left() + pad, r.center().y() - badge / 2, badge, badge);
        const double br = cardRadius * badge / badgeSize;
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(b, br, br);
        const double is = iconSize * badge / badgeSize;
        paintIcon(painter, c.type, QRectF(b.center().x() - is / 2, b.center().y() - is / 2, is, is));
        textLeft = b.right() + 10;
    }
    const double textWidth = r.right() - 10 - textLeft;
    if (textWidth < 12 || scale * m_typeFont.pixelSize() < 3)
        return;

    QString label = oneLine(c.label);
    const QString typeName = m_catalog.displayName(c.type);
    if (label.isEmpty())
        label = typeName;
    const QFontMetricsF lm(m_labelFont), tm(m_typeFont);
    const bool twoLines = r.height() >= 40 && label != typeName;
    const double lh = lm.height(), th = tm.height(), gap = 2;
    const double total = twoLines ? lh + gap + th : lh;
    const double top = r.center().y() - total / 2;
    painter->setFont(m_labelFont);
    painter->setPen(m_palette.text);
    painter->drawText(QRectF(textLeft, top, textWidth, lh), Qt::AlignLeft | Qt::AlignVCenter,
                      lm.elidedText(label, Qt::ElideRight, textWidth));
    if (twoLines) {
        painter->setFont(m_typeFont);
        painter->setPen(m_palette.textMuted);
        painter->drawText(QRectF(textLeft, top + lh + gap, textWidth, th), Qt::AlignLeft | Qt::AlignVCenter,
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

void DiagramRenderer::paintIcon(QPainter *painter, const QString &type, const QRectF &rect) const
{
    if (QSvgRenderer *svg = icon(type)) {
        svg->render(painter, rect);
        return;
    }
    // Generic icon for an unknown type: a box with three dots.
    const double s = rect.width() / 24;
    QPen pen(Qt::white, 1.75 * s);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(3 * s, 5 * s, -3 * s, -5 * s), 2 * s, 2 * s);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    for (int i = -1; i <= 1; ++i)
        painter->drawEllipse(QPointF(rect.center().x() + i * 5 * s, rect.center().y()), 1.3 * s, 1.3 * s);
}

} // namespace mlsd
