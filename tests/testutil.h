#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Helpers shared by the QtTest executables.
namespace mlsd::test {

/// Absolute path of \a relative inside the source tree.
[[nodiscard]] QString sourcePath(const QString &relative);
/// The whole content of \a path (empty when it cannot be read).
[[nodiscard]] QByteArray readFile(const QString &path);
/// Writes \a data to \a path (creating folders); returns false on failure.
bool writeFile(const QString &path, const QByteArray &data);

/// The result of running the mlsdboard binary.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool timedOut = false;
};

/// Runs the real `mlsdboard` binary with \a args (offscreen, no stdin), at most \a timeoutMs.
[[nodiscard]] Run runCli(const QStringList &args, int timeoutMs = 60000,
                         const QString &workingDirectory = {});

} // namespace mlsd::test
