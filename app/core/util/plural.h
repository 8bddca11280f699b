#pragma once

#include <QString>

namespace mlsd {

/// "1 component", "3 components": English counts for messages (the app ships no translations).
[[nodiscard]] inline QString plural(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

} // namespace mlsd
