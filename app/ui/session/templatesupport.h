#pragma once

#include "check/checkreport.h"

#include <QString>
#include <QStringList>

namespace mlsd {
class Document;
}

/*!
 * \file templatesupport.h
 * What the window needs from the framework templates and the checker, in one place so the
 * adapters do not depend on the template registry's details.
 */

namespace mlsd::ui {

/// A template as the pickers list it.
struct TemplateInfo
{
    QString id;
    QString name;
    QString description;
    QString guide;
};

/// The installed templates, in registry order.
[[nodiscard]] QList<TemplateInfo> installedTemplates();

/// A starter design for template \a templateId (its stages laid out); false for an unknown id.
bool starterDesignFor(const QString &templateId, mlsd::Design *design);

/// Annotation ids template \a templateId checks on components of catalog type \a type.
[[nodiscard]] QStringList templateAnnotationKeys(const QString &templateId, const QString &type);

/// Checks \a design against its template with the built-in catalog. Thread-safe.
[[nodiscard]] mlsd::Report checkAgainstTemplate(const mlsd::Design &design);

/// Applies \a fix to \a document as one undo step; false when it cannot be applied.
bool applyTemplateFix(mlsd::Document &document, const mlsd::Fix &fix);

} // namespace mlsd::ui
