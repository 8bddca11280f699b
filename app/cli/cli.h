#pragma once

#include <QStringList>

namespace mlsd::cli {

/// True when the arguments ask for a command-line verb (or --help / --version), not the GUI.
[[nodiscard]] bool isCommandLineInvocation(int argc, char **argv);

/// Runs the verb named by argv[1] headless (no window, no display needed); returns the exit code.
int run(int argc, char **argv);

// Verbs defined in cli.cpp.
int runComponents(const QStringList &args);

} // namespace mlsd::cli
