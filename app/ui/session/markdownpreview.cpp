#include "session/markdownpreview.h"

#include "export/markdownrenderer.h"

namespace mlsd::ui {

QString MarkdownPreview::toRichText(const QString &markdown)
{
    return markdown::toRichText(markdown);
}

} // namespace mlsd::ui
