#pragma once

#include <QString>

#include <algorithm>

namespace mlsd {

/// "m:ss", or "h:mm:ss" from an hour on, for \a seconds (negative counts as 0): practice times.
[[nodiscard]] inline QString formatDuration(int seconds)
{
    using namespace Qt::StringLiterals;
    seconds = std::max(seconds, 0);
    const int h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    const QLatin1Char zero('0');
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, zero);
}

} // namespace mlsd
