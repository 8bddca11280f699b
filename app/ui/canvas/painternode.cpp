#include "canvas/painternode.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace mlsd::ui {

void PainterNode::setPaint(Paint paint, const QRectF &rect)
{
    m_paint = std::move(paint);
    m_rect = rect;
    markDirty(QSGNode::DirtyMaterial);
}

void PainterNode::render(const RenderState *state)
{
    QSGRendererInterface *rif = m_window->rendererInterface();
    auto *painter = static_cast<QPainter *>(
        rif->getResource(m_window, QSGRendererInterface::PainterResource));
    if (!painter || !m_paint)
        return;
    painter->save();
    if (const QRegion *clip = state->clipRegion(); clip && !clip->isEmpty())
        painter->setClipRegion(*clip, Qt::ReplaceClip); // before the transform: device space
    painter->setTransform(matrix()->toTransform());
    painter->setOpacity(inheritedOpacity());
    painter->setRenderHint(QPainter::Antialiasing);
    m_paint(painter);
    painter->restore();
}

bool isSoftwareRendered(const QQuickWindow *window)
{
    return window && window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

} // namespace mlsd::ui
