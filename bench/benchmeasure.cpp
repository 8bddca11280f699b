#include "benchmeasure.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <malloc.h>

#include <algorithm>
#include <ctime>

namespace mlsd::bench {

using namespace Qt::StringLiterals;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

double Timing::medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double Timing::min() const
{
    return runs.isEmpty() ? 0 : *std::min_element(runs.cbegin(), runs.cend());
}

Timing timeIt(int repeat, const std::function<void()> &work, bool warmUp)
{
    if (warmUp)
        work();
    Timing t;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        t.runs << double(timer.nsecsElapsed()) / 1e6;
        t.cpuRuns << threadCpuMs() - cpuStart;
    }
    return t;
}

Timing timeProcess(const QString &program, const QStringList &args, int repeat,
                   const QList<int> &okCodes, QString *failure)
{
    Timing t;
    for (int i = -1; i < repeat; ++i) {
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        p.start(program, args);
        const bool finished = p.waitForFinished(600000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!finished || p.exitStatus() != QProcess::NormalExit
            || !okCodes.contains(p.exitCode())) {
            *failure = u"%1 %2: exit %3: %4"_s.arg(program, args.join(u' '))
                           .arg(p.exitCode())
                           .arg(QString::fromUtf8(p.readAllStandardError().left(500)));
            return t;
        }
        if (i >= 0)
            t.runs << ms;
    }
    return t;
}

qint64 procStatusBytes(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QByteArray kb = line.mid(prefix.size()).trimmed().split(' ').value(0);
            return kb.toLongLong() * 1024;
        }
    }
    return -1;
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

} // namespace mlsd::bench
