// Crash safety of saving: a process saving a large design (5,000 components, 2.8 MB) is killed
// with SIGKILL at random moments, over and over; every time, the file on disk (and its .bak) is
// one complete version or the other, byte for byte, and loads, and nothing else is left beside it.
// Two writers are killed: the app's save path (Document::save, which keeps FILE.bak; run here in a
// child copy of this test executable) and the real binary's `mlsdboard fmt IN -o OUT`.
#include "testutil.h"

#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/catalog.h"
#include "model/designgenerator.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

constexpr int rounds = 50;
constexpr int components = 5000;

/// The two versions the writers alternate between: same size class, different content.
Design version(int which)
{
    return generateSyntheticDesign({components + which * 7, quint32(100 + which)});
}

/// Child mode: loads the two versions from \a versionsDir, then saves versions 1, 0, 1, 0, … to
/// \a path through Document::save until killed; after two saves prints "ready MICROSECONDS", the
/// time one save took.
int saveForever(const QString &path, const QString &versionsDir)
{
    std::optional<Design> designs[2];
    for (int i = 0; i < 2; ++i) {
        designs[i]
            = loadDesignFile(versionsDir + u"/v%1.mlsd"_s.arg(i), &Catalog::builtin()).design;
        if (!designs[i])
            return 3;
    }
    Document document;
    QElapsedTimer timer;
    for (int i = 1;; ++i) {
        if (i == 2)
            timer.start();
        document.resetDesign(*designs[i % 2], path);
        QString error;
        if (!document.save(path, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 3;
        }
        if (i == 2) {
            std::printf("ready %lld\n", timer.nsecsElapsed() / 1000);
            std::fflush(stdout);
        }
    }
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAppSaveLeavesOneCompleteVersion();
    void killedFmtLeavesOneCompleteVersion();

private:
    /// Checks that \a path holds exactly one of \a versions; returns what is wrong otherwise.
    static QString checkOneOf(const QString &path, const QList<QByteArray> &versions);

    QList<QByteArray> m_versions;
    QTemporaryDir m_versionsDir; ///< v0.mlsd, v1.mlsd
    QRandomGenerator m_random;
};

void TestCrashSafety::initTestCase()
{
    m_versions = {serializeDesign(version(0)), serializeDesign(version(1))};
    QVERIFY(m_versions[0] != m_versions[1]);
    QVERIFY(m_versions[0].size() > 2 * 1024 * 1024);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(loadDesign(m_versions[i], u"v.mlsd"_s, &Catalog::builtin()).ok());
        QVERIFY(test::writeFile(m_versionsDir.filePath(u"v%1.mlsd"_s.arg(i)), m_versions[i]));
    }
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random kill delays from seed %u", seed);
    m_random.seed(seed);
}

QString TestCrashSafety::checkOneOf(const QString &path, const QList<QByteArray> &versions)
{
    // Both versions load (initTestCase), so being one of them byte for byte is being complete.
    const QByteArray onDisk = test::readFile(path);
    if (!versions.contains(onDisk))
        return u"%1 holds %2 bytes that are neither version (%3 or %4 bytes)"_s.arg(path)
            .arg(onDisk.size())
            .arg(versions[0].size())
            .arg(versions[1].size());
    return {};
}

void TestCrashSafety::killedAppSaveLeavesOneCompleteVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"design.mlsd"_s);
    QVERIFY(test::writeFile(path, m_versions[0]));
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MLSD_CRASHSAFETY_SAVE"_s, path);
        env.insert(u"MLSD_CRASHSAFETY_VERSIONS"_s, m_versionsDir.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
        const QByteArray ready = child.readLine();
        QVERIFY2(ready.startsWith("ready "), ready.constData());
        const quint32 saveUs = std::max(1000u, ready.mid(6).trimmed().toUInt());
        // The child does nothing but save: a kill at a random moment of its next two saves lands
        // anywhere in one of them (serializing, writing the backup, writing, renaming).
        QThread::usleep(m_random.bounded(2 * saveUs));
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QString problem = checkOneOf(path, m_versions);
        QVERIFY2(problem.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(problem)));
        const QString problemBak = checkOneOf(path + u".bak"_s, m_versions);
        QVERIFY2(problemBak.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(problemBak)));
        // Nothing else is left beside the file and its backup.
        // Beside the file and its backup, at most the complete copy a kill between QSaveFile's
        // naming its copy and renaming it leaves (the file's name, a dot, six letters).
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            if (name == u"design.mlsd"_s || name == u"design.mlsd.bak"_s)
                continue;
            QVERIFY2(QRegularExpression(u"^design\\.mlsd(\\.bak)?\\.[A-Za-z0-9]{6}$"_s)
                         .match(name)
                         .hasMatch(),
                     qPrintable(u"round %1 left %2"_s.arg(round).arg(name)));
            const QString problemCopy = checkOneOf(dir.filePath(name), m_versions);
            QVERIFY2(problemCopy.isEmpty(),
                     qPrintable(u"round %1: %2"_s.arg(round).arg(problemCopy)));
        }
    }
    // The next save removes such copies: nothing is left but the file and its backup.
    const QByteArray onDisk = test::readFile(path);
    const QByteArray other = onDisk == m_versions[0] ? m_versions[1] : m_versions[0];
    QVERIFY(writeFileAtomically(path, other).ok);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             (QStringList{u"design.mlsd"_s, u"design.mlsd.bak"_s}));
}

void TestCrashSafety::killedFmtLeavesOneCompleteVersion()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in.mlsd"_s);
    const QString out = dir.filePath(u"out.mlsd"_s);
    QVERIFY(test::writeFile(in, m_versions[1]));
    QVERIFY(test::writeFile(out, m_versions[0]));
    const QString binary = qEnvironmentVariable("MLSD_BINARY");
    QVERIFY2(QFileInfo(binary).isExecutable(), "set MLSD_BINARY to the mlsdboard binary");

    // How long one whole fmt takes here, to spread the kills over it.
    QElapsedTimer timer;
    timer.start();
    const test::Run whole = test::runCli({u"fmt"_s, in, u"-o"_s, out});
    QCOMPARE(whole.exitCode, 0);
    const qint64 wholeMs = std::max<qint64>(timer.elapsed(), 10);
    QCOMPARE(test::readFile(out), m_versions[1]);

    int interrupted = 0;
    for (int round = 0; round < rounds; ++round) {
        // Start from the old version each round, so a kill before the rename must leave it.
        QVERIFY(test::writeFile(out, m_versions[0]));
        QProcess child;
        child.setStandardInputFile(QProcess::nullDevice());
        child.start(binary, {u"fmt"_s, in, u"-o"_s, out});
        QVERIFY(child.waitForStarted());
        QThread::usleep(m_random.bounded(quint32(wholeMs * 1000)));
        child.kill();
        QVERIFY(child.waitForFinished());
        interrupted += child.exitStatus() == QProcess::CrashExit ? 1 : 0;
        const QString problem = checkOneOf(out, m_versions);
        QVERIFY2(problem.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(problem)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{u"in.mlsd"_s, u"out.mlsd"_s}));
    }
    qInfo("%d of %d runs were killed before they finished (whole run %lld ms)", interrupted, rounds,
          wholeMs);
}

int main(int argc, char **argv)
{
    if (const QString path = qEnvironmentVariable("MLSD_CRASHSAFETY_SAVE"); !path.isEmpty()) {
        QCoreApplication app(argc, argv);
        return saveForever(path, qEnvironmentVariable("MLSD_CRASHSAFETY_VERSIONS"));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
