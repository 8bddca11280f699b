#pragma once

#include <QList>
#include <QString>

namespace mlsd {

/*!
 * A located problem in an input file. It prints as `FILE:LINE:COLUMN: message` when it has a text
 * position (JSON syntax), as `FILE: /json/pointer: message` when it has a JSON pointer (schema),
 * and as `FILE: message` otherwise (docs/cli.md "Conventions").
 */
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;    ///< 1-based; 0 when unknown
    int column = 0;  ///< 1-based; 0 when unknown
    QString pointer; ///< RFC 6901 JSON pointer, e.g. "/components/3/type"
    QString message;

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    [[nodiscard]] QString toString() const;

    static Diagnostic error(const QString &file, const QString &pointer, const QString &message);
    static Diagnostic warning(const QString &file, const QString &pointer, const QString &message);
    static Diagnostic at(const QString &file, int line, int column, const QString &message);
};

using Diagnostics = QList<Diagnostic>;

/// Joins diagnostics one per line.
[[nodiscard]] QString toString(const Diagnostics &diagnostics);

/// Escapes one reference token of a JSON pointer ('~' → "~0", '/' → "~1").
[[nodiscard]] QString pointerToken(const QString &key);

} // namespace mlsd
