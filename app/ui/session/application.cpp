#include "session/application.h"

#include "session/recentfiles.h"
#include "session/recoverystore.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

int runGui(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"mlsdboard"_s);
    QGuiApplication::setApplicationDisplayName(u"MLSD Board"_s);
    QGuiApplication::setOrganizationName(u"mlsdboard"_s);
    QGuiApplication::setApplicationVersion(QLatin1StringView(MLSD_VERSION));
    QGuiApplication::setWindowIcon(QIcon(u":/mlsd/icons/app.svg"_s));
    QGuiApplication::setDesktopFileName(u"mlsdboard"_s);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Basic"_s);

    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, u"A design to open."_s);
    parser.addHelpOption();
    parser.process(app);

    Session session;
    session.setAutosaveDirectory(RecoveryStore::defaultDirectory());
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && session.open(files.front()))
        RecentFiles().add(session.filePath());

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"session"_s, QVariant::fromValue(&session)}});
    engine.load(QUrl(u"qrc:/qt/qml/MlsdBoard/Main/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}

} // namespace mlsd::ui
