#include "session/templatesupport.h"

#include "check/checker.h"
#include "check/fixes.h"
#include "check/starter.h"
#include "check/templates.h"
#include "model/catalog.h"
#include "model/document.h"

namespace mlsd::ui {

QList<TemplateInfo> installedTemplates()
{
    QList<TemplateInfo> out;
    for (const Template *t : TemplateRegistry::builtin().templates())
        out << TemplateInfo{t->id, t->name, t->description, t->guide};
    return out;
}

bool starterDesignFor(const QString &templateId, Design *design)
{
    const Template *t = TemplateRegistry::builtin().find(templateId);
    if (!t)
        return false;
    *design = starterDesign(*t, Catalog::builtin());
    design->templateId = t->id;
    return true;
}

QStringList templateAnnotationKeys(const QString &templateId, const QString &type)
{
    const Template *t = TemplateRegistry::builtin().find(templateId);
    if (!t || type.isEmpty())
        return {};
    // Types the template counts as another stage (a ranking service as serving) get that
    // stage's annotations too.
    QStringList stages{type};
    for (const Rule *r : t->stageRules()) {
        if (r->accept.contains(type))
            stages << r->stage;
    }
    QStringList keys;
    for (const Rule &r : t->rules) {
        if (r.kind != RuleKind::Annotation)
            continue;
        const bool applies = std::any_of(stages.cbegin(), stages.cend(),
                                         [&](const QString &s) { return r.stages.contains(s); });
        if (applies)
            keys += r.annotations;
    }
    keys.removeDuplicates();
    return keys;
}

Report checkAgainstTemplate(const Design &design)
{
    const Template *t = TemplateRegistry::builtin().find(design.templateId);
    if (!t)
        return {};
    return checkDesign(design, *t, Catalog::builtin());
}

bool applyTemplateFix(Document &document, const Fix &fix)
{
    return applyFix(document, fix, Catalog::builtin());
}

} // namespace mlsd::ui
