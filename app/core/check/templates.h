#pragma once

#include "check/templaterule.h"
#include "io/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

/*!
 * \file templates.h
 * Framework templates (docs/architecture.md "The checker"): data loaded from
 * `templates/<id>.json`, built into the binary under `:/mlsd/templates`, plus user templates
 * from `QStandardPaths::AppDataLocation/templates` that add to or override the built-in ones.
 *
 * A template file:
 * \code
 * { "id": "recommendation", "name": "…", "description": "…", "guide": "Recommendation System",
 *   "order": 20, "extends": "presentation", "abstract": false,
 *   "rules": [ { "name": "funnel-order", "kind": "order", "severity": "error",
 *                "stages": ["candidate_retrieval", "filtering", "ranking"],
 *                "message": "…", "hint": "…", "guide": "…" } ] }
 * \endcode
 * Rule names are local; a rule's id is `<template id>/<name>`. A template that `extends` another
 * inherits its rules (a rule of the same name replaces the inherited one). An `abstract`
 * template only exists to be extended: it is neither listed nor found.
 */

namespace mlsd {

class Catalog;

/// A framework template: what a design of this kind must contain, and the rules that judge it.
struct Template
{
    QString id;
    QString name;
    QString description;
    QString guide;    ///< the guide section the template follows
    int order = 1000; ///< display position (then by id); inherited when the file sets none
    bool abstract = false;
    QString extends;   ///< the parent's id, or empty
    QString file;      ///< where it was loaded from (for messages)
    QList<Rule> rules; ///< inherited rules first, then the template's own, in file order

    /// Stage rules define the template's stages, in flow order (the first rule of each stage).
    [[nodiscard]] QList<const Rule *> stageRules() const;
    /// The stage rule that defines \a stage, or nullptr.
    [[nodiscard]] const Rule *stageRule(const QString &stage) const;
    [[nodiscard]] const Rule *rule(const QString &id) const;
    /// Every (a, b) such that an order rule puts stage a before stage b, loop-closing stages
    /// (flowgraph.h) left out: the partial order the checker judges order on.
    [[nodiscard]] QList<std::pair<QString, QString>> orderPairs() const;
};

/*!
 * The installed templates. Loading validates every file (errors name the file and a JSON
 * pointer); a file with errors is skipped and changes nothing.
 */
class TemplateRegistry
{
public:
    /// The built-in templates plus the user's (loaded once). Errors in user templates are in
    /// loadErrors(); a broken built-in template is a build bug and is printed on stderr.
    [[nodiscard]] static const TemplateRegistry &builtin();

    /// Loads the built-in templates, then the user's folder. Returns false when a file failed.
    bool loadInstalled(Diagnostics *errors);
    /// The user template folder: `QStandardPaths::writableLocation(AppDataLocation)/templates`.
    [[nodiscard]] static QString userDirectory();

    /// Loads every `*.json` file of \a dir (a path or a `:/` resource path). Templates may extend
    /// one another within the folder or extend templates loaded before (the built-in ones).
    bool loadDirectory(const QString &dir, Diagnostics *errors);
    /// Loads one template from JSON text; \a file names it in errors and must be `<id>.json`.
    bool loadTemplate(const QByteArray &json, const QString &file, Diagnostics *errors);

    /// The template \a id, or nullptr (also for abstract templates).
    [[nodiscard]] const Template *find(const QString &id) const;
    /// Every concrete template, by `order` then id.
    [[nodiscard]] QList<const Template *> templates() const;
    /// Ids of templates() (for messages such as "known templates: …").
    [[nodiscard]] QStringList ids() const;
    /// Errors of the last loadInstalled() (user templates that were skipped).
    [[nodiscard]] const Diagnostics &loadErrors() const { return m_loadErrors; }

    /// Like find(), but also abstract templates (what `extends` may name).
    [[nodiscard]] const Template *findAny(const QString &id) const;

private:
    void insert(Template tmpl);

    QList<std::shared_ptr<const Template>> m_templates;
    Diagnostics m_loadErrors;
};

} // namespace mlsd
