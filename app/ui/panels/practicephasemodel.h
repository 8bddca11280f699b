#pragma once

#include "practice/practicetimer.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The phases of a practice run for the practice bar and the summary: title, what to cover, the
 * brief sections the phase fills, planned and spent seconds, and whether it is the current one.
 * A tick updates only the rows whose time or state changed.
 */
class PracticePhaseModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PracticePhaseModel belongs to a PracticeSession")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PhaseIdRole = Qt::UserRole + 1, ///< schema::practicePhases() id
        TitleRole,
        HelpRole,     ///< what to cover
        SectionsRole, ///< QStringList: brief section ids the phase fills
        PlannedRole,  ///< seconds
        SpentRole,    ///< seconds
        CurrentRole,  ///< the run is in this phase
        DoneRole,     ///< the run has moved past this phase
    };
    Q_ENUM(Role)

    explicit PracticePhaseModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Follows \a timer: a new plan resets the rows, time and phase changes update them.
    void update(const mlsd::PracticeTimer &timer);

    /// The brief section ids that practice phase \a phase fills (the design phase: none).
    [[nodiscard]] static QStringList briefSections(const QString &phase);

signals:
    void countChanged();

private:
    struct Row
    {
        mlsd::PhasePlan plan;
        int spentS = 0;
        bool current = false;
        bool done = false;
    };
    QList<Row> m_rows;
};

} // namespace mlsd::ui
