#pragma once

#include "panels/sessionlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The design brief as the Brief tab shows it: one row per section in presentation order
 * (schema::briefSections()), with its title, help text and the design's Markdown. Edits go to the
 * document as undo steps (typing merges until Session::sealMerge()).
 */
class BriefModel : public mlsd::ui::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Sections with text.
    Q_PROPERTY(int filledCount READ filledCount NOTIFY filledCountChanged)
    Q_PROPERTY(int count READ rowCount CONSTANT)

public:
    enum Role {
        SectionRole = Qt::UserRole + 1, ///< section id, e.g. "business_objective"
        TitleRole,
        HelpRole,
        TextRole,   ///< the section's Markdown ("" when empty)
        FilledRole, ///< the section has text
    };
    Q_ENUM(Role)

    explicit BriefModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int filledCount() const;

    /// Sets the text of the section in \a row.
    Q_INVOKABLE void setText(int row, const QString &text);
    /// The row of section \a id, or -1.
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &id) const;

signals:
    void filledCountChanged();

protected:
    void connectDocument(mlsd::Document *document) override;
    void reload() override;

private:
    void onSectionChanged(const QString &section);

    int m_filled = 0;
};

} // namespace mlsd::ui
