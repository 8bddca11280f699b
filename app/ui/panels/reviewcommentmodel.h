#pragma once

#include "model/design.h"
#include "panels/sessionlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The comments of the design's review (docs/file-format.md `review`), in file order, for the
 * Review tab: who wrote them, on which component (or the whole design) and the text. Each
 * command is one undo step on the document; typing into a comment merges until
 * Session::sealMerge(). A change of the review updates only the rows that changed; a rename of a
 * commented component updates its rows' target label.
 */
class ReviewCommentModel : public mlsd::ui::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        CommentIdRole = Qt::UserRole + 1,
        TargetRole,       ///< component id, "" for the whole design
        TargetLabelRole,  ///< the component's label (its type's name when unlabelled), "" for the
                          ///< design
        TargetExistsRole, ///< false when the component was removed since
        AuthorRole,
        TextRole, ///< Markdown
    };
    Q_ENUM(Role)

    explicit ReviewCommentModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Adds a comment on component \a target ("" for the whole design); returns its id, or ""
    /// when \a text is blank or the target does not exist.
    Q_INVOKABLE QString addComment(const QString &target, const QString &author,
                                   const QString &text);
    /// Replaces the text of comment \a id (typing merges into one undo step).
    Q_INVOKABLE void setText(const QString &id, const QString &text);
    Q_INVOKABLE void removeComment(const QString &id);
    /// The row of comment \a id, or -1.
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &id) const;
    /// The first row of a comment on \a target, or -1.
    Q_INVOKABLE [[nodiscard]] int firstRowFor(const QString &target) const;
    /// How many comments are on \a target ("" for the whole design).
    Q_INVOKABLE [[nodiscard]] int countFor(const QString &target) const;
    /// What a comment on \a target is about: the component's label, or "" for the whole design.
    Q_INVOKABLE [[nodiscard]] QString targetLabel(const QString &target) const;

signals:
    void countChanged();

protected:
    void connectDocument(mlsd::Document *document) override;
    /// Resets the rows to the comments of the current session.
    void reload() override;

private:
    [[nodiscard]] const QList<mlsd::ReviewComment> &comments() const;
    void onReviewChanged();
    void onComponentChanged(const QString &id);

    QList<mlsd::ReviewComment> m_rows; ///< what the view was last told
};

} // namespace mlsd::ui
