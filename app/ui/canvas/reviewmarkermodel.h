#pragma once

#include "canvas/scenelistmodel.h"

#include <QHash>

namespace mlsd::ui {

/*!
 * The components that carry review comments, for the comment markers on the canvas: like the
 * component delegates, only those near the viewport get a row (see SceneListModel). Rows follow
 * the review (a component gets a marker with its first comment and loses it with its last), the
 * components' geometry and the selection.
 */
class ReviewMarkerModel : public mlsd::ui::SceneListModel // qualified: qmltyperegistrar matches
                                                          // base classes by full name
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the component id
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        CountRole, ///< comments on the component
        SelectedRole,
    };
    Q_ENUM(Role)

    explicit ReviewMarkerModel(QObject *parent = nullptr)
        : SceneListModel(true, parent)
    {}

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    void connectScene(CanvasScene *scene) override;
    [[nodiscard]] QStringList selectedIn(const Selection *selection) const override;
    [[nodiscard]] int selectedRole() const override { return SelectedRole; }
    [[nodiscard]] QStringList allItems() const override;
    [[nodiscard]] QStringList itemsIn(const QRectF &rect) const override;
    [[nodiscard]] QRectF itemRect(const QString &id) const override;

private:
    /// Comments per component of the current review.
    [[nodiscard]] QHash<QString, int> countsNow() const;
    void onReviewChanged();

    QHash<QString, int> m_counts; ///< as the rows were last told
    QMetaObject::Connection m_reviewConnection;
};

} // namespace mlsd::ui
