#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace mlsd::test {

using namespace Qt::StringLiterals;

QString sourcePath(const QString &relative)
{
    QString root = qEnvironmentVariable("MLSD_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(MLSD_SOURCE_DIR);
    return QDir(root).filePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

Run runCli(const QStringList &args, int timeoutMs, const QString &workingDirectory)
{
    Run run;
    const QString binary = qEnvironmentVariable("MLSD_BINARY");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(binary, args);
    if (!p.waitForStarted(10000)) {
        run.err = "could not start " + binary.toUtf8() + " (set MLSD_BINARY)";
        return run;
    }
    if (!p.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace mlsd::test
