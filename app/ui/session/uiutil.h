#pragma once

#include <QString>
#include <QUrl>

/*!
 * \file uiutil.h
 * Small conversions shared by the QML adapters.
 */

namespace mlsd::ui {

/// A `:/…` resource path as a `qrc:/…` URL that QML images accept; other paths as file URLs.
[[nodiscard]] QUrl resourceUrl(const QString &path);

/// A local path from what QML hands over: a `file:` URL string or a plain path.
[[nodiscard]] QString localPath(const QString &pathOrUrl);

} // namespace mlsd::ui
