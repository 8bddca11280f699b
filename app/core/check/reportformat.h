#pragma once

#include "check/checkreport.h"

#include <QByteArray>
#include <QString>

/*!
 * \file reportformat.h
 * The two outputs of `mlsdboard check`: the public JSON report (docs/cli.md "The check report as
 * JSON") and terminal text.
 */

namespace mlsd {

/*!
 * The report as JSON, exactly the shape of docs/cli.md: `title`, `template`, `coverage`
 * {`required`, `present`}, `counts` {`error`, `warning`, `info`, `suppressed`}, `findings`
 * [{`rule`, `kind`, `severity`, `stage`, `components`, `message`, `hint`, `guide`,
 * `suppressed`}]. Pretty-printed with two spaces, keys in that order, UTF-8, a final newline:
 * the same report always gives the same bytes.
 */
[[nodiscard]] QByteArray reportToJson(const Report &report);

/*!
 * The report for a terminal: a header (design, template, coverage with the missing stages, the
 * counts), then findings grouped by severity, each with its rule, components, message, hint and
 * guide section, then the suppressed findings with their reasons. \a file names the design.
 */
[[nodiscard]] QString reportToText(const Report &report, const QString &file);

} // namespace mlsd
