// The session as the window uses it: open and save round trips, save as, failures that change
// nothing, files from a newer version (read-only), the undo texts menus show, recent files and
// preferences kept in QSettings.
#include "io/designwriter.h"
#include "session/preferences.h"
#include "session/recentfiles.h"
#include "session/session.h"
#include "testutil.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace mlsd;
using namespace mlsd::ui;
using namespace Qt::StringLiterals;

namespace {

Component ranker()
{
    Component c;
    c.id = u"a"_s;
    c.type = u"ranking"_s;
    return c;
}

QString basicDesign()
{
    return test::sourcePath(u"tests/data/basic/design.mlsd"_s);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void saveThenOpenRoundTrips()
    {
        QTemporaryDir dir;
        Session session;
        QVERIFY(session.open(basicDesign()));
        session.document()->setComponentLabel(u"rk"_s, u"GBDT ranker"_s);
        QVERIFY(session.isModified());

        QSignalSpy modified(&session, &Session::modifiedChanged);
        QSignalSpy path(&session, &Session::filePathChanged);
        const QString file = dir.filePath(u"copy.mlsd"_s);
        QVERIFY2(session.saveAs(QUrl::fromLocalFile(file).toString()),
                 qPrintable(session.errorMessage()));
        QVERIFY(!session.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(path.count(), 1);
        QCOMPARE(session.filePath(), file);
        QCOMPARE(session.fileName(), u"copy.mlsd"_s);
        QCOMPARE(session.folderUrl(), QUrl::fromLocalFile(dir.path()));

        Session reopened;
        QVERIFY(reopened.open(file));
        QCOMPARE(reopened.componentLabel(u"rk"_s), u"GBDT ranker"_s);
        QCOMPARE(serializeDesign(reopened.document()->design()),
                 serializeDesign(session.document()->design()));
    }

    void saveAsAddsTheSuffix()
    {
        QTemporaryDir dir;
        Session session;
        session.document()->addComponent(ranker());
        QVERIFY(session.saveAs(dir.filePath(u"plain"_s)));
        QCOMPARE(session.fileName(), u"plain.mlsd"_s);
        QVERIFY(QFile::exists(dir.filePath(u"plain.mlsd"_s)));
    }

    void aPathTypedIntoTheFileDialogIsTakenAsTyped()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"current"_s);
        QVERIFY(QDir().mkpath(folder));
        const QUrl folderUrl = QUrl::fromLocalFile(folder);
        const QString typed
            = dir.filePath(u"elsewhere.mlsd"_s); // an absolute path typed by the user
        // Qt 6.4's dialog glues it to its current folder; the folder that gives does not exist.
        QCOMPARE(Session::dialogFile(QUrl::fromLocalFile(folder + typed), folderUrl), typed);
        // A plain name chosen in the current folder is kept.
        const QString plain = folder + u"/plain.mlsd"_s;
        QCOMPARE(Session::dialogFile(QUrl::fromLocalFile(plain), folderUrl), plain);
        // A path in a folder that exists nowhere stays what it was (the save fails with its name).
        const QString nowhere = folder + u"/no/such/folder/x.mlsd"_s;
        QCOMPARE(Session::dialogFile(QUrl::fromLocalFile(nowhere), folderUrl), nowhere);
    }

    void saveWithoutAFileFails()
    {
        Session session;
        session.document()->addComponent(ranker());
        QVERIFY(!session.save());
        QVERIFY(!session.errorMessage().isEmpty());
        QVERIFY(session.isModified());
    }

