#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace mlsd {
class Catalog;
}

namespace mlsd::ui {

/*!
 * The component catalog as the palette shows it: one row per component type, by category then
 * flow order, filtered by a search text. A type matches when every word of the filter occurs in
 * its name, id, description, category name or keywords (case-insensitive). While filtering, the
 * best matches come first: name prefix, name, id, keyword, then description or category.
 */
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// The search text; empty shows every type.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TypeIdRole = Qt::UserRole + 1, ///< catalog id, e.g. "ranking"
        NameRole,                      ///< display name
        DescriptionRole,               ///< one line
        CategoryRole,                  ///< category id
        CategoryNameRole,              ///< category display name (the palette's section)
        IconRole,                      ///< qrc URL of the SVG icon
        ColorRole,                     ///< the type's colour
        KeywordsRole,                  ///< extra search words
    };
    Q_ENUM(Role)

    explicit PaletteModel(QObject *parent = nullptr);
    /// A palette over \a catalog (which must outlive the model).
    explicit PaletteModel(const mlsd::Catalog *catalog, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    /// The catalog id of row \a row, or "" when out of range.
    Q_INVOKABLE [[nodiscard]] QString typeAt(int row) const;
    /// The row of catalog id \a typeId among the shown rows, or -1.
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &typeId) const;

signals:
    void filterChanged();
    void countChanged();

private:
    [[nodiscard]] bool matches(qsizetype typeIndex, const QStringList &words) const;
    /// 0 (best) to 4: where \a needle occurs in type \a typeIndex.
    [[nodiscard]] int relevance(qsizetype typeIndex, const QString &needle) const;

    const mlsd::Catalog *m_catalog;
    QString m_filter;
    QList<qsizetype> m_rows; ///< indexes into the catalog's types
    QStringList m_haystacks; ///< per type: the lowercased text the filter searches
};

} // namespace mlsd::ui
