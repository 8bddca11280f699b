#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/*!
 * \file benchmeasure.h
 * Measuring helpers of the benchmark: wall time of a function or of a whole process, and the
 * memory of the process (resident set from /proc/self/status, heap in use from glibc's mallinfo2).
 */

namespace mlsd::bench {

/// Wall times of repeated runs, in milliseconds, and (for work done in this process) the CPU time
/// of this thread, which the other processes of a shared machine disturb less.
struct Timing
{
    QList<double> runs;
    QList<double> cpuRuns;
    [[nodiscard]] double median() const { return medianOf(runs); }
    [[nodiscard]] double min() const;
    [[nodiscard]] double cpuMedian() const { return medianOf(cpuRuns); }
    [[nodiscard]] static double medianOf(QList<double> values);
};

/// Runs \a work \a repeat times (after one unmeasured warm-up run when \a warmUp) and times each.
[[nodiscard]] Timing timeIt(int repeat, const std::function<void()> &work, bool warmUp = true);

/*!
 * Runs \a program with \a args \a repeat times (plus one warm-up) and times each run from start to
 * exit. \a failure is set when a run does not exit with one of \a okCodes.
 */
[[nodiscard]] Timing timeProcess(const QString &program, const QStringList &args, int repeat,
                                 const QList<int> &okCodes, QString *failure);

/// A field of /proc/self/status in bytes (e.g. "VmHWM", "VmRSS"); -1 when unavailable.
[[nodiscard]] qint64 procStatusBytes(const char *field);

/// Bytes the heap has handed out and not taken back (glibc mallinfo2: arena + mmapped chunks).
[[nodiscard]] qint64 heapInUse();

} // namespace mlsd::bench
