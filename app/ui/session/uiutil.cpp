#include "session/uiutil.h"

namespace mlsd::ui {

using namespace Qt::StringLiterals;

QUrl resourceUrl(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (path.startsWith(u":/"_s))
        return QUrl(u"qrc"_s + path);
    return QUrl::fromLocalFile(path);
}

QString localPath(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(u"file:"_s))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

} // namespace mlsd::ui
