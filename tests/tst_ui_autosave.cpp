// Autosave and crash recovery: debounced writes off the GUI thread, the recovery file removed on a
// clean save or close, and the whole path of a crash: a real process writes a recovery file and
// dies without cleaning up; a fresh start lists it, restores it (modified, with its original file)
// and discards it.
#include "io/designreader.h"
#include "io/designwriter.h"
#include "model/document.h"
#include "panels/recoverymodel.h"
#include "session/autosave.h"
#include "session/recoverystore.h"
#include "session/session.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

namespace {

Component component(const QString &id, const QString &type)
{
    Component c;
    c.id = id;
    c.type = type;
    c.label = type;
    return c;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

/// The child process of testCrashLeavesARecoveryFileThatIsOffered(): edits a design, lets the
/// autosave write it, then is killed with SIGKILL (no destructor, no flush: as a crash would).
int crashingWriter(const QString &dir, const QString &originalPath)
{
    Document doc;
    Design d;
    d.title = u"Crashed design"_s;
    doc.resetDesign(d, originalPath);
    Autosave autosave(&doc, dir);
    autosave.setDelay(10);
    doc.addComponent(component(u"rk"_s, u"ranking"_s));
    doc.setComponentLabel(u"rk"_s, u"Unsaved ranker"_s);
    QSignalSpy written(&autosave, &Autosave::written);
    if (!written.wait(5000) || !written.front().at(0).toBool())
        return 3;
    ::raise(SIGKILL);
    return 4; // not reached
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void aBurstOfEditsIsWrittenOnceAfterTheDelay()
    {
        QTemporaryDir dir;
        Document doc;
        Autosave autosave(&doc, dir.path());
        autosave.setDelay(200);
        QSignalSpy written(&autosave, &Autosave::written);

        doc.addComponent(component(u"a"_s, u"ranking"_s));
        for (int i = 0; i < 20; ++i)
            doc.setComponentLabel(u"a"_s, u"typing "_s + QString::number(i));
        QVERIFY(autosave.isPending());
        QCOMPARE(autosave.writeCount(), 0); // nothing written while the burst goes on

        QVERIFY(written.wait(5000));
        QCOMPARE(written.count(), 1);
        QCOMPARE(autosave.writeCount(), 1);
        QVERIFY(written.front().at(0).toBool());
        const RecoveryStore &store = autosave.store();
        const LoadResult saved = loadDesignFile(store.designPath(autosave.id()), nullptr);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(saved.design->component(u"a"_s)->label, u"typing 19"_s);
    }

    void anUnmodifiedDocumentIsNotWritten()
    {
        QTemporaryDir dir;
        Document doc;
        Autosave autosave(&doc, dir.path());
        doc.resetDesign(Design());
        autosave.flush();
        QCOMPARE(autosave.writeCount(), 0);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void aCleanSaveRemovesTheRecoveryFile()
    {
        QTemporaryDir dir;
        QTemporaryDir work;
        Document doc;
        Autosave autosave(&doc, dir.path());
        doc.addComponent(component(u"a"_s, u"ranking"_s));
        autosave.flush();
        QVERIFY(QFile::exists(autosave.store().designPath(autosave.id())));

        QString error;
        QVERIFY(doc.save(work.filePath(u"d.mlsd"_s), &error));
        QVERIFY(!QFile::exists(autosave.store().designPath(autosave.id())));
        QVERIFY(!QFile::exists(autosave.store().metaPath(autosave.id())));
        QVERIFY(!QFile::exists(autosave.store().lockPath(autosave.id())));
    }

    void undoingBackToTheSavedStateRemovesIt()
    {
        QTemporaryDir dir;
        Document doc;
        Autosave autosave(&doc, dir.path());
        doc.addComponent(component(u"a"_s, u"ranking"_s));
        autosave.flush();
        QVERIFY(QFile::exists(autosave.store().designPath(autosave.id())));
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QVERIFY(!QFile::exists(autosave.store().designPath(autosave.id())));
    }

    void aCleanCloseRemovesIt()
    {
        QTemporaryDir dir;
        QString path;
        {
            Document doc;
            Autosave autosave(&doc, dir.path());
            doc.addComponent(component(u"a"_s, u"ranking"_s));
            autosave.flush();
            path = autosave.store().designPath(autosave.id());
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void aLiveSessionIsNotOffered()
    {
        QTemporaryDir dir;
        Document doc;
        Autosave autosave(&doc, dir.path());
        doc.addComponent(component(u"a"_s, u"ranking"_s));
        autosave.flush();
        QVERIFY(RecoveryStore(dir.path()).orphans().isEmpty());
        QVERIFY(!RecoveryStore(dir.path()).remove(autosave.id())); // its lock is held
    }

    void testCrashLeavesARecoveryFileThatIsOffered()
    {
        QTemporaryDir dir;
        QTemporaryDir work;
        const QString original = work.filePath(u"homepage.mlsd"_s);

        // A real process edits, autosaves and crashes.
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--crashing-writer"_s, dir.path(), original});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not a return of 3 or 4
        QVERIFY(!filesIn(dir.path()).isEmpty());

        // A fresh start: the model lists what the crash left.
        RecoveryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectory(dir.path());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(model.data(row, RecoveryModel::TitleRole).toString(), u"Crashed design"_s);
        QCOMPARE(model.data(row, RecoveryModel::OriginalPathRole).toString(), original);

        // Restoring brings the edit back, modified, bound to the original file.
        Session session;
        QVERIFY(session.restoreRecovery(model.designPath(0), model.originalPath(0)));
        QCOMPARE(session.componentCount(), 1);
        QCOMPARE(session.componentLabel(u"rk"_s), u"Unsaved ranker"_s);
        QVERIFY(session.isModified());
        QCOMPARE(session.filePath(), original);

        // Discarding the entry removes its files.
        model.discard(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void aRestoredDesignIsAutosavedAgainAtOnce()
    {
        QTemporaryDir recovery;
        QTemporaryDir work;
        Design d;
        d.appendComponent(component(u"a"_s, u"filtering"_s));
        const QString file = work.filePath(u"left.mlsd"_s);
        QVERIFY(saveDesignFile(file, d, false).ok);

        Session session;
        session.setAutosaveDirectory(recovery.path());
        QVERIFY(session.restoreRecovery(file, {}));
        QVERIFY(session.isModified());
        // The restored content is protected before the old entry is discarded.
        const QString ours = session.autosave()->store().designPath(session.autosave()->id());
        QVERIFY(QFile::exists(ours));
        QVERIFY(loadDesignFile(ours, nullptr).design->component(u"a"_s));
    }

    void aBrokenRecoveryFileIsReportedAndChangesNothing()
    {
        QTemporaryDir work;
        const QString file = work.filePath(u"broken.mlsd"_s);
        QVERIFY(test::writeFile(file, "{ not json"));
        Session session;
        QVERIFY(session.open(test::sourcePath(u"tests/data/basic/design.mlsd"_s)));
        QVERIFY(!session.restoreRecovery(file, {}));
        QCOMPARE(session.componentCount(), 4);
        QVERIFY(!session.isModified());
        QVERIFY(session.errorMessage().contains(u"broken.mlsd"_s));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--crashing-writer") == 0)
        return crashingWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_autosave.moc"
