#include "panels/questionmodel.h"

#include "session/templatesupport.h"

namespace mlsd::ui {

QuestionModel::QuestionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int QuestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(QuestionBank::builtin().questions().size());
}

QVariant QuestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Question &q = QuestionBank::builtin().questions().at(index.row());
    switch (role) {
    case QuestionIdRole:
        return q.id;
    case Qt::DisplayRole:
    case TitleRole:
        return q.title;
    case PromptRole:
        return q.prompt;
    case TemplateIdRole:
        return q.templateId;
    case TemplateNameRole:
        for (const TemplateInfo &t : installedTemplates()) {
            if (t.id == q.templateId)
                return t.name;
        }
        return QString();
    case GuideRole:
        return q.guide;
    case ClarifyingRole:
        return q.clarifyingQuestions;
    case FollowUpsRole:
        return q.followUps;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionModel::roleNames() const
{
    return {{QuestionIdRole, "questionId"},
            {TitleRole, "title"},
            {PromptRole, "prompt"},
            {TemplateIdRole, "templateId"},
            {TemplateNameRole, "templateName"},
            {GuideRole, "guide"},
            {ClarifyingRole, "clarifying"},
            {FollowUpsRole, "followUps"}};
}

int QuestionModel::rowOf(const QString &id) const
{
    const auto &questions = QuestionBank::builtin().questions();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString QuestionModel::idAt(int row) const
{
    const auto &questions = QuestionBank::builtin().questions();
    return row >= 0 && row < questions.size() ? questions.at(row).id : QString();
}

} // namespace mlsd::ui
