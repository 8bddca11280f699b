#pragma once

#include <QRectF>
#include <QtQuick/qsgrendernode.h>

#include <functional>

class QPainter;
class QQuickWindow;

namespace mlsd::ui {

/*!
 * A render node that paints with QPainter, for the software scene graph (offscreen tests, users
 * without OpenGL), which does not draw custom geometry nodes. The layers hand it a paint function
 * that owns a copy of what to draw, so it may run on the render thread.
 */
class PainterNode : public QSGRenderNode
{
public:
    using Paint = std::function<void(QPainter *)>;

    explicit PainterNode(QQuickWindow *window)
        : m_window(window)
    {}

    /// What to paint (in the owning item's coordinates) and the area it covers.
    void setPaint(Paint paint, const QRectF &rect);

    void render(const RenderState *state) override;
    [[nodiscard]] StateFlags changedStates() const override { return {}; }
    [[nodiscard]] RenderingFlags flags() const override { return BoundedRectRendering; }
    [[nodiscard]] QRectF rect() const override { return m_rect; }

private:
    QQuickWindow *m_window;
    Paint m_paint;
    QRectF m_rect;
};

/// True when \a window draws with the software scene graph.
[[nodiscard]] bool isSoftwareRendered(const QQuickWindow *window);

} // namespace mlsd::ui
