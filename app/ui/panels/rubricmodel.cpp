#include "panels/rubricmodel.h"

#include "io/designreader.h"
#include "io/schema.h"
#include "session/session.h"

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

std::pair<int, QString> scoreOf(const Session *session, int row)
{
    if (!session)
        return {0, {}};
    const RubricScore *s
        = session->document()->design().review.score(schema::rubricDimensions().at(row).id);
    return s ? std::pair<int, QString>{s->score, s->notes} : std::pair<int, QString>{0, {}};
}

} // namespace

RubricModel::RubricModel(QObject *parent)
    : QAbstractListModel(parent)
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

void RubricModel::setSession(Session *session)
{
    if (!m_connections.follow(m_session, session))
        return;
    if (session) {
        Document *doc = session->document();
        m_connections << connect(doc, &Document::reviewChanged, this,
                                 &RubricModel::onReviewChanged);
        m_connections << connect(doc, &Document::designReset, this, &RubricModel::onReviewChanged);
    }
    onReviewChanged();
    emit sessionChanged();
}

void RubricModel::onReviewChanged()
{
    bool scores = false;
    for (int row = 0; row < rowCount(); ++row) {
        const auto now = scoreOf(m_session, row);
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
    if (!m_session || row < 0 || row >= rowCount())
        return;
    Document *doc = m_session->document();
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
    const auto now = scoreOf(m_session, row);
    if (now.first == score)
        return;
    if (m_session)
        m_session->document()->sealMerge();
    edit(row, score, now.second,
         score == 0 ? tr("Clear %1 score").arg(schema::rubricDimensions().at(row).title.toLower())
                    : tr("Score %1").arg(schema::rubricDimensions().at(row).title.toLower()),
         {});
}

void RubricModel::setNotes(int row, const QString &notes)
{
    if (row < 0 || row >= rowCount())
        return;
    const auto now = scoreOf(m_session, row);
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
