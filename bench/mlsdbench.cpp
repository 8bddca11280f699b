// The core benchmark (issue 6): generates synthetic designs of 1k, 10k and 100k components, times
// each core operation in-process (load, save, check, Markdown export, SVG render) and each verb as
// a whole process (check, export, fmt), measures memory per component, prints a table and writes
// the figures as JSON. Not a test: it asserts nothing.
//
//   mlsdbench [--sizes 1000,10000,100000] [--repeat N] [--json FILE] [--binary MLSDBOARD]
//   mlsdbench --memory FILE      (internal: the memory probe, run in a fresh child process)
#include "benchmeasure.h"

#include "check/checker.h"
#include "check/templates.h"
#include "export/imageexport.h"
#include "export/markdownexport.h"
#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "model/designgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <malloc.h>

#include <cstdio>
#include <functional>

using namespace mlsd;
using namespace mlsd::bench;
using namespace Qt::StringLiterals;

namespace {

/// One measured quantity: its id (the JSON key), what the table calls it, and the 10k target.
struct Metric
{
    QString id;
    QString title;
    QString unit;
    double target = 0;  ///< at 10k components; 0: no target (a breakdown)
    bool timing = true; ///< checked for linear cost
};

const QList<Metric> &metrics()
{
    static const QList<Metric> list = {
        {u"load_ms"_s, u"load (read, parse, validate, build)"_s, u"ms"_s, 150},
        {u"load_exact_ms"_s, u"  same, exact path (full nlohmann DOM)"_s, u"ms"_s, 0},
        {u"save_ms"_s, u"save (serialize, .bak, atomic write)"_s, u"ms"_s, 150},
        {u"serialize_ms"_s, u"  of which: serialize"_s, u"ms"_s, 0},
        {u"check_ms"_s, u"check (recommendation template)"_s, u"ms"_s, 20},
        {u"markdown_ms"_s, u"Markdown export (with Mermaid)"_s, u"ms"_s, 150},
        {u"svg_ms"_s, u"SVG render"_s, u"ms"_s, 0},
        {u"process_check_ms"_s, u"process: mlsdboard check FILE"_s, u"ms"_s, 300},
        {u"process_export_ms"_s, u"process: mlsdboard export FILE -o OUT.md"_s, u"ms"_s, 300},
        {u"process_fmt_ms"_s, u"process: mlsdboard fmt FILE -o OUT"_s, u"ms"_s, 300},
        {u"design_bytes_per_component"_s, u"memory: design heap / component"_s, u"B"_s, 2048,
         false},
        {u"load_peak_bytes_per_component"_s, u"memory: peak RSS during load / component"_s, u"B"_s,
         0, false},
    };
    return list;
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QJsonObject timingJson(const Timing &t)
{
    QJsonArray runs, cpuRuns;
    for (double r : t.runs)
        runs.append(r);
    for (double r : t.cpuRuns)
        cpuRuns.append(r);
    QJsonObject o{{u"median"_s, t.median()}, {u"min"_s, t.min()}, {u"runs"_s, runs}};
    if (!t.cpuRuns.isEmpty()) {
        o[u"cpu_median"_s] = t.cpuMedian();
        o[u"cpu_runs"_s] = cpuRuns;
    }
    return o;
}

/// The memory probe: loads \a path in this (fresh) process and prints what it cost.
int memoryProbe(const QString &path)
{
    (void)Catalog::builtin();
    malloc_trim(0);
    // Reset the high-water mark so VmHWM is the peak of the load alone (Linux ≥ 4.0).
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    clear.close();
    const qint64 heapBefore = heapInUse();
    const qint64 rssBefore = procStatusBytes("VmRSS");
    LoadResult result = loadDesignFile(path, &Catalog::builtin());
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.message()));
        return 2;
    }
    const Design design = std::move(*result.design);
    result = {};
    const qint64 heapAfter = heapInUse();
    const QJsonObject o{{u"components"_s, design.components().size()},
                        {u"design_heap_bytes"_s, heapAfter - heapBefore},
                        {u"load_peak_rss_bytes"_s, procStatusBytes("VmHWM") - rssBefore}};
    print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    return 0;
}

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return u"unknown"_s;
}

/// The 1-, 5- and 15-minute load averages (other processes competing for the cores).
QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll().split(' ').mid(0, 3).join(' '));
}

QJsonObject machine()
{
    QFile f(u"/proc/meminfo"_s);
    qint64 memKb = 0;
    if (f.open(QIODevice::ReadOnly))
        memKb = f.readLine().simplified().split(' ').value(1).toLongLong();
    return {{u"cpus"_s, QThread::idealThreadCount()},
            {u"cpu_model"_s, cpuModel()},
            {u"ram_gib"_s, double(memKb) / 1024 / 1024},
            {u"kernel"_s, QSysInfo::kernelVersion()},
            {u"os"_s, QSysInfo::prettyProductName()}};
}

