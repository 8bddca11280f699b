#include "check/checkreport.h"

namespace mlsd {

using namespace Qt::StringLiterals;

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return u"warning"_s;
}

} // namespace mlsd
