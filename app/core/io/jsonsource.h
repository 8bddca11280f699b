#pragma once

#include "io/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace mlsd {

/// Bounds on untrusted JSON input: whole-file size and nesting depth.
struct JsonLimits
{
    qint64 maxBytes = 64ll * 1024 * 1024;
    int maxDepth = 64;
};

/*!
 * Parses untrusted JSON text into a DOM without unbounded recursion or allocation: the size and
 * the nesting depth are checked first, then nlohmann_json parses (it validates UTF-8 in strings).
 * On failure returns nothing and sets \a error to a `FILE:LINE:COLUMN: message` diagnostic.
 */
[[nodiscard]] std::optional<nlohmann::json> parseJson(const QByteArray &data, const QString &file,
                                                      Diagnostic *error,
                                                      const JsonLimits &limits = {});

/// The bytes of \a path, refusing a file over the size limit before reading it; on failure sets
/// \a error (`FILE: cannot open: …`, `FILE: the file is N bytes; …`).
[[nodiscard]] std::optional<QByteArray> readFileBounded(const QString &path, Diagnostic *error,
                                                        const JsonLimits &limits = {});

/// Reads \a path (refusing files over the size limit before reading them) and parses it.
[[nodiscard]] std::optional<nlohmann::json> readJsonFile(const QString &path, Diagnostic *error,
                                                         const JsonLimits &limits = {});

/// The text of a JSON string value as a QString (UTF-8 already validated by the parser).
[[nodiscard]] inline QString toQString(const nlohmann::json &value)
{
    const auto &s = value.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

[[nodiscard]] inline std::string toStd(const QString &s)
{
    return s.toStdString();
}

} // namespace mlsd
