#pragma once

#include "check/checker.h"
#include "check/templates.h"
#include "export/markdownexport.h"
#include "export/markdownrenderer.h"
#include "io/designreader.h"
#include "io/jsonsource.h"
#include "model/catalog.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

#include <cmark-gfm.h>

#include <nlohmann/json.hpp>

#include <cstring>

namespace mlsd::fuzz {

// Properties checked by the fuzz harnesses and by the regression tests on what they found.

/// Equal values of equal types all the way down (unsigned, signed and double told apart; doubles
/// compared bit for bit), keys in the same order.
inline bool identicalJson(const nlohmann::json &a, const nlohmann::json &b)
{
    if (a.type() != b.type())
        return false;
    if (a.is_object() || a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
            if ((a.is_object() && i.key() != j.key()) || !identicalJson(*i, *j))
                return false;
        }
        return true;
    }
    if (a.is_number_float()) {
        const double x = a.get<double>(), y = b.get<double>();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a == b;
}

/*!
 * What the loader says about \a data through its two paths: loadDesign() (the fast parser, with
 * zones, components and connections parsed one element at a time) and readDesign() on the DOM of
 * parseJson(). Empty when they agree exactly — design, errors, warnings, read-only state — or
 * the difference.
 */
inline QString compareLoadPaths(const QByteArray &data, const Catalog *catalog)
{
    using namespace Qt::StringLiterals;
    const LoadResult fast = loadDesign(data, u"f.mlsd"_s, catalog);
    LoadResult exact;
    Diagnostic error;
    if (const auto root = parseJson(data, u"f.mlsd"_s, &error))
        exact = readDesign(*root, u"f.mlsd"_s, catalog);
    else
        exact.errors << error;
    if (fast.message() != exact.message())
        return u"diagnostics differ:\n%1\n---\n%2"_s.arg(fast.message(), exact.message());
    if (fast.ok() != exact.ok() || (fast.ok() && !(*fast.design == *exact.design)))
        return u"designs differ"_s;
    if (fast.readOnly != exact.readOnly || fast.readOnlyReason != exact.readOnlyReason)
        return u"read-only state differs"_s;
    return {};
}

/// Loads \a input as a design and checks it against its template when that is installed;
/// false when it does not load.
inline bool loadChecked(const QByteArray &input, Design *design, std::optional<Report> *report)
{
    using namespace Qt::StringLiterals;
    LoadResult loaded = loadDesign(input, u"fuzz.mlsd"_s, &Catalog::builtin());
    if (!loaded.ok())
        return false;
    *design = std::move(*loaded.design);
    report->reset();
    if (const Template *tmpl = TemplateRegistry::builtin().find(design->templateId))
        *report = checkDesign(*design, *tmpl, Catalog::builtin());
    return true;
}

/*!
 * What is wrong with the outline of \a markdown, the Markdown export of \a design (one title, the
 * known sections in order, one level-3 heading per component under Components); empty when
 * nothing: user text cannot add, remove or move a heading.
 */
inline QByteArray markdownOutlineProblem(const QString &markdown, const Design &design)
{
    const QStringList sections = {QLatin1StringView(markdownsections::brief),
                                  QLatin1StringView(markdownsections::architecture),
                                  QLatin1StringView(markdownsections::components),
                                  QLatin1StringView(markdownsections::dataFlow),
                                  QLatin1StringView(markdownsections::check),
                                  QLatin1StringView(markdownsections::review),
                                  QLatin1StringView(markdownsections::practice)};
    MarkdownDocument doc(markdown);
    int h1 = 0;
    qsizetype lastSection = -1;
    QString current;
    qsizetype componentHeadings = 0;
    for (cmark_node *n = cmark_node_first_child(doc.root()); n; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) != CMARK_NODE_HEADING)
            continue;
        const int level = cmark_node_get_heading_level(n);
        const QString text = markdown::plainText(n);
        if (level == 1 && ++h1 > 1)
            return "a second level-1 heading: " + text.toUtf8();
        if (level == 2) {
            const qsizetype i = sections.indexOf(text);
            if (i <= lastSection)
                return "an unexpected or misplaced section heading: " + text.toUtf8();
            lastSection = i;
            current = text;
        }
        if (level == 3 && current == QLatin1StringView(markdownsections::components))
            ++componentHeadings;
    }
    if (h1 != 1)
        return "no title heading";
    if (componentHeadings != design.components().size())
        return "component headings: " + QByteArray::number(componentHeadings) + " for "
               + QByteArray::number(design.components().size()) + " components";
    return {};
}

/// The first tag of \a html that could run something (a script-like element, an event handler
/// attribute, a javascript:/vbscript:/data: URL), or empty. Text may mention scripts: every
/// literal '<' of the page opens real markup.
inline QString activeHtml(const QString &html)
{
    using namespace Qt::StringLiterals;
    static const QRegularExpression tag(u"<([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>"_s);
    static const QRegularExpression activeAttribute(
        u"\\son[a-z]+\\s*=|(href|src|action)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList activeElements = {u"script"_s, u"iframe"_s, u"object"_s, u"embed"_s};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (activeElements.contains(m.captured(1).toLower())
            || activeAttribute.match(m.captured(2)).hasMatch())
            return m.captured(0);
    }
    return {};
}

} // namespace mlsd::fuzz
