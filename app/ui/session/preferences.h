#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The user's choices that outlive a session, kept in QSettings: the theme ("system", "light" or
 * "dark") and the canvas view options. Setters emit only on change and store at once.
 */
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY themeModeChanged)
    Q_PROPERTY(bool showGrid READ showGrid WRITE setShowGrid NOTIFY showGridChanged)
    Q_PROPERTY(bool snapToGrid READ snapToGrid WRITE setSnapToGrid NOTIFY snapToGridChanged)
    Q_PROPERTY(bool showMinimap READ showMinimap WRITE setShowMinimap NOTIFY showMinimapChanged)
    /// The folder of the last file opened or saved, as a URL for file dialogs.
    Q_PROPERTY(QString lastFolder READ lastFolder WRITE setLastFolder NOTIFY lastFolderChanged)
    /// The name review comments are signed with (an interviewer types it once).
    Q_PROPERTY(
        QString reviewerName READ reviewerName WRITE setReviewerName NOTIFY reviewerNameChanged)
    /// The length of a practice run the user chose last, in minutes.
    Q_PROPERTY(int practiceMinutes READ practiceMinutes WRITE setPracticeMinutes NOTIFY
                   practiceMinutesChanged)
    /// The export dialog's last choices: format id, image theme ("light", "dark"), PNG scale.
    Q_PROPERTY(
        QString exportFormat READ exportFormat WRITE setExportFormat NOTIFY exportFormatChanged)
    Q_PROPERTY(QString exportTheme READ exportTheme WRITE setExportTheme NOTIFY exportThemeChanged)
    Q_PROPERTY(double exportScale READ exportScale WRITE setExportScale NOTIFY exportScaleChanged)

public:
    explicit Preferences(QObject *parent = nullptr);

    [[nodiscard]] QString themeMode() const { return m_themeMode; }
    void setThemeMode(const QString &mode);
    [[nodiscard]] bool showGrid() const { return m_showGrid; }
    void setShowGrid(bool show);
    [[nodiscard]] bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap);
    [[nodiscard]] bool showMinimap() const { return m_showMinimap; }
    void setShowMinimap(bool show);
    [[nodiscard]] QString lastFolder() const { return m_lastFolder; }
    void setLastFolder(const QString &folder);
    [[nodiscard]] QString reviewerName() const { return m_reviewerName; }
    void setReviewerName(const QString &name);
    [[nodiscard]] int practiceMinutes() const { return m_practiceMinutes; }
    void setPracticeMinutes(int minutes);
    [[nodiscard]] QString exportFormat() const { return m_exportFormat; }
    void setExportFormat(const QString &format);
    [[nodiscard]] QString exportTheme() const { return m_exportTheme; }
    void setExportTheme(const QString &theme);
    [[nodiscard]] double exportScale() const { return m_exportScale; }
    void setExportScale(double scale);

signals:
    void themeModeChanged();
    void showGridChanged();
    void snapToGridChanged();
    void showMinimapChanged();
    void lastFolderChanged();
    void reviewerNameChanged();
    void practiceMinutesChanged();
    void exportFormatChanged();
    void exportThemeChanged();
    void exportScaleChanged();

private:
    QString m_themeMode;
    bool m_showGrid = true;
    bool m_snapToGrid = true;
    bool m_showMinimap = true;
    QString m_lastFolder;
    QString m_reviewerName;
    int m_practiceMinutes = 45;
    QString m_exportFormat;
    QString m_exportTheme;
    double m_exportScale = 2;
};

} // namespace mlsd::ui
