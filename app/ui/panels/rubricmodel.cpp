#include "panels/rubricmodel.h"

#include "io/designreader.h"
#include "io/schema.h"
#include "model/document.h"

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

std::pair<int, QString> scoreOf(const Document *document, int row)
{
    if (!document)
        return {0, {}};
    const RubricScore *s = document->design().review.score(schema::rubricDimensions().at(row).id);
    return s ? std::pair<int, QString>{s->score, s->notes} : std::pair<int, QString>{0, {}};
}

} // namespace

RubricModel::RubricModel(QObject *parent)
    : SessionListModel(parent)
{
    m_shown.resize(schema::rubricDimensions().size());
}

int RubricModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(schema::rubricDimensions().size());
}

QVariant RubricModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VocabularyEntry &e = schema::rubricDimensions().at(index.row());
    switch (role) {
    case DimensionRole:
        return e.id;
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case HelpRole:
        return e.help;
    case ScoreRole:
        return m_shown.at(index.row()).first;
    case NotesRole:
        return m_shown.at(index.row()).second;
    default:
        return {};
    }
}

QHash<int, QByteArray> RubricModel::roleNames() const
{
    return {{DimensionRole, "dimension"},
            {TitleRole, "title"},
            {HelpRole, "help"},
            {ScoreRole, "score"},
            {NotesRole, "notes"}};
}

void RubricModel::connectDocument(Document *document)
{
    track(connect(document, &Document::reviewChanged, this, &RubricModel::reload));
    track(connect(document, &Document::designReset, this, &RubricModel::reload));
}

void RubricModel::reload()
{
    bool scores = false;
    for (int row = 0; row < rowCount(); ++row) {
        const auto now = scoreOf(document(), row);
        const auto before = std::exchange(m_shown[row], now);
        QList<int> roles;
        if (now.first != before.first)
            roles << ScoreRole;
        if (now.second != before.second)
            roles << NotesRole;
        if (!roles.isEmpty())
            emit dataChanged(index(row), index(row), roles);
        scores = scores || now.first != before.first;
    }
    if (scores)
        emit scoresChanged();
}

int RubricModel::scoredCount() const
{
    int n = 0;
    for (const auto &s : m_shown)
        n += s.first > 0 ? 1 : 0;
    return n;
}

double RubricModel::average() const
{
    int n = 0, total = 0;
    for (const auto &s : m_shown) {
        if (s.first > 0) {
            ++n;
            total += s.first;
        }
    }
    return n > 0 ? double(total) / n : 0.0;
}

void RubricModel::edit(int row, int score, const QString &notes, const QString &text,
                       const QString &mergeKey)
{
    Document *doc = document();
    if (!doc || row < 0 || row >= rowCount())
        return;
    const QString id = schema::rubricDimensions().at(row).id;
    Review review = doc->design().review;
    RubricScore s;
    if (const RubricScore *old = review.score(id))
        s = *old;
    s.score = score;
    s.notes = notes.left(limits::maxText);
    review.setScore(id, s); // with nothing left, the dimension leaves the file
    doc->setReview(review, text, mergeKey);
}

void RubricModel::setScore(int row, int score)
{
    if (row < 0 || row >= rowCount() || score < 0 || score > maxScore)
        return;
    const auto now = scoreOf(document(), row);
    if (now.first == score)
        return;
    if (Document *doc = document())
        doc->sealMerge();
    edit(row, score, now.second,
         score == 0 ? tr("Clear %1 score").arg(schema::rubricDimensions().at(row).title.toLower())
                    : tr("Score %1").arg(schema::rubricDimensions().at(row).title.toLower()),
         {});
}

void RubricModel::setNotes(int row, const QString &notes)
{
    if (row < 0 || row >= rowCount())
        return;
    const auto now = scoreOf(document(), row);
    if (now.second == notes)
        return;
    const QString id = schema::rubricDimensions().at(row).id;
    edit(row, now.first, notes,
         tr("Edit %1 notes").arg(schema::rubricDimensions().at(row).title.toLower()),
         u"review/rubric/"_s + id);
}

int RubricModel::rowOf(const QString &id) const
{
    return schema::indexOf(schema::rubricDimensions(), id);
}

} // namespace mlsd::ui
