#include "panels/templatelistmodel.h"

namespace mlsd::ui {

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_templates(installedTemplates())
{}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TemplateInfo &t = m_templates.at(index.row());
    switch (role) {
    case TemplateIdRole:
        return t.id;
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case DescriptionRole:
        return t.description;
    case GuideRole:
        return t.guide;
    default:
        return {};
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    return {{TemplateIdRole, "templateId"},
            {NameRole, "name"},
            {DescriptionRole, "description"},
            {GuideRole, "guide"}};
}

int TemplateListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString TemplateListModel::idAt(int row) const
{
    return row >= 0 && row < m_templates.size() ? m_templates.at(row).id : QString();
}

QString TemplateListModel::nameOf(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? id : m_templates.at(row).name;
}

} // namespace mlsd::ui
