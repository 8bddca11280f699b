// Runs the QML TestCases with the MlsdBoard module and a `testData` helper for file paths.
#include <QDir>
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
    }

private:
    QTemporaryDir m_temp;
};

QUICK_TEST_MAIN_WITH_SETUP(mlsd, Setup)

#include "main.moc"
