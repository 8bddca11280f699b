#include "designwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>

namespace mlsd {

using namespace Qt::StringLiterals;
using ojson = nlohmann::ordered_json;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

/// Integral values are written as integers, others as the shortest double that round-trips.
ojson num(double v)
{
    if (std::trunc(v) == v && std::fabs(v) < 1e15)
        return static_cast<long long>(v);
    return v;
}

void appendExtras(ojson &obj, const ExtraKeys &extra)
{
    if (extra.isEmpty())
        return;
    // Stored compact and sorted; parsing cannot fail for text we produced ourselves.
    const auto rest = nlohmann::json::parse(extra.cbegin(), extra.cend(), nullptr, false);
    if (!rest.is_object())
        return;
    for (auto it = rest.begin(); it != rest.end(); ++it) {
        if (!obj.contains(it.key()))
            obj[it.key()] = ojson::parse(it.value().dump());
    }
}

ojson textMap(const TextMap &map)
{
    ojson obj = ojson::object();
    for (const auto &[key, value] : map.entries())
        obj[s(key)] = s(value);
    return obj;
}

ojson nullableString(const QString &text)
{
    return text.isEmpty() ? ojson(nullptr) : ojson(s(text));
}

ojson component(const Component &c)
{
    ojson o = ojson::object();
    o["id"] = s(c.id);
    o["type"] = s(c.type);
    o["label"] = s(c.label);
    o["x"] = num(c.x);
    o["y"] = num(c.y);
    o["width"] = num(c.width);
    o["height"] = num(c.height);
    o["zone"] = nullableString(c.zone);
    ojson fulfills = ojson::array();
    for (const QString &f : c.fulfills)
        fulfills.push_back(s(f));
    o["fulfills"] = std::move(fulfills);
    o["annotations"] = textMap(c.annotations);
    o["notes"] = s(c.notes);
    appendExtras(o, c.extra);
    return o;
}

ojson connection(const Connection &c)
{
    ojson o = ojson::object();
    o["id"] = s(c.id);
    o["from"] = s(c.from);
    o["to"] = s(c.to);
    o["label"] = s(c.label);
    o["kind"] = s(schema::connectionKindId(c.kind));
    appendExtras(o, c.extra);
    return o;
}

ojson zone(const Zone &z)
{
    ojson o = ojson::object();
    o["id"] = s(z.id);
    o["label"] = s(z.label);
    o["kind"] = s(z.kind);
    o["x"] = num(z.x);
    o["y"] = num(z.y);
    o["width"] = num(z.width);
    o["height"] = num(z.height);
    appendExtras(o, z.extra);
    return o;
}

ojson review(const Review &r)
{
    ojson o = ojson::object();
    ojson comments = ojson::array();
    for (const ReviewComment &c : r.comments) {
        ojson co = ojson::object();
        co["id"] = s(c.id);
        co["target"] = nullableString(c.target);
        co["author"] = s(c.author);
        co["text"] = s(c.text);
        appendExtras(co, c.extra);
        comments.push_back(std::move(co));
    }
    o["comments"] = std::move(comments);
    ojson rubric = ojson::object();
    for (const auto &[dim, score] : r.rubric) {
        ojson so = ojson::object();
        so["score"] = score.score;
        so["notes"] = s(score.notes);
        appendExtras(so, score.extra);
        rubric[s(dim)] = std::move(so);
    }
    o["rubric"] = std::move(rubric);
    appendExtras(o, r.extra);
    return o;
}

ojson practice(const Practice &p)
{
    ojson o = ojson::object();
    o["question"] = s(p.question);
    o["duration_s"] = p.durationS;
    ojson phases = ojson::array();
    for (const PracticePhase &ph : p.phases) {
        ojson po = ojson::object();
        po["id"] = s(ph.id);
        po["planned_s"] = ph.plannedS;
        po["spent_s"] = ph.spentS;
        appendExtras(po, ph.extra);
        phases.push_back(std::move(po));
    }
    o["phases"] = std::move(phases);
    o["finished"] = p.finished;
    if (p.result) {
        const PracticeResult &r = *p.result;
        ojson ro = ojson::object();
        ro["template"] = s(r.templateId);
        ro["required"] = r.required;
        ro["present"] = r.present;
        ro["errors"] = r.errors;
        ro["warnings"] = r.warnings;
        ro["infos"] = r.infos;
        ojson findings = ojson::array();
        for (const QString &f : r.findings)
            findings.push_back(s(f));
        ro["findings"] = std::move(findings);
        appendExtras(ro, r.extra);
        o["result"] = std::move(ro);
    }
    appendExtras(o, p.extra);
    return o;
}

} // namespace

QByteArray serializeDesign(const Design &d)
{
    ojson root = ojson::object();
    root["format"] = schema::formatName;
    // A file from a newer version is never rewritten by us (it opens read-only), so the version
    // written is always the one this program knows.
    root["version"] = schema::formatVersion;
    root["title"] = s(d.title);
    root["template"] = s(d.templateId);
    ojson brief = textMap(d.brief.sections);
    appendExtras(brief, d.brief.extra);
    root["brief"] = std::move(brief);

    ojson zones = ojson::array();
    for (const Zone &z : d.zones())
        zones.push_back(zone(z));
    root["zones"] = std::move(zones);

    ojson components = ojson::array();
    for (const Component &c : d.components())
        components.push_back(component(c));
    root["components"] = std::move(components);

    ojson connections = ojson::array();
    for (const Connection &c : d.connections())
        connections.push_back(connection(c));
    root["connections"] = std::move(connections);

    ojson suppressed = ojson::array();
    for (const Suppression &sp : d.suppressed) {
        ojson o = ojson::object();
        o["rule"] = s(sp.rule);
        o["reason"] = s(sp.reason);
        appendExtras(o, sp.extra);
        suppressed.push_back(std::move(o));
    }
    root["suppressed"] = std::move(suppressed);
    root["review"] = review(d.review);
    if (d.practice)
        root["practice"] = practice(*d.practice);
    appendExtras(root, d.extra);

    std::string text = root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

SaveResult writeFileAtomically(const QString &path, const QByteArray &data, bool keepBackup)
{
    SaveResult result;
    if (keepBackup && QFileInfo::exists(path)) {
        QFile old(path);
        if (old.open(QIODevice::ReadOnly)) {
            const QByteArray previous = old.readAll();
            old.close();
            QSaveFile bak(path + u".bak"_s);
            if (!bak.open(QIODevice::WriteOnly) || bak.write(previous) != previous.size()
                || !bak.commit()) {
                result.warning = u"%1: could not keep the previous version as %1.bak: %2"_s.arg(path, bak.errorString());
            }
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
        return result;
    }
    if (file.write(data) != data.size()) {
        result.error = u"%1: cannot write: %2"_s.arg(path, file.errorString());
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = u"%1: cannot save: %2"_s.arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

SaveResult saveDesignFile(const QString &path, const Design &design, bool keepBackup)
{
    return writeFileAtomically(path, serializeDesign(design), keepBackup);
}

} // namespace mlsd
