#include "fuzzcommon.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace mlsd::fuzz {

void ensureApplication(bool gui)
{
    // Never destroyed: libFuzzer ends with exit(), after which Qt's own globals are gone.
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    if (gui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = new QGuiApplication(argc, argv);
    } else {
        app = new QCoreApplication(argc, argv);
    }
}

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "\nPROPERTY FAILED: %s\n%s\n", what, detail.left(2000).constData());
    std::abort();
}

} // namespace mlsd::fuzz