/// Measures every metric for one size; returns metric id → value (ms or bytes) and the details.
QJsonObject measureSize(int components, int repeat, const QString &dir, const QString &binary,
                        QHash<QString, double> *values)
{
    const QString path = dir + u"/design-%1.mlsd"_s.arg(components);
    const QString out = dir + u"/out-%1.mlsd"_s.arg(components);
    const Design generated = generateSyntheticDesign({components, 1});
    const QByteArray bytes = serializeDesign(generated);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();

    QJsonObject details{{u"components"_s, components},
                        {u"connections"_s, generated.connections().size()},
                        {u"zones"_s, generated.zones().size()},
                        {u"file_bytes"_s, bytes.size()}};
    auto record = [&](const QString &id, const Timing &t) {
        (*values)[id] = t.median();
        if (!t.cpuRuns.isEmpty())
            (*values)[id + u"@cpu"_s] = t.cpuMedian();
        details[id] = timingJson(t);
    };

    const Catalog *catalog = &Catalog::builtin();
    std::optional<Design> loaded;
    record(u"load_ms"_s, timeIt(repeat, [&] {
               LoadResult r = loadDesignFile(path, catalog);
               if (!r.ok())
                   qFatal("load failed: %s", qPrintable(r.message()));
               loaded = std::move(r.design);
           }));
    // The path of files the fast parser refuses (and of every file with an error).
    record(u"load_exact_ms"_s, timeIt(repeat, [&] {
               Diagnostic error;
               const auto root = readJsonFile(path, &error);
               if (!root || !readDesign(*root, path, catalog).ok())
                   qFatal("exact load failed: %s", qPrintable(error.toString()));
           }));
    if (!(*loaded == generated))
        qFatal("the loaded design differs from the generated one");
    record(u"serialize_ms"_s, timeIt(repeat, [&] { (void)serializeDesign(*loaded); }));
    QFile::remove(out);
    record(u"save_ms"_s, timeIt(repeat, [&] {
               const SaveResult r = saveDesignFile(out, *loaded, true);
               if (!r.ok)
                   qFatal("save failed: %s", qPrintable(r.error));
           }));

    const Template *tmpl = TemplateRegistry::builtin().find(loaded->templateId);
    if (!tmpl)
        qFatal("no template %s", qPrintable(loaded->templateId));
    Report report;
    record(u"check_ms"_s, timeIt(repeat, [&] { report = checkDesign(*loaded, *tmpl, *catalog); }));
    details[u"findings"_s] = report.findings.size();
    record(u"markdown_ms"_s,
           timeIt(repeat, [&] { (void)exportMarkdown(*loaded, *catalog, &report); }));
    record(u"svg_ms"_s, timeIt(repeat, [&] {
               const ImageResult r = renderImage(*loaded, *catalog, ImageFormat::Svg);
               if (!r.ok())
                   qFatal("render failed: %s", qPrintable(r.error));
           }));

    // Whole processes: start, load the catalog and templates, do the work, write, exit.
    const QString markdown = dir + u"/out-%1.md"_s.arg(components);
    const struct
    {
        const char *id;
        QStringList args;
        QList<int> ok;
    } processes[] = {
        {"process_check_ms", {u"check"_s, path}, {0, 1}},
        {"process_export_ms", {u"export"_s, path, u"-o"_s, markdown}, {0}},
        {"process_fmt_ms", {u"fmt"_s, path, u"-o"_s, out}, {0}},
    };
    for (const auto &process : processes) {
        QString failure;
        record(QString::fromLatin1(process.id),
               timeProcess(binary, process.args, repeat, process.ok, &failure));
        if (!failure.isEmpty())
            qFatal("%s", qPrintable(failure));
    }

    QProcess probe;
    probe.start(QCoreApplication::applicationFilePath(), {u"--memory"_s, path});
    if (!probe.waitForFinished(600000) || probe.exitCode() != 0)
        qFatal("memory probe failed: %s", probe.readAllStandardError().constData());
    const QJsonObject memory = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    details[u"memory"_s] = memory;
    (*values)[u"design_bytes_per_component"_s]
        = memory.value(u"design_heap_bytes"_s).toDouble() / std::max(1, components);
    (*values)[u"load_peak_bytes_per_component"_s]
        = memory.value(u"load_peak_rss_bytes"_s).toDouble() / std::max(1, components);
    QFile::remove(out + u".bak"_s);
    return details;
}

QString cell(double v, const QString &unit);

/*!
 * One row per metric (\a suffix picks the CPU-time figures: only the metrics that have them),
 * one column per size, then the verdict against the 10k target and the time ratio of each step
 * of 10x more components (linear cost: at most 12x).
 */
