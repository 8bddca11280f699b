#include "check/templaterule.h"

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

struct KindName
{
    RuleKind kind;
    const char16_t *id;
};

constexpr KindName kindNames[] = {
    {RuleKind::Stage, u"stage"}, {RuleKind::Order, u"order"},
    {RuleKind::Reach, u"reach"}, {RuleKind::NotReach, u"not_reach"},
    {RuleKind::Loop, u"loop"},   {RuleKind::Annotation, u"annotation"},
    {RuleKind::Brief, u"brief"},
};

} // namespace

QString ruleKindId(RuleKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.id);
    }
    return u"stage"_s;
}

bool parseRuleKind(const QString &id, RuleKind *kind)
{
    for (const KindName &k : kindNames) {
        if (id == QStringView(k.id)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

bool parseSeverity(const QString &id, Severity *severity)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (severityId(s) == id) {
            *severity = s;
            return true;
        }
    }
    return false;
}

} // namespace mlsd
