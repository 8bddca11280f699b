#include "preferences.h"

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

} // namespace mlsd::ui
