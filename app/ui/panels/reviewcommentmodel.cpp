#include "panels/reviewcommentmodel.h"

#include "model/catalog.h"
#include "model/document.h"

#include <QSet>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

QStringList idsOf(const QList<ReviewComment> &comments)
{
    QStringList ids;
    ids.reserve(comments.size());
    for (const ReviewComment &c : comments)
        ids << c.id;
    return ids;
}

/// The index at which \a longer has one id more than \a shorter (same order otherwise), or -1.
qsizetype singleInsertion(const QStringList &shorter, const QStringList &longer)
{
    if (longer.size() != shorter.size() + 1)
        return -1;
    qsizetype i = 0;
    while (i < shorter.size() && shorter.at(i) == longer.at(i))
        ++i;
    for (qsizetype j = i; j < shorter.size(); ++j) {
        if (shorter.at(j) != longer.at(j + 1))
            return -1;
    }
    return i;
}

} // namespace

ReviewCommentModel::ReviewCommentModel(QObject *parent)
    : SessionListModel(parent)
{}

const QList<ReviewComment> &ReviewCommentModel::comments() const
{
    static const QList<ReviewComment> none;
    return document() ? document()->design().review.comments : none;
}

int ReviewCommentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ReviewCommentModel::targetLabel(const QString &target) const
{
    if (target.isEmpty() || !document())
        return {};
    const Component *c = document()->design().component(target);
    if (!c)
        return target;
    const QString label = c->label.simplified();
    return label.isEmpty() ? Catalog::builtin().displayName(c->type) : label;
}

QVariant ReviewCommentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewComment &c = m_rows.at(index.row());
    switch (role) {
    case CommentIdRole:
        return c.id;
    case TargetRole:
        return c.target;
    case TargetLabelRole:
        return targetLabel(c.target);
    case TargetExistsRole:
        return c.target.isEmpty()
               || (document() && document()->design().component(c.target) != nullptr);
    case AuthorRole:
        return c.author;
    case Qt::DisplayRole:
    case TextRole:
        return c.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewCommentModel::roleNames() const
{
    return {{CommentIdRole, "commentId"},     {TargetRole, "target"},
            {TargetLabelRole, "targetLabel"}, {TargetExistsRole, "targetExists"},
            {AuthorRole, "author"},           {TextRole, "text"}};
}

void ReviewCommentModel::connectDocument(Document *document)
{
    track(connect(document, &Document::reviewChanged, this, &ReviewCommentModel::onReviewChanged));
    track(connect(document, &Document::designReset, this, &ReviewCommentModel::reload));
    track(connect(document, &Document::componentChanged, this,
                  [this](const ComponentId &id, ComponentFields fields) {
                      if (fields & (ComponentField::Label | ComponentField::Type))
                          onComponentChanged(id);
                  }));
    track(connect(document, &Document::componentAdded, this,
                  [this](const ComponentId &id) { onComponentChanged(id); }));
    track(connect(document, &Document::componentRemoved, this,
                  [this](const ComponentId &id) { onComponentChanged(id); }));
}

void ReviewCommentModel::reload()
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    m_rows = comments();
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
}

void ReviewCommentModel::onReviewChanged()
{
    const QList<ReviewComment> &now = comments();
    const QStringList oldIds = idsOf(m_rows), newIds = idsOf(now);
    if (oldIds == newIds) {
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (now.at(i) == m_rows.at(i))
                continue;
            m_rows[i] = now.at(i);
            emit dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    if (const qsizetype at = singleInsertion(oldIds, newIds); at >= 0) {
        beginInsertRows({}, int(at), int(at));
        m_rows.insert(at, now.at(at));
        endInsertRows();
        emit countChanged();
        return;
    }
    if (const qsizetype at = singleInsertion(newIds, oldIds); at >= 0) {
        beginRemoveRows({}, int(at), int(at));
        m_rows.removeAt(at);
        endRemoveRows();
        emit countChanged();
        return;
    }
    reload();
}

void ReviewCommentModel::onComponentChanged(const QString &id)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).target == id)
            emit dataChanged(index(int(i)), index(int(i)), {TargetLabelRole, TargetExistsRole});
    }
}

QString ReviewCommentModel::addComment(const QString &target, const QString &author,
                                       const QString &text)
{
    Document *doc = document();
    if (!doc || text.trimmed().isEmpty())
        return {};
    if (!target.isEmpty() && !doc->design().component(target))
        return {};
    Review review = doc->design().review;
    QSet<QString> taken;
    for (const ReviewComment &c : review.comments)
        taken.insert(c.id);
    int n = int(review.comments.size()) + 1;
    while (taken.contains(u"r%1"_s.arg(n)))
        ++n;
    ReviewComment comment;
    comment.id = u"r%1"_s.arg(n);
    comment.target = target;
    comment.author = author.simplified().left(limits::maxLabel);
    comment.text = text.left(limits::maxText);
    review.comments << comment;
    doc->sealMerge();
    doc->setReview(review,
                   target.isEmpty() ? tr("Comment on the design") : tr("Comment on a component"));
    doc->sealMerge();
    return comment.id;
}

void ReviewCommentModel::setText(const QString &id, const QString &text)
{
    Document *doc = document();
    if (!doc)
        return;
    Review review = doc->design().review;
    for (ReviewComment &c : review.comments) {
        if (c.id != id)
            continue;
        const QString clamped = text.left(limits::maxText);
        if (c.text == clamped)
            return;
        c.text = clamped;
        doc->setReview(review, tr("Edit comment"), u"review/comment/"_s + id);
        return;
    }
}

void ReviewCommentModel::removeComment(const QString &id)
{
    Document *doc = document();
    if (!doc)
        return;
    Review review = doc->design().review;
    const auto it = std::find_if(review.comments.begin(), review.comments.end(),
                                 [&](const ReviewComment &c) { return c.id == id; });
    if (it == review.comments.end())
        return;
    review.comments.erase(it);
    doc->sealMerge();
    doc->setReview(review, tr("Delete comment"));
    doc->sealMerge();
}

int ReviewCommentModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ReviewCommentModel::firstRowFor(const QString &target) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).target == target)
            return int(i);
    }
    return -1;
}

int ReviewCommentModel::countFor(const QString &target) const
{
    int n = 0;
    for (const ReviewComment &c : m_rows)
        n += c.target == target ? 1 : 0;
    return n;
}

} // namespace mlsd::ui
