#include "panels/annotationmodel.h"

#include "io/schema.h"
#include "model/catalog.h"
#include "model/document.h"

#include <algorithm>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

AnnotationModel::AnnotationModel(mlsd::Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &Document::componentChanged, this,
            [this](const QString &id, ComponentFields fields) {
                if (id == m_id && fields.testFlag(ComponentField::Annotations))
                    onAnnotationsChanged();
            });
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_keys.at(index.row());
    const auto &vocabulary = schema::annotations();
    const int v = schema::indexOf(vocabulary, key);
    const Component *c = m_document->design().component(m_id);
    switch (role) {
    case KeyRole:
        return key;
    case Qt::DisplayRole:
    case TitleRole:
        return v >= 0 ? vocabulary.at(v).title : key;
    case HelpRole:
        return v >= 0 ? vocabulary.at(v).help : QString();
    case ValueRole:
        return c ? c->annotations.value(key) : QString();
    case SuggestedByCatalogRole: {
        const ComponentType *t = c ? Catalog::builtin().type(c->type) : nullptr;
        return t && t->annotations.contains(key);
    }
    case SuggestedByTemplateRole:
        return m_templateKeys.contains(key);
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    return {{KeyRole, "key"},
            {TitleRole, "title"},
            {HelpRole, "help"},
            {ValueRole, "value"},
            {SuggestedByCatalogRole, "suggestedByCatalog"},
            {SuggestedByTemplateRole, "suggestedByTemplate"}};
}

QStringList AnnotationModel::wantedKeys() const
{
    const Component *c = m_document->design().component(m_id);
    if (!c)
        return {};
    QStringList keys = m_templateKeys;
    if (const ComponentType *t = Catalog::builtin().type(c->type))
        keys += t->annotations;
    for (const auto &entry : c->annotations.entries())
        keys << entry.first;
    keys.removeDuplicates();
    // Vocabulary order, unknown ids last alphabetically (as the file stores them).
    const auto rank = [](const QString &k) {
        const int i = schema::indexOf(schema::annotations(), k);
        return i < 0 ? 1000 : i;
    };
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return keys;
}

void AnnotationModel::setComponent(const QString &id, const QStringList &templateKeys)
{
    const qsizetype before = m_keys.size();
    beginResetModel();
    m_id = id;
    m_templateKeys = templateKeys;
    m_keys = wantedKeys();
    m_values.clear();
    const Component *c = m_document->design().component(m_id);
    for (const QString &k : std::as_const(m_keys))
        m_values << (c ? c->annotations.value(k) : QString());
    endResetModel();
    if (before != m_keys.size())
        emit countChanged();
}

void AnnotationModel::onAnnotationsChanged()
{
    const Component *c = m_document->design().component(m_id);
    if (!c)
        return;
    // Values of the shown rows.
    for (qsizetype r = 0; r < m_keys.size(); ++r) {
        const QString value = c->annotations.value(m_keys.at(r));
        if (value != m_values.at(r)) {
            m_values[r] = value;
            const QModelIndex i = index(int(r));
            emit dataChanged(i, i, {ValueRole});
        }
    }
    // Annotations set elsewhere (undo, paste) that have no row yet.
    for (const auto &entry : c->annotations.entries())
        addKey(entry.first);
}

void AnnotationModel::addKey(const QString &key)
{
    if (m_id.isEmpty() || key.isEmpty() || m_keys.contains(key))
        return;
    const auto rank = [](const QString &k) {
        const int i = schema::indexOf(schema::annotations(), k);
        return i < 0 ? 1000 : i;
    };
    qsizetype row = 0;
    while (row < m_keys.size()
           && (rank(m_keys.at(row)) < rank(key)
               || (rank(m_keys.at(row)) == rank(key) && m_keys.at(row) < key)))
        ++row;
    const Component *c = m_document->design().component(m_id);
    beginInsertRows({}, int(row), int(row));
    m_keys.insert(row, key);
    m_values.insert(row, c ? c->annotations.value(key) : QString());
    endInsertRows();
    emit countChanged();
}

QVariantList AnnotationModel::otherKeys() const
{
    QVariantList out;
    if (m_id.isEmpty())
        return out;
    for (const VocabularyEntry &e : schema::annotations()) {
        if (!m_keys.contains(e.id))
            out << QVariantMap{{u"key"_s, e.id}, {u"title"_s, e.title}};
    }
    return out;
}

int AnnotationModel::rowOf(const QString &key) const
{
    return int(m_keys.indexOf(key));
}

} // namespace mlsd::ui
