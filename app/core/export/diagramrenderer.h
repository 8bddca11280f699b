#pragma once

#include "geometry/edgegeometry.h"
#include "model/design.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>

#include <memory>

class QPainter;
class QSvgRenderer;

/*!
 * \file diagramrenderer.h
 * Draws a design with QPainter the way the canvas shows it: zones as tinted rounded frames with a
 * title, components as cards with the type's coloured badge and icon, the label and the type name,
 * connections as the shared edge shape (edgegeometry.h) coloured by kind with a label pill. Used
 * for the SVG, PNG and PDF exports and the HTML export's inline diagram; needs a QGuiApplication
 * (fonts), never a window.
 */

namespace mlsd {

class Catalog;

enum class DiagramTheme { Light, Dark };

/// The colours of the diagram in one theme (the canvas's Theme and CanvasStyle values).
struct DiagramPalette
{
    QColor background;
    QColor card;
    QColor cardBorder;
    QColor text;
    QColor textMuted;
    QColor textFaint;  ///< a missing label (the type name stands in)
    QColor shadow;     ///< under each card
    QColor zoneBorder; ///< a zone of no known kind
    QColor edge[4];    ///< by ConnectionKind: data, request, model, feedback

    /// Fill of a zone of \a kind: a light tint of the kind's hue.
    [[nodiscard]] QColor zoneTint(const QString &kind) const;
    /// Border of a zone of \a kind.
    [[nodiscard]] QColor zoneBorderOf(const QString &kind) const;
    [[nodiscard]] static DiagramPalette forTheme(DiagramTheme theme);

    bool dark = false;
};

/*!
 * Renders one design. Edge shapes are computed once; paint() may be called for several devices.
 * Unknown component types draw in a neutral colour with a generic icon.
 */
class DiagramRenderer
{
public:
    DiagramRenderer(const Design &design, const Catalog &catalog,
                    DiagramTheme theme = DiagramTheme::Light);
    ~DiagramRenderer();
    DiagramRenderer(const DiagramRenderer &) = delete;
    DiagramRenderer &operator=(const DiagramRenderer &) = delete;

    /// Everything drawn (components, zones, edges and their labels) plus the margin.
    [[nodiscard]] QRectF sceneRect() const;
    [[nodiscard]] const DiagramPalette &palette() const { return m_palette; }

    /*!
     * Paints the diagram in scene coordinates (set the painter's transform to map sceneRect()
     * onto the device). Fills sceneRect() with the background first when \a background is true.
     * Below a few device pixels per card, cards are drawn without text and icons.
     */
    void paint(QPainter *painter, bool background = true) const;

private:
    struct Edge
    {
        EdgePath path;
        ConnectionKind kind;
        QString label; ///< one line, elided
        QRectF pill;   ///< label pill (empty without a label)
    };

    void paintZone(QPainter *painter, const Zone &zone, double detail) const;
    void paintEdge(QPainter *painter, const Edge &edge) const;
    void paintPill(QPainter *painter, const Edge &edge) const;
    void paintComponent(QPainter *painter, const Component &component, double detail) const;
    void paintIcon(QPainter *painter, const QString &type, const QRectF &badge) const;
    [[nodiscard]] QSvgRenderer *icon(const QString &type) const;

    const Design &m_design;
    const Catalog &m_catalog;
    DiagramPalette m_palette;
    static constexpr double contentMargin = 32; ///< space left around the content (scene units)
    QList<Edge> m_edges;
    QRectF m_contentRect;
    QFont m_labelFont;
    QFont m_typeFont;
    QFont m_zoneFont;
    mutable QHash<QString, std::shared_ptr<QSvgRenderer>> m_icons;
};

} // namespace mlsd
