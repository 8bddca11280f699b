#pragma once

#include "panels/sessionlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The review rubric (docs/file-format.md `review`) for the Review tab: one row per dimension of
 * schema::rubricDimensions(), with its title, what it covers, the score (1–4, 0 when not scored)
 * and the interviewer's notes. A score is one undo step; typing notes merges until
 * Session::sealMerge(). Dimensions a newer version wrote are kept in the file but not listed.
 */
class RubricModel : public mlsd::ui::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount CONSTANT)
    /// Dimensions with a score.
    Q_PROPERTY(int scoredCount READ scoredCount NOTIFY scoresChanged)
    /// The mean of the scores given (0 when none).
    Q_PROPERTY(double average READ average NOTIFY scoresChanged)

public:
    enum Role {
        DimensionRole = Qt::UserRole + 1, ///< e.g. "problem_framing"
        TitleRole,
        HelpRole,
        ScoreRole, ///< 1–4, 0 when not scored
        NotesRole,
    };
    Q_ENUM(Role)

    static constexpr int maxScore = 4;

    explicit RubricModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int scoredCount() const;
    [[nodiscard]] double average() const;

    /// Scores the dimension in \a row (0 clears the score; the notes stay).
    Q_INVOKABLE void setScore(int row, int score);
    Q_INVOKABLE void setNotes(int row, const QString &notes);
    /// The row of dimension \a id, or -1.
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &id) const;

signals:
    void scoresChanged();

protected:
    void connectDocument(mlsd::Document *document) override;
    void reload() override;

private:
    void edit(int row, int score, const QString &notes, const QString &text,
              const QString &mergeKey);

    QList<std::pair<int, QString>> m_shown; ///< (score, notes) per row, as the view last saw
};

} // namespace mlsd::ui
