#pragma once

#include <QStringList>

namespace mlsd::cli {

/*!
 * A command-line verb. Each verb lives in its own file (`app/cli/<verb>command.cpp`) and registers
 * itself with a static VerbRegistration, so adding a verb touches no shared file.
 */
struct Verb
{
    const char *name;
    int (*run)(const QStringList &args); ///< the arguments after the verb name
    bool needsGui;            ///< needs a QGuiApplication (fonts, QPainter); runs on "offscreen"
    const char *synopsis;     ///< e.g. "fmt FILE [-o OUT] [--check]"
    const char *summary;      ///< one line
    int order;                ///< position in --help
    bool opensWindow = false; ///< shows a window (bench-canvas): keeps the platform the user has
};

/// Registers a verb at static-initialisation time.
struct VerbRegistration
{
    explicit VerbRegistration(const Verb &verb);
};

/// All registered verbs, in help order.
[[nodiscard]] QList<Verb> registeredVerbs();

} // namespace mlsd::cli
