#pragma once

#include "practice/questionbank.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The practice questions of the built-in bank (resources/questions.json) for the question picker:
 * title, prompt, the template the design is checked against, the clarifying questions a candidate
 * should ask and the interviewer's follow-ups.
 */
class QuestionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount CONSTANT)

public:
    enum Role {
        QuestionIdRole = Qt::UserRole + 1,
        TitleRole,
        PromptRole,
        TemplateIdRole,
        TemplateNameRole, ///< the installed template's name ("" when it is not installed)
        GuideRole,
        ClarifyingRole, ///< QStringList
        FollowUpsRole,  ///< QStringList
    };
    Q_ENUM(Role)

    explicit QuestionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The row of question \a id, or -1.
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &id) const;
    Q_INVOKABLE [[nodiscard]] QString idAt(int row) const;
};

} // namespace mlsd::ui
