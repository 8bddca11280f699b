#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace mlsd {
class Document;
}

namespace mlsd::ui {

/*!
 * The annotations the inspector offers for one component, in vocabulary order: those its catalog
 * type suggests, those the active template asks for on its type, and any other the component
 * already carries or the user chose to add. Rows stay put while the component is shown (clearing
 * a field does not remove its row); values follow the document.
 */
class AnnotationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AnnotationModel belongs to a ComponentInspector")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< annotation id, e.g. "latency_budget"
        TitleRole,                  ///< "Latency budget"
        HelpRole,                   ///< one line on what to write
        ValueRole,                  ///< the component's text ("" when not set)
        SuggestedByCatalogRole,     ///< the component's type suggests it
        SuggestedByTemplateRole,    ///< the active template checks it on this type
    };
    Q_ENUM(Role)

    explicit AnnotationModel(mlsd::Document *document, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows component \a id with the annotations \a templateKeys asks for (rebuilds the rows).
    void setComponent(const QString &id, const QStringList &templateKeys);
    /// Adds a row for annotation \a key (an id of the vocabulary) if it is not shown.
    void addKey(const QString &key);
    /// Vocabulary annotations not shown, as {key, title} maps (the "Add annotation" menu).
    [[nodiscard]] QVariantList otherKeys() const;
    /// The row of \a key, or -1.
    [[nodiscard]] int rowOf(const QString &key) const;

signals:
    void countChanged();

private:
    void onAnnotationsChanged();
    [[nodiscard]] QStringList wantedKeys() const;

    mlsd::Document *m_document;
    QString m_id;
    QStringList m_templateKeys;
    QStringList m_keys;   ///< shown rows, in vocabulary order
    QStringList m_values; ///< per row, the last value reported (to signal only real changes)
};

} // namespace mlsd::ui
