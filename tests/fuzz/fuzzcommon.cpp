#include "fuzzcommon.h"

#include "catalog.h"
#include "checker.h"
#include "designreader.h"
#include "templates.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace mlsd::fuzz {

using namespace Qt::StringLiterals;

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

bool loadChecked(const QByteArray &input, Design *design, std::optional<Report> *report)
{
    LoadResult loaded = loadDesign(input, u"fuzz.mlsd"_s, &Catalog::builtin());
    if (!loaded.ok())
        return false;
    *design = std::move(*loaded.design);
    report->reset();
    if (const Template *tmpl = TemplateRegistry::builtin().find(design->templateId))
        *report = checkDesign(*design, *tmpl, Catalog::builtin());
    return true;
}

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "\nPROPERTY FAILED: %s\n%s\n", what, detail.left(2000).constData());
    std::abort();
}

} // namespace mlsd::fuzz
