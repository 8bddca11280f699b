#include "io/diagnostic.h"

namespace mlsd {

using namespace Qt::StringLiterals;

QString Diagnostic::toString() const
{
    QString out = file.isEmpty() ? u"<input>"_s : file;
    if (line > 0)
        out += u':' + QString::number(line) + u':' + QString::number(column > 0 ? column : 1);
    out += u": "_s;
    if (!pointer.isEmpty())
        out += pointer + u": "_s;
    if (severity == Severity::Warning)
        out += u"warning: "_s;
    return out + message;
}

Diagnostic Diagnostic::error(const QString &file, const QString &pointer, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.pointer = pointer;
    d.message = message;
    return d;
}

Diagnostic Diagnostic::warning(const QString &file, const QString &pointer, const QString &message)
{
    Diagnostic d = error(file, pointer, message);
    d.severity = Severity::Warning;
    return d;
}

Diagnostic Diagnostic::at(const QString &file, int line, int column, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = message;
    return d;
}

QString toString(const Diagnostics &diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

QString pointerToken(const QString &key)
{
    QString out = key;
    out.replace(u'~', u"~0"_s);
    out.replace(u'/', u"~1"_s);
    return out;
}

} // namespace mlsd
