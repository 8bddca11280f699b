#include "session/preferences.h"

#include <QSettings>

#include <algorithm>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

namespace {

template<typename T>
bool update(T *member, const T &value, const QString &key)
{
    if (*member == value)
        return false;
    *member = value;
    QSettings().setValue(key, value);
    return true;
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    QSettings s;
    m_themeMode = s.value(u"view/theme"_s, u"system"_s).toString();
    if (m_themeMode != u"light"_s && m_themeMode != u"dark"_s)
        m_themeMode = u"system"_s;
    m_showGrid = s.value(u"view/showGrid"_s, true).toBool();
    m_snapToGrid = s.value(u"view/snapToGrid"_s, true).toBool();
    m_showMinimap = s.value(u"view/showMinimap"_s, true).toBool();
    m_lastFolder = s.value(u"files/lastFolder"_s).toString();
    m_reviewerName = s.value(u"review/name"_s).toString();
    m_practiceMinutes = std::clamp(s.value(u"practice/minutes"_s, 45).toInt(), 1, 180);
    m_exportFormat = s.value(u"export/format"_s, u"markdown"_s).toString();
    m_exportTheme
        = s.value(u"export/theme"_s, u"light"_s).toString() == u"dark"_s ? u"dark"_s : u"light"_s;
    m_exportScale = s.value(u"export/scale"_s, 2.0).toDouble() == 1.0 ? 1.0 : 2.0;
}

void Preferences::setThemeMode(const QString &mode)
{
    const QString m = (mode == u"light"_s || mode == u"dark"_s) ? mode : u"system"_s;
    if (update(&m_themeMode, m, u"view/theme"_s))
        emit themeModeChanged();
}

void Preferences::setShowGrid(bool show)
{
    if (update(&m_showGrid, show, u"view/showGrid"_s))
        emit showGridChanged();
}

void Preferences::setSnapToGrid(bool snap)
{
    if (update(&m_snapToGrid, snap, u"view/snapToGrid"_s))
        emit snapToGridChanged();
}

void Preferences::setShowMinimap(bool show)
{
    if (update(&m_showMinimap, show, u"view/showMinimap"_s))
        emit showMinimapChanged();
}

void Preferences::setLastFolder(const QString &folder)
{
    if (update(&m_lastFolder, folder, u"files/lastFolder"_s))
        emit lastFolderChanged();
}

void Preferences::setReviewerName(const QString &name)
{
    if (update(&m_reviewerName, name.simplified(), u"review/name"_s))
        emit reviewerNameChanged();
}

void Preferences::setPracticeMinutes(int minutes)
{
    if (update(&m_practiceMinutes, std::clamp(minutes, 1, 180), u"practice/minutes"_s))
        emit practiceMinutesChanged();
}

void Preferences::setExportFormat(const QString &format)
{
    if (update(&m_exportFormat, format, u"export/format"_s))
        emit exportFormatChanged();
}

void Preferences::setExportTheme(const QString &theme)
{
    if (update(&m_exportTheme, theme == u"dark"_s ? u"dark"_s : u"light"_s, u"export/theme"_s))
        emit exportThemeChanged();
}

void Preferences::setExportScale(double scale)
{
    if (update(&m_exportScale, scale == 1.0 ? 1.0 : 2.0, u"export/scale"_s))
        emit exportScaleChanged();
}

} // namespace mlsd::ui
