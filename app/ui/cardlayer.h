#pragma once

#include "canvasscene.h"
#include "tiledlayer.h"

#include <QColor>
#include <QPointer>
#include <QSet>

namespace mlsd::ui {

/*!
 * Draws every component of a canvas scene as a plain card, batched by tile (see TiledLayer): the
 * level of detail used when the view is zoomed out too far to read labels (no text layout, no
 * delegates), and the minimap's picture. A card is the border and fill of the component's box,
 * its type-coloured badge and two grey bars standing for the label and the type name; selected
 * cards get the selection colour. With `simple` set, a card is one rectangle of its type colour.
 */
class CardLayer : public TiledLayer
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::CanvasScene *scene READ scene WRITE setScene NOTIFY sceneChanged)
    Q_PROPERTY(bool simple READ isSimple WRITE setSimple NOTIFY simpleChanged)
    Q_PROPERTY(QColor cardColor MEMBER m_cardColor WRITE setCardColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor borderColor MEMBER m_borderColor WRITE setBorderColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor textColor MEMBER m_textColor WRITE setTextColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor selectionColor MEMBER m_selectionColor WRITE setSelectionColor NOTIFY colorsChanged)

public:
    explicit CardLayer(QQuickItem *parent = nullptr);

    [[nodiscard]] CanvasScene *scene() const { return m_scene; }
    void setScene(CanvasScene *scene);
    [[nodiscard]] bool isSimple() const { return m_simple; }
    void setSimple(bool simple);
    void setCardColor(const QColor &c) { setColorMember(&m_cardColor, c); }
    void setBorderColor(const QColor &c) { setColorMember(&m_borderColor, c); }
    void setTextColor(const QColor &c) { setColorMember(&m_textColor, c); }
    void setSelectionColor(const QColor &c) { setColorMember(&m_selectionColor, c); }

signals:
    void sceneChanged();
    void simpleChanged();
    void colorsChanged();

protected:
    void buildItems(const QList<QString> &ids, VertexBuffer *out) const override;
    [[nodiscard]] PainterNode::Paint softwarePaint(const QList<QString> &ids) const override;

private:
    /// The rectangles of one card, in drawing order.
    struct Card
    {
        QList<std::pair<QRectF, QColor>> rects;
    };

    [[nodiscard]] Card card(const Component &c) const;
    void setColorMember(QColor *member, const QColor &c);
    void rebuildAll();
    void onSelectionChanged();

    QPointer<CanvasScene> m_scene;
    QList<QMetaObject::Connection> m_connections;
    QMetaObject::Connection m_selectionConnection;
    QSet<QString> m_selected;
    bool m_simple = false;
    QColor m_cardColor{Qt::white};
    QColor m_borderColor{0xd3, 0xd7, 0xdf};
    QColor m_textColor{0x5d, 0x66, 0x77};
    QColor m_selectionColor{0x4f, 0x5b, 0xd5};
};

} // namespace mlsd::ui
