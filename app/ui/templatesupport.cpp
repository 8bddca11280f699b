#include "templatesupport.h"

#include "document.h"

namespace mlsd::ui {

// The template registry and the checker land from the `checker` branch; until then no template
// suggests annotations, a check reports nothing and no fix applies.

QList<TemplateInfo> installedTemplates()
{
    return {};
}

bool starterDesignFor(const QString &templateId, Design *design)
{
    Q_UNUSED(templateId);
    Q_UNUSED(design);
    return false;
}

QStringList templateAnnotationKeys(const QString &templateId, const QString &type)
{
    Q_UNUSED(templateId);
    Q_UNUSED(type);
    return {};
}

Report checkAgainstTemplate(const Design &design)
{
    Q_UNUSED(design);
    return {};
}

bool applyTemplateFix(Document &document, const Fix &fix)
{
    Q_UNUSED(document);
    Q_UNUSED(fix);
    return false;
}

} // namespace mlsd::ui