QString formatTable(const QList<int> &sizes, const QList<QHash<QString, double>> &values,
                    const QString &suffix)
{
    QString table = u"%1"_s.arg(QString(), -44);
    for (int n : sizes)
        table += u"%1"_s.arg(n, 10);
    table += u"  %1  %2\n"_s.arg(u"target at 10k"_s, -16).arg(u"10x work = x time"_s);
    const qsizetype at10k = sizes.indexOf(10000);
    for (const Metric &m : metrics()) {
        const QString id = m.id + suffix;
        if (values.isEmpty() || !values.front().contains(id))
            continue;
        table += u"%1"_s.arg(m.title + u" ("_s + m.unit + u')', -44);
        for (const auto &v : values)
            table += u"%1"_s.arg(cell(v.value(id), m.unit), 10);
        QString verdict;
        if (m.target > 0 && at10k >= 0) {
            verdict = values.at(at10k).value(id) <= m.target ? u"≤ %1: met"_s.arg(m.target)
                                                             : u"> %1: MISSED"_s.arg(m.target);
        }
        table += u"  %1"_s.arg(verdict, -16);
        QStringList ratios;
        for (qsizetype i = 1; m.timing && i < sizes.size(); ++i) {
            if (sizes.at(i) != sizes.at(i - 1) * 10 || values.at(i - 1).value(id) <= 0)
                continue;
            const double ratio = values.at(i).value(id) / values.at(i - 1).value(id);
            ratios << u"%1×%2"_s.arg(ratio, 0, 'f', 1).arg(ratio <= 12 ? u""_s : u" MISSED"_s);
        }
        table += u"  "_s + ratios.join(u", "_s) + u'\n';
    }
    return table;
}

QString cell(double v, const QString &unit)
{
    if (unit == u"B"_s)
        return QString::number(qRound64(v));
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char **argv)
{
    // The SVG renderer needs fonts: a GUI application, never a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"MLSD Board core benchmark."_s);
    parser.addHelpOption();
    parser.addOption(
        {u"sizes"_s, u"Comma-separated component counts."_s, u"LIST"_s, u"1000,10000,100000"_s});
    parser.addOption(
        {u"repeat"_s, u"Timed runs per measurement (median reported)."_s, u"N"_s, u"5"_s});
    parser.addOption({u"json"_s, u"Where to write the figures."_s, u"FILE"_s, u"mlsdbench.json"_s});
    parser.addOption(
        {u"binary"_s, u"The mlsdboard binary to time."_s, u"PATH"_s, QStringLiteral(MLSD_BINARY)});
    parser.addOption({u"memory"_s, u"Internal: memory probe of one file."_s, u"FILE"_s});
    parser.process(app);
    if (parser.isSet(u"memory"_s))
        return memoryProbe(parser.value(u"memory"_s));

    QList<int> sizes;
    for (const QString &s : parser.value(u"sizes"_s).split(u',', Qt::SkipEmptyParts))
        sizes << s.toInt();
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());
    QTemporaryDir dir;
    const QString binary = parser.value(u"binary"_s);

    const QString loadBefore = loadAverage();
    print(u"load average before: %1\n"_s.arg(loadBefore));
    QJsonArray results;
    QList<QHash<QString, double>> values;
    for (int n : sizes) {
        print(u"measuring %1 components…\n"_s.arg(n));
        QHash<QString, double> v;
        // Fewer repetitions at the largest size: its runs take seconds each.
        results.append(
            measureSize(n, n >= 100000 ? std::min(repeat, 3) : repeat, dir.path(), binary, &v));
        values << v;
    }

    const qsizetype at10k = sizes.indexOf(10000);
    QJsonObject verdicts;
    for (const Metric &m : metrics()) {
        if (m.target > 0 && at10k >= 0)
            verdicts[m.id] = values.at(at10k).value(m.id) <= m.target;
    }
    QString table
        = u"\nWall-clock time (median of runs) and memory\n"_s + formatTable(sizes, values, {});
    table += u"\nCPU time of the benchmark thread (median; in-process operations only)\n"_s
             + formatTable(sizes, values, u"@cpu"_s);
    print(table);

    const QString loadAfter = loadAverage();
    print(u"\nload average after: %1 (1, 5, 15 minutes; %2 cores)\n"_s.arg(loadAfter).arg(
        QThread::idealThreadCount()));
    const QJsonObject report{{u"machine"_s, machine()},
                             {u"load_average_before"_s, loadBefore},
                             {u"load_average_after"_s, loadAfter},
                             {u"binary"_s, binary},
                             {u"repeat"_s, repeat},
                             {u"sizes"_s, results},
                             {u"targets_met_at_10k"_s, verdicts}};
    QFile json(parser.value(u"json"_s));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(report).toJson()) < 0) {
        std::fprintf(stderr, "mlsdbench: cannot write %s\n", qPrintable(json.fileName()));
        return 2;
    }
    print(u"\nfigures written to %1\n"_s.arg(json.fileName()));
    return 0;
}
