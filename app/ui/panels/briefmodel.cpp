#include "panels/briefmodel.h"

#include "io/schema.h"
#include "model/document.h"

namespace mlsd::ui {

BriefModel::BriefModel(QObject *parent)
    : SessionListModel(parent)
{}

int BriefModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(schema::briefSections().size());
}

QVariant BriefModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VocabularyEntry &e = schema::briefSections().at(index.row());
    const QString text = document() ? document()->design().brief.sections.value(e.id) : QString();
    switch (role) {
    case SectionRole:
        return e.id;
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case HelpRole:
        return e.help;
    case TextRole:
        return text;
    case FilledRole:
        return !text.trimmed().isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> BriefModel::roleNames() const
{
    return {{SectionRole, "section"},
            {TitleRole, "title"},
            {HelpRole, "help"},
            {TextRole, "text"},
            {FilledRole, "filled"}};
}

void BriefModel::connectDocument(Document *document)
{
    track(connect(document, &Document::briefChanged, this, &BriefModel::onSectionChanged));
    track(connect(document, &Document::designReset, this, &BriefModel::reload));
}

int BriefModel::filledCount() const
{
    return document() ? int(document()->design().brief.sections.size()) : 0;
}

void BriefModel::onSectionChanged(const QString &section)
{
    const int row = rowOf(section);
    if (row >= 0) {
        const QModelIndex i = index(row);
        emit dataChanged(i, i, {TextRole, FilledRole});
    }
    if (m_filled != filledCount()) {
        m_filled = filledCount();
        emit filledCountChanged();
    }
}

void BriefModel::reload()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {TextRole, FilledRole});
    if (m_filled != filledCount()) {
        m_filled = filledCount();
        emit filledCountChanged();
    }
}

void BriefModel::setText(int row, const QString &text)
{
    if (!document() || row < 0 || row >= rowCount())
        return;
    document()->setBriefSection(schema::briefSections().at(row).id, text);
}

int BriefModel::rowOf(const QString &id) const
{
    return schema::indexOf(schema::briefSections(), id);
}

} // namespace mlsd::ui