    void aFailedOpenChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::newRow("syntax") << QByteArray("{ \"format\": \"mlsd-board\", ")
                                << u"broken.mlsd:1:"_s;
        QTest::newRow("schema") << QByteArray(
            R"({"format": "mlsd-board", "version": 1, "components": [{"id": "a", "type": 3}]})")
                                << u"/components/0/type"_s;
        QTest::newRow("not a design") << QByteArray(R"({"hello": 1})") << u"broken.mlsd"_s;
    }
    void aFailedOpenChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"broken.mlsd"_s);
        QVERIFY(test::writeFile(file, content));
        Session session;
        QVERIFY(session.open(basicDesign()));
        session.document()->setComponentLabel(u"rk"_s, u"edited"_s);
        QSignalSpy reset(&session, &Session::designReset);

        QVERIFY(!session.open(file));
        QVERIFY2(session.errorMessage().contains(expected), qPrintable(session.errorMessage()));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(session.filePath(), basicDesign());
        QCOMPARE(session.componentLabel(u"rk"_s), u"edited"_s);
        QVERIFY(session.isModified());
    }

    void aNewerFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"future.mlsd"_s);
        QVERIFY(
            test::writeFile(file, R"({"format": "mlsd-board", "version": 99, "components": []})"));
        Session session;
        QVERIFY(session.open(file));
        QVERIFY(session.isReadOnly());
        QVERIFY(!session.readOnlyReason().isEmpty());
        // Saving over it is refused; saving a copy is allowed and makes the copy editable.
        session.document()->addComponent(ranker());
        QVERIFY(!session.save());
        QVERIFY(session.errorMessage().contains(u"read-only"_s));
        QCOMPARE(test::readFile(file),
                 QByteArray(R"({"format": "mlsd-board", "version": 99, "components": []})"));
        QSignalSpy readOnly(&session, &Session::readOnlyChanged);
        QVERIFY(session.saveAs(dir.filePath(u"mine.mlsd"_s)));
        QVERIFY(!session.isReadOnly());
        QVERIFY(readOnly.count() >= 1);
    }

    void titleFollowsTheDesignThenTheFile()
    {
        QTemporaryDir dir;
        Session session;
        QCOMPARE(session.title(), u"Untitled design"_s);
        QVERIFY(session.saveAs(dir.filePath(u"homepage.mlsd"_s)));
        QCOMPARE(session.title(), u"homepage"_s);
        QSignalSpy title(&session, &Session::titleChanged);
        session.setDesignTitle(u"Homepage recommendations"_s);
        QCOMPARE(session.title(), u"Homepage recommendations"_s);
        QCOMPARE(title.count(), 1);
        session.history()->undo();
        QCOMPARE(session.title(), u"homepage"_s);
    }

    void newDesignEmptiesEverything()
    {
        Session session;
        QVERIFY(session.open(basicDesign()));
        session.selection()->selectAll();
        session.newDesign();
        QCOMPARE(session.componentCount(), 0);
        QCOMPARE(session.filePath(), QString());
        QVERIFY(session.selection()->isEmpty());
        QVERIFY(!session.isModified());
        QVERIFY(!session.history()->canUndo());
    }

    void unknownTemplateIsAnError()
    {
        Session session;
        QVERIFY(!session.newFromTemplate(u"no-such-template"_s));
        QVERIFY(session.errorMessage().contains(u"no-such-template"_s));
    }

    void isDesignFile_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("expected");
        QTest::newRow("mlsd") << QUrl::fromLocalFile(u"/tmp/a.mlsd"_s) << true;
        QTest::newRow("upper case") << QUrl::fromLocalFile(u"/tmp/A.MLSD"_s) << true;
        QTest::newRow("json") << QUrl::fromLocalFile(u"/tmp/a.json"_s) << true;
        QTest::newRow("png") << QUrl::fromLocalFile(u"/tmp/a.png"_s) << false;
        QTest::newRow("remote") << QUrl(u"https://example.invalid/a.mlsd"_s) << false;
    }
    void isDesignFile()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, expected);
        QCOMPARE(Session::isDesignFile(url), expected);
    }

    void undoTextsNameTheStep()
    {
        Session session;
        QVERIFY(session.open(basicDesign()));
        UndoAdapter *history = session.history();
        QVERIFY(!history->canUndo());
        QSignalSpy changed(history, &UndoAdapter::changed);
        session.document()->moveComponents({u"cg1"_s, u"flt"_s, u"rk"_s}, {10, 0});
        QVERIFY(history->canUndo());
        QVERIFY2(history->undoText().startsWith(u"Move 3 component"_s),
                 qPrintable(history->undoText()));
        QVERIFY(changed.count() >= 1);
        history->undo();
        QVERIFY(!history->canUndo());
        QVERIFY(history->canRedo());
        QVERIFY(history->redoText().startsWith(u"Move 3 component"_s));
        history->redo();
        QCOMPARE(session.document()->design().component(u"cg1"_s)->x, 50.0);
    }

    void typingIsOneUndoStepUntilSealed()
    {
        Session session;
        QVERIFY(session.open(basicDesign()));
        for (const QString &s : {u"D"_s, u"DC"_s, u"DCN"_s})
            session.document()->setComponentLabel(u"rk"_s, s);
        session.sealMerge();
        session.document()->setComponentLabel(u"rk"_s, u"DCN v2"_s);
        session.history()->undo();
        QCOMPARE(session.componentLabel(u"rk"_s), u"DCN"_s);
        session.history()->undo();
        QCOMPARE(session.componentLabel(u"rk"_s), u"DCN ranker"_s);
    }

    void recentFilesKeepTheNewestFirst()
    {
        QTemporaryDir dir;
        RecentFiles recent;
        recent.clear();
        QSignalSpy changed(&recent, &RecentFiles::pathsChanged);
        QStringList files;
        for (int i = 0; i < RecentFiles::maxEntries + 2; ++i) {
            files << dir.filePath(u"d%1.mlsd"_s.arg(i));
            QVERIFY(test::writeFile(files.last(), "{}"));
            recent.add(files.last());
        }
        QCOMPARE(recent.paths().size(), RecentFiles::maxEntries);
        QCOMPARE(recent.paths().front(), files.last());
        // Opening an older one again moves it to the front without a duplicate.
        recent.add(QUrl::fromLocalFile(files.at(5)).toString());
        QCOMPARE(recent.paths().front(), files.at(5));
        QCOMPARE(recent.paths().count(files.at(5)), 1);
        // A file that went away is not offered; another instance sees the same list.
        QFile::remove(files.last());
        QVERIFY(!recent.paths().contains(files.last()));
        QCOMPARE(RecentFiles().paths(), recent.paths());
        QVERIFY(changed.count() >= RecentFiles::maxEntries);
        recent.remove(files.at(5));
        QVERIFY(!recent.paths().contains(files.at(5)));
        recent.clear();
        QVERIFY(recent.paths().isEmpty());
    }

    void preferencesAreRemembered()
    {
        {
            Preferences p;
            QSignalSpy theme(&p, &Preferences::themeModeChanged);
            p.setThemeMode(u"dark"_s);
            p.setThemeMode(u"dark"_s);
            QCOMPARE(theme.count(), 1);
            p.setShowGrid(false);
            p.setThemeMode(u"purple"_s); // unknown: back to following the system
            QCOMPARE(p.themeMode(), u"system"_s);
            p.setThemeMode(u"light"_s);
        }
        Preferences again;
        QCOMPARE(again.themeMode(), u"light"_s);
        QCOMPARE(again.showGrid(), false);
        QCOMPARE(again.snapToGrid(), true);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_ui_session.moc"
