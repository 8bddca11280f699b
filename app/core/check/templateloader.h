#pragma once

#include "check/templates.h"
#include "io/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

/*!
 * \file templateloader.h
 * Parsing and validating template files (templates.h). Used by TemplateRegistry; exposed for
 * tests. Every error names the file and a JSON pointer.
 */

namespace mlsd {

class Catalog;

namespace templateloader {

/*!
 * Parses one template file: its own fields and own rules, checked against \a catalog (stage
 * ids), the design schema (annotation and brief section ids) and the rule grammar. Inheritance
 * is not resolved yet: see resolve().
 */
[[nodiscard]] std::optional<Template> parse(const QByteArray &json, const QString &file,
                                            const Catalog &catalog, Diagnostics *errors);

/*!
 * Completes a parsed template: inherits \a parent's rules (own rules of the same name replace
 * them), assigns rule ids `<id>/<name>` and checks what needs the whole rule set (the order
 * chains must not contradict each other). \a parent is null when the template extends nothing.
 */
[[nodiscard]] std::optional<Template> resolve(const Template &own, const Template *parent,
                                              Diagnostics *errors);

} // namespace templateloader
} // namespace mlsd
