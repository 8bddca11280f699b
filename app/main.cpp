// MLSD Board: runs a command-line verb headless, or opens the app.
#include "cli/cli.h"
#include "session/application.h"

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(MlsdBoardPlugin)

int main(int argc, char **argv)
{
    if (mlsd::cli::isCommandLineInvocation(argc, argv))
        return mlsd::cli::run(argc, argv);
    return mlsd::ui::runGui(argc, argv);
}
