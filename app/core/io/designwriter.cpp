#include "io/designwriter.h"

#include "io/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

/*!
 * Adds the unknown keys kept from the file after the known ones (sorted, as they were stored),
 * skipping any that the object already has (\a written: its keys so far).
 */
template<typename Written>
void writeExtras(PrettyJsonWriter &w, const ExtraKeys &extra, Written written)
{
    if (extra.isEmpty())
        return;
    // Stored compact and sorted; parsing cannot fail for text we produced ourselves.
    const auto rest = nlohmann::json::parse(extra.cbegin(), extra.cend(), nullptr, false);
    if (!rest.is_object())
        return;
    for (auto it = rest.begin(); it != rest.end(); ++it) {
        if (written(it.key()))
            continue;
        w.key(it.key());
        w.value(it.value());
    }
}

void writeExtras(PrettyJsonWriter &w, const ExtraKeys &extra,
                 std::initializer_list<std::string_view> written)
{
    writeExtras(w, extra, [&](const std::string &key) {
        return std::find(written.begin(), written.end(), key) != written.end();
    });
}

void writeTextMap(PrettyJsonWriter &w, const TextMap &map)
{
    for (const auto &[key, value] : map.entries()) {
        w.key(key.toStdString());
        w.string(value);
    }
}

void writeNullableString(PrettyJsonWriter &w, const QString &text)
{
    if (text.isEmpty())
        w.null();
    else
        w.string(text);
}

void writeComponent(PrettyJsonWriter &w, const Component &c)
{
    w.beginObject();
    w.key("id");
    w.string(c.id);
    w.key("type");
    w.string(c.type);
    w.key("label");
    w.string(c.label);
    w.key("x");
    w.number(c.x);
    w.key("y");
    w.number(c.y);
    w.key("width");
    w.number(c.width);
    w.key("height");
    w.number(c.height);
    w.key("zone");
    writeNullableString(w, c.zone);
    w.key("fulfills");
    w.beginArray();
    for (const QString &f : c.fulfills)
        w.string(f);
    w.endArray();
    w.key("annotations");
    w.beginObject();
    writeTextMap(w, c.annotations);
    w.endObject();
    w.key("notes");
    w.string(c.notes);
    writeExtras(w, c.extra,
                {"id", "type", "label", "x", "y", "width", "height", "zone", "fulfills",
                 "annotations", "notes"});
    w.endObject();
}

void writeConnection(PrettyJsonWriter &w, const Connection &c)
{
    w.beginObject();
    w.key("id");
    w.string(c.id);
    w.key("from");
    w.string(c.from);
    w.key("to");
    w.string(c.to);
    w.key("label");
    w.string(c.label);
    w.key("kind");
    w.string(schema::connectionKindId(c.kind));
    writeExtras(w, c.extra, {"id", "from", "to", "label", "kind"});
    w.endObject();
}

void writeZone(PrettyJsonWriter &w, const Zone &z)
{
    w.beginObject();
    w.key("id");
    w.string(z.id);
    w.key("label");
    w.string(z.label);
    w.key("kind");
    w.string(z.kind);
    w.key("x");
    w.number(z.x);
    w.key("y");
    w.number(z.y);
    w.key("width");
    w.number(z.width);
    w.key("height");
    w.number(z.height);
    writeExtras(w, z.extra, {"id", "label", "kind", "x", "y", "width", "height"});
    w.endObject();
}

void writeReview(PrettyJsonWriter &w, const Review &r)
{
    w.beginObject();
    w.key("comments");
    w.beginArray();
    for (const ReviewComment &c : r.comments) {
        w.beginObject();
        w.key("id");
        w.string(c.id);
        w.key("target");
        writeNullableString(w, c.target);
        w.key("author");
        w.string(c.author);
        w.key("text");
        w.string(c.text);
        writeExtras(w, c.extra, {"id", "target", "author", "text"});
        w.endObject();
    }
    w.endArray();
    w.key("rubric");
    w.beginObject();
    for (const auto &[dim, score] : r.rubric) {
        w.key(dim.toStdString());
        w.beginObject();
        w.key("score");
        w.integer(score.score);
        w.key("notes");
        w.string(score.notes);
        writeExtras(w, score.extra, {"score", "notes"});
        w.endObject();
    }
    w.endObject();
    writeExtras(w, r.extra, {"comments", "rubric"});
    w.endObject();
}

void writePractice(PrettyJsonWriter &w, const Practice &p)
{
    w.beginObject();
    w.key("question");
    w.string(p.question);
    w.key("duration_s");
    w.integer(p.durationS);
    w.key("phases");
    w.beginArray();
    for (const PracticePhase &ph : p.phases) {
        w.beginObject();
        w.key("id");
        w.string(ph.id);
        w.key("planned_s");
        w.integer(ph.plannedS);
        w.key("spent_s");
        w.integer(ph.spentS);
        writeExtras(w, ph.extra, {"id", "planned_s", "spent_s"});
        w.endObject();
    }
    w.endArray();
    w.key("finished");
    w.boolean(p.finished);
    if (p.result) {
        const PracticeResult &r = *p.result;
        w.key("result");
        w.beginObject();
        w.key("template");
        w.string(r.templateId);
        w.key("required");
        w.integer(r.required);
        w.key("present");
        w.integer(r.present);
        w.key("errors");
        w.integer(r.errors);
        w.key("warnings");
        w.integer(r.warnings);
        w.key("infos");
        w.integer(r.infos);
        w.key("findings");
        w.beginArray();
        for (const QString &f : r.findings)
            w.string(f);
        w.endArray();
        writeExtras(w, r.extra,
                    {"template", "required", "present", "errors", "warnings", "infos", "findings"});
        w.endObject();
    }
    writeExtras(w, p.extra, {"question", "duration_s", "phases", "finished", "result"});
    w.endObject();
}

} // namespace

