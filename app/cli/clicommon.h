#pragma once

#include "export/imageexport.h"
#include "io/designreader.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlsd::cli {

/// Exit codes of every verb (docs/cli.md "Conventions").
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitBadInput = 2 };

/// Writes UTF-8 text to stdout / stderr (adds nothing: include the newline).
void out(const QString &text);
void err(const QString &text);
void outBytes(const QByteArray &bytes);

/*!
 * Parses \a args (the verb's arguments, without the program name and the verb) with \a parser
 * (which gets a --help option). On a usage error prints it and returns false; with --help prints
 * the verb's help and exits the process with status 0.
 */
bool parseArgs(QCommandLineParser &parser, const QString &verb, const QStringList &args);

/// Loads a design for a verb: prints errors and warnings to stderr; nothing on failure.
std::optional<Design> loadForCli(const QString &path, LoadResult *result = nullptr);

/// Reads --theme and --scale (when set) into \a options; prints the error and returns false.
bool parseImageOptions(const QCommandLineParser &parser, const QString &verb,
                       ImageOptions *options);

/// Writes \a data to \a path atomically, or to stdout when \a path is "-". Prints errors.
bool writeOutput(const QString &path, const QByteArray &data);

} // namespace mlsd::cli
