#pragma once

namespace mlsd::ui {

/// Starts the GUI: the QML engine on Main.qml, opening the file named in argv if any.
int runGui(int argc, char **argv);

} // namespace mlsd::ui
