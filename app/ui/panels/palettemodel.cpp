#include "panels/palettemodel.h"

#include "model/catalog.h"
#include "session/uiutil.h"

#include <algorithm>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

QString categoryName(const QString &id)
{
    for (const ComponentCategory &c : Catalog::categories()) {
        if (c.id == id)
            return c.name;
    }
    return id;
}

} // namespace

PaletteModel::PaletteModel(QObject *parent)
    : PaletteModel(&Catalog::builtin(), parent)
{}

PaletteModel::PaletteModel(const Catalog *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
    const QList<ComponentType> &types = m_catalog->types();
    for (qsizetype i = 0; i < types.size(); ++i) {
        const ComponentType &t = types.at(i);
        QStringList parts = {t.name, t.id, t.description, categoryName(t.category)};
        parts += t.keywords;
        // Ids are written with underscores; let "candidate retrieval" find them too.
        parts << QString(t.id).replace(u'_', u' ');
        m_haystacks << parts.join(u'\n').toLower();
        m_rows << i;
    }
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComponentType &t = m_catalog->types().at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case TypeIdRole:
        return t.id;
    case DescriptionRole:
    case Qt::ToolTipRole:
        return t.description;
    case CategoryRole:
        return t.category;
    case CategoryNameRole:
        return categoryName(t.category);
    case IconRole:
        return resourceUrl(t.icon);
    case ColorRole:
        return t.color;
    case KeywordsRole:
        return t.keywords;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    return {{TypeIdRole, "typeId"},
            {NameRole, "name"},
            {DescriptionRole, "description"},
            {CategoryRole, "category"},
            {CategoryNameRole, "categoryName"},
            {IconRole, "icon"},
            {ColorRole, "color"},
            {KeywordsRole, "keywords"}};
}

bool PaletteModel::matches(qsizetype typeIndex, const QStringList &words) const
{
    const QString &haystack = m_haystacks.at(typeIndex);
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return haystack.contains(w); });
}

int PaletteModel::relevance(qsizetype typeIndex, const QString &needle) const
{
    const ComponentType &t = m_catalog->types().at(typeIndex);
    const QString name = t.name.toLower();
    if (name.startsWith(needle))
        return 0;
    if (name.contains(needle))
        return 1;
    if (t.id.contains(needle) || QString(t.id).replace(u'_', u' ').contains(needle))
        return 2;
    for (const QString &k : t.keywords) {
        if (k.toLower().contains(needle))
            return 3;
    }
    return 4; // description or category
}

void PaletteModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    const QString needle = filter.simplified().toLower();
    const QStringList words = needle.split(u' ', Qt::SkipEmptyParts);
    QList<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = 0; i < m_haystacks.size(); ++i) {
        if (matches(i, words))
            ranked.append({needle.isEmpty() ? 0 : relevance(i, needle), i});
    }
    // Best matches first; catalog order (category, flow) within the same relevance.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<qsizetype> rows;
    for (const auto &r : std::as_const(ranked))
        rows << r.second;
    if (rows != m_rows) {
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (countChanges)
            emit countChanged();
    }
    emit filterChanged();
}

QString PaletteModel::typeAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_catalog->types().at(m_rows.at(row)).id;
}

int PaletteModel::rowOf(const QString &typeId) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_catalog->types().at(m_rows.at(r)).id == typeId)
            return int(r);
    }
    return -1;
}

} // namespace mlsd::ui
