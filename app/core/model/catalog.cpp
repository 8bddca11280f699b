#include "model/catalog.h"

#include "io/jsonsource.h"
#include "io/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace mlsd {

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

/// Where the icons named by the catalog files are.
const QString iconDirectory = u":/mlsd/icons"_s;

} // namespace

const QList<ComponentCategory> &Catalog::categories()
{
    static const QList<ComponentCategory> list = {
        {u"data"_s, u"Data and labels"_s},
        {u"features"_s, u"Features and embeddings"_s},
        {u"retrieval"_s, u"Retrieval and ranking"_s},
        {u"models"_s, u"Models and training"_s},
        {u"serving"_s, u"Serving"_s},
        {u"trust"_s, u"Trust and safety"_s},
        {u"experimentation"_s, u"Experimentation and monitoring"_s},
    };
    return list;
}

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        Catalog c;
        Diagnostics errors;
        if (!c.loadDirectory(u":/mlsd/components"_s, &errors))
            std::fprintf(stderr, "%s\n", qPrintable(toString(errors)));
        return c;
    }();
    return catalog;
}

bool Catalog::loadDirectory(const QString &directory, Diagnostics *errors)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *errors << Diagnostic::error(directory, {}, u"no component types found"_s);
        return false;
    }
    bool ok = true;
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *errors << Diagnostic::error(path, {}, u"cannot open: %1"_s.arg(f.errorString()));
            ok = false;
            continue;
        }
        ok = loadType(f.read(1024 * 1024), path, errors) && ok;
    }
    return ok;
}

bool Catalog::loadType(const QByteArray &data, const QString &file, Diagnostics *errors)
{
    Diagnostic parseError;
    const auto root = parseJson(data, file, &parseError, JsonLimits{1024 * 1024, 16});
    if (!root) {
        *errors << parseError;
        return false;
    }
    const qsizetype before = errors->size();
    auto fail = [&](const QString &ptr, const QString &message) {
        *errors << Diagnostic::error(file, ptr, message);
    };
    if (!root->is_object()) {
        fail({}, u"expected an object"_s);
        return false;
    }
    auto text = [&](const char *key, bool required) -> QString {
        const auto it = root->find(key);
        const QString ptr = u'/' + QLatin1StringView(key);
        if (it == root->end()) {
            if (required)
                fail({}, u"missing \"%1\""_s.arg(QLatin1StringView(key)));
            return {};
        }
        if (!it->is_string()) {
            fail(ptr, u"expected a string"_s);
            return {};
        }
        return toQString(*it);
    };
    auto list = [&](const char *key) -> QStringList {
        QStringList out;
        const auto it = root->find(key);
        if (it == root->end())
            return out;
        const QString ptr = u'/' + QLatin1StringView(key);
        if (!it->is_array()) {
            fail(ptr, u"expected an array of strings"_s);
            return out;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            if (!(*it)[i].is_string())
                fail(ptr + u'/' + QString::number(i), u"expected a string"_s);
            else
                out << toQString((*it)[i]);
        }
        return out;
    };

    ComponentType t;
    t.id = text("id", true);
    t.name = text("name", true);
    t.category = text("category", true);
    t.description = text("description", true);
    const QString icon = text("icon", true);
    const QString color = text("color", true);
    t.annotations = list("annotations");
    t.guide = text("guide", true);
    t.zoneKind = text("zone_kind", false);
    if (const auto it = root->find("order"); it != root->end()) {
        if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 100000)
            fail(u"/order"_s, u"expected an integer between 0 and 100000"_s);
        else
            t.order = int(it->get<long long>());
    }
    t.keywords = list("keywords");

    if (!t.id.isEmpty()) {
        if (!schema::isValidId(t.id))
            fail(u"/id"_s, u"invalid id \"%1\""_s.arg(t.id));
        else if (QFileInfo(file).completeBaseName() != t.id)
            fail(u"/id"_s, u"id \"%1\" does not match the file name"_s.arg(t.id));
        else if (m_index.contains(t.id))
            fail(u"/id"_s, u"type \"%1\" is defined twice"_s.arg(t.id));
    }
    const auto &cats = categories();
    if (!t.category.isEmpty() && std::none_of(cats.begin(), cats.end(), [&](const auto &c) {
            return c.id == t.category;
        }))
        fail(u"/category"_s, u"unknown category \"%1\""_s.arg(t.category));
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    if (!color.isEmpty() && !hex.match(color).hasMatch())
        fail(u"/color"_s, u"expected a colour as #rrggbb, found \"%1\""_s.arg(color));
    t.color = QColor::fromString(color);
    for (qsizetype i = 0; i < t.annotations.size(); ++i) {
        if (schema::indexOf(schema::annotations(), t.annotations.at(i)) < 0)
            fail(u"/annotations/"_s + QString::number(i),
                 u"unknown annotation id \"%1\""_s.arg(t.annotations.at(i)));
    }
    if (!t.zoneKind.isEmpty() && schema::indexOf(schema::zoneKinds(), t.zoneKind) < 0)
        fail(u"/zone_kind"_s, u"unknown zone kind \"%1\""_s.arg(t.zoneKind));
    if (!icon.isEmpty()) {
        const QString iconPath = QDir(iconDirectory).filePath(icon);
        if (icon.contains(u'/') || !icon.endsWith(u".svg"_s))
            fail(u"/icon"_s, u"expected the file name of an SVG icon, found \"%1\""_s.arg(icon));
        else if (!QFileInfo::exists(iconPath))
            fail(u"/icon"_s, u"icon \"%1\" not found at %2"_s.arg(icon, QDir::cleanPath(iconPath)));
        else
            t.icon = QDir::cleanPath(iconPath);
    }
    if (t.description.size() > 200)
        fail(u"/description"_s, u"the description should be one line (at most 200 characters)"_s);

    if (errors->size() != before)
        return false;
    m_types << t;
    sortTypes();
    return true;
}

void Catalog::sortTypes()
{
    const auto &cats = categories();
    auto rank = [&](const QString &category) {
        for (qsizetype i = 0; i < cats.size(); ++i) {
            if (cats.at(i).id == category)
                return i;
        }
        return cats.size();
    };
    std::stable_sort(m_types.begin(), m_types.end(), [&](const auto &a, const auto &b) {
        const auto ra = rank(a.category), rb = rank(b.category);
        if (ra != rb)
            return ra < rb;
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    m_index.clear();
    for (qsizetype i = 0; i < m_types.size(); ++i)
        m_index.insert(m_types.at(i).id, i);
}

const ComponentType *Catalog::type(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_types.at(*it);
}

QString Catalog::displayName(const QString &id) const
{
    const ComponentType *t = type(id);
    return t ? t->name : id;
}

QColor Catalog::color(const QString &id) const
{
    const ComponentType *t = type(id);
    return t ? t->color : QColor(0x80, 0x86, 0x8f);
}

} // namespace mlsd
