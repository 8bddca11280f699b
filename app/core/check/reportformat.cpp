#include "check/reportformat.h"

#include "util/plural.h"

#include <nlohmann/json.hpp>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString countsLine(const Report &r)
{
    QString line = plural(r.errors, u"error"_s, u"errors"_s) + u", "_s
                   + plural(r.warnings, u"warning"_s, u"warnings"_s) + u", "_s
                   + plural(r.infos, u"info"_s, u"infos"_s);
    if (r.suppressedCount > 0)
        line += u" (%1 suppressed)"_s.arg(r.suppressedCount);
    return line;
}

} // namespace

QByteArray reportToJson(const Report &report)
{
    using ojson = nlohmann::ordered_json;
    ojson root = ojson::object();
    root["title"] = utf8(report.title);
    root["template"] = utf8(report.templateId);
    root["coverage"] = ojson::object();
    root["coverage"]["required"] = report.required;
    root["coverage"]["present"] = report.present;
    root["counts"] = ojson::object();
    root["counts"]["error"] = report.errors;
    root["counts"]["warning"] = report.warnings;
    root["counts"]["info"] = report.infos;
    root["counts"]["suppressed"] = report.suppressedCount;
    ojson findings = ojson::array();
    for (const Finding &f : report.findings) {
        ojson item = ojson::object();
        item["rule"] = utf8(f.rule);
        item["kind"] = utf8(f.kind);
        item["severity"] = utf8(severityId(f.severity));
        item["stage"] = utf8(f.stage);
        ojson components = ojson::array();
        for (const QString &c : f.components)
            components.push_back(utf8(c));
        item["components"] = std::move(components);
        item["message"] = utf8(f.message);
        item["hint"] = utf8(f.hint);
        item["guide"] = utf8(f.guide);
        item["suppressed"] = f.suppressed;
        findings.push_back(std::move(item));
    }
    root["findings"] = std::move(findings);
    const std::string text = root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

QString reportToText(const Report &report, const QString &file)
{
    QString out;
    const QString title = report.title.isEmpty() ? u"(untitled)"_s : report.title;
    out += u"%1: %2\n"_s.arg(file, title);
    out += u"Template: %1 (%2)"_s.arg(report.templateName, report.templateId);
    if (!report.templateGuide.isEmpty())
        out += u" — guide: %1"_s.arg(report.templateGuide);
    out += u'\n';
    QStringList missing, recommended;
    for (const StageStatus &s : report.stages) {
        if (s.present())
            continue;
        (s.required ? missing : recommended) << s.name;
    }
    out += u"Coverage: %1 of %2 required stages present"_s.arg(report.present).arg(report.required);
    if (!missing.isEmpty())
        out += u"; missing: "_s + missing.join(u", "_s);
    out += u'\n';
    if (!recommended.isEmpty())
        out += u"Recommended, not present: "_s + recommended.join(u", "_s) + u'\n';
    out += u"Result: "_s + countsLine(report) + u'\n';

    const struct
    {
        Severity severity;
        QString title;
    } groups[] = {{Severity::Error, u"Errors"_s},
                  {Severity::Warning, u"Warnings"_s},
                  {Severity::Info, u"Info"_s}};
    for (const auto &group : groups) {
        QString block;
        int count = 0;
        for (const Finding &f : report.findings) {
            if (f.suppressed || f.severity != group.severity)
                continue;
            ++count;
            block += u"\n  %1: %2 [%3]\n"_s.arg(severityId(f.severity), f.rule, f.kind);
            block += u"    %1\n"_s.arg(f.message);
            if (!f.components.isEmpty())
                block += u"    components: %1\n"_s.arg(f.components.join(u", "_s));
            if (!f.hint.isEmpty())
                block += u"    hint: %1\n"_s.arg(f.hint);
            if (!f.guide.isEmpty())
                block += u"    guide: %1\n"_s.arg(f.guide);
            if (f.fix)
                block += u"    fix: %1\n"_s.arg(f.fix->description);
        }
        if (count > 0)
            out += u"\n%1 (%2)\n"_s.arg(group.title).arg(count) + block;
    }
    QString suppressed;
    for (const Finding &f : report.findings) {
        if (f.suppressed)
            suppressed += u"  %1 (%2): %3\n"_s.arg(
                f.rule, severityId(f.severity),
                f.suppressionReason.isEmpty() ? u"no reason given"_s : f.suppressionReason);
    }
    if (!suppressed.isEmpty())
        out += u"\nSuppressed (%1)\n"_s.arg(report.suppressedCount) + suppressed;
    if (report.findings.isEmpty())
        out += u"\nNo findings: the design holds up against the template.\n"_s;
    return out;
}

} // namespace mlsd