QByteArray serializeDesign(const Design &d)
{
    // Written straight to text (no DOM): the canonical layout is nlohmann_json's pretty print
    // with two spaces, which PrettyJsonWriter reproduces byte for byte.
    PrettyJsonWriter w(1024 + 560 * d.components().size() + 150 * d.connections().size());
    w.beginObject();
    w.key("format");
    w.string(QLatin1StringView(schema::formatName));
    // A file from a newer version is never rewritten by us (it opens read-only), so the version
    // written is always the one this program knows.
    w.key("version");
    w.integer(schema::formatVersion);
    w.key("title");
    w.string(d.title);
    w.key("template");
    w.string(d.templateId);
    w.key("brief");
    w.beginObject();
    writeTextMap(w, d.brief.sections);
    writeExtras(w, d.brief.extra, [&](const std::string &key) {
        return d.brief.sections.contains(QString::fromStdString(key));
    });
    w.endObject();

    w.key("zones");
    w.beginArray();
    for (const Zone &z : d.zones())
        writeZone(w, z);
    w.endArray();

    w.key("components");
    w.beginArray();
    for (const Component &c : d.components())
        writeComponent(w, c);
    w.endArray();

    w.key("connections");
    w.beginArray();
    for (const Connection &c : d.connections())
        writeConnection(w, c);
    w.endArray();

    w.key("suppressed");
    w.beginArray();
    for (const Suppression &sp : d.suppressed) {
        w.beginObject();
        w.key("rule");
        w.string(sp.rule);
        w.key("reason");
        w.string(sp.reason);
        writeExtras(w, sp.extra, {"rule", "reason"});
        w.endObject();
    }
    w.endArray();
    w.key("review");
    writeReview(w, d.review);
    if (d.practice) {
        w.key("practice");
        writePractice(w, *d.practice);
    }
    writeExtras(w, d.extra, [&](const std::string &key) {
        return key == "format" || key == "version" || key == "title" || key == "template"
               || key == "brief" || key == "zones" || key == "components" || key == "connections"
               || key == "suppressed" || key == "review" || (key == "practice" && d.practice);
    });
    w.endObject();

    QByteArray text = w.take();
    text += '\n';
    return text;
}

namespace {

/*!
 * The copies a save killed in the instant between QSaveFile naming its finished temporary copy
 * (the file's name, a dot and six letters or digits) and renaming it over the file leaves beside
 * \a path or beside its backup.
 */
QStringList interruptedCopies(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    QStringList out;
    for (const QString &stem : {info.fileName() + u'.', info.fileName() + u".bak."_s}) {
        for (const QString &name :
             dir.entryList({stem + u"??????"_s}, QDir::Files | QDir::Hidden)) {
            const QStringView suffix = QStringView(name).mid(stem.size());
            if (std::all_of(suffix.cbegin(), suffix.cend(),
                            [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; }))
                out << dir.filePath(name);
        }
    }
    return out;
}

/// Removes those of \a copies that hold \a current or \a previous byte for byte: those bytes
/// are in the file and its backup, so nothing is lost (a copy of anything else, or a file of the
/// user's that happens to have such a name, stays).
void removeCopiesOf(const QStringList &copies, const QByteArray &current,
                    const QByteArray &previous)
{
    for (const QString &path : copies) {
        QFile copy(path);
        if (copy.size() != current.size() && (previous.isNull() || copy.size() != previous.size()))
            continue;
        if (!copy.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = copy.readAll();
        copy.close();
        if (bytes == current || (!previous.isNull() && bytes == previous))
            copy.remove();
    }
}

} // namespace

SaveResult writeFileAtomically(const QString &path, const QByteArray &data, bool keepBackup)
{
    SaveResult result;
    // The previous content: for the backup, or to recognise copies an interrupted save left
    // (read only when there is any: usually there is none).
    const QStringList copies = interruptedCopies(path);
    QByteArray previous;
    bool havePrevious = false;
    if ((keepBackup || !copies.isEmpty()) && QFileInfo::exists(path)) {
        QFile old(path);
        if (old.open(QIODevice::ReadOnly)) {
            previous = old.readAll();
            havePrevious = true;
        }
    }
    if (keepBackup && havePrevious) {
        QSaveFile bak(path + u".bak"_s);
        if (!bak.open(QIODevice::WriteOnly) || bak.write(previous) != previous.size()
            || !bak.commit())
            result.warning = u"%1: could not keep the previous version as %1.bak: %2"_s.arg(
                path, bak.errorString());
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
    removeCopiesOf(copies, data, havePrevious ? previous : QByteArray());
    return result;
}

SaveResult saveDesignFile(const QString &path, const Design &design, bool keepBackup)
{
    return writeFileAtomically(path, serializeDesign(design), keepBackup);
}

} // namespace mlsd
