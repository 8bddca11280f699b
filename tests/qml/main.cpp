// Runs the QML TestCases with the MlsdBoard module and a `testData` helper for file paths.
#include <QDir>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MlsdBoardPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Paths the tests read (the source tree) and write (a fresh folder per run).
        engine->rootContext()->setContextProperty(QStringLiteral("sourceDir"),
                                                  QStringLiteral(MLSD_SOURCE_DIR));
        engine->rootContext()->setContextProperty(QStringLiteral("tempDir"), m_temp.path());
        engine->rootContext()->setContextProperty(QStringLiteral("recoveryFixtureDir"),
                                                  recoveryFixture());
    }

private:
    /// A recovery folder as a crashed session leaves it: one autosaved design (its .mlsd and
    /// .json) whose lock is gone.
    QString recoveryFixture() const
    {
        const QString dir = QDir(m_temp.path()).filePath(QStringLiteral("recovery-fixture"));
        QDir().mkpath(dir);
        QFile::remove(dir + QStringLiteral("/crashed.mlsd"));
        QFile::copy(QStringLiteral(MLSD_SOURCE_DIR "/tests/data/basic/design.mlsd"),
                    dir + QStringLiteral("/crashed.mlsd"));
        QFile meta(dir + QStringLiteral("/crashed.json"));
        if (meta.open(QIODevice::WriteOnly | QIODevice::Truncate))
            meta.write(
                R"({"title": "Crashed design", "original": "", "saved": "2026-11-29T10:00:00.000Z"})");
        return dir;
    }

    QTemporaryDir m_temp;
};

QUICK_TEST_MAIN_WITH_SETUP(mlsd, Setup)

#include "main.moc"
