#pragma once

#include "model/design.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/*!
 * \file checkreport.h
 * What the checker says about a design (docs/architecture.md "The checker"). The JSON form of
 * the report is public: `mlsdboard check --format json` prints it and CI scripts read it.
 */

namespace mlsd {

enum class Severity { Error, Warning, Info };

[[nodiscard]] QString severityId(Severity severity); ///< "error", "warning", "info"

/*!
 * A fix the app can apply as one undo step (applyFix(), fixes.h): add a component of \a stage,
 * wired after the components \a after and before the components \a before (e.g. add filtering
 * between retrieval and ranking; a direct connection between them is replaced), or, with
 * \a connectOnly, connect every component of \a after to every one of \a before. The checker
 * only attaches a fix it can apply.
 */
struct Fix
{
    QString stage;            ///< catalog id of the component to add; empty with connectOnly
    QStringList after;        ///< component ids the new component is fed by
    QStringList before;       ///< component ids the new component feeds
    QString description;      ///< e.g. "Add Filtering between Candidate retrieval and Ranking"
    bool connectOnly = false; ///< add no component: connect \a after → \a before
    bool operator==(const Fix &) const = default;
};

struct Finding
{
    QString rule; ///< "<template>/<name>"
    QString kind; ///< stage, order, reach, not_reach, loop, annotation, brief
    Severity severity = Severity::Warning;
    QString stage;          ///< the catalog id the finding is about (may be empty: brief)
    QStringList components; ///< component ids involved, most relevant first
    QString message;
    QString hint;
    QString guide; ///< guide section, e.g. "Recommendation System › 9. Stages of a Ranking System
                   ///< Funnel"
    bool suppressed = false;
    QString suppressionReason;
    std::optional<Fix> fix;
    bool operator==(const Finding &) const = default;
};

/// A stage the template asks for, and whether the design has it (the Markdown task list).
struct StageStatus
{
    QString stage;        ///< catalog id
    QString name;         ///< display name
    bool required = true; ///< false: recommended
    int minCount = 1;
    QStringList components; ///< components performing it (type or fulfills)
    [[nodiscard]] bool present() const { return components.size() >= minCount; }
    bool operator==(const StageStatus &) const = default;
};

struct Report
{
    QString title;
    QString templateId;
    QString templateName;
    QString templateGuide; ///< the guide section the template follows
    int required = 0;      ///< coverage: required stages
    int present = 0;       ///< coverage: required stages present
    int errors = 0;        ///< unsuppressed findings by severity
    int warnings = 0;
    int infos = 0;
    int suppressedCount = 0;
    QList<StageStatus> stages; ///< template stages in flow order
    QList<Finding> findings;   ///< errors first, then warnings, then infos; stable within
};

} // namespace mlsd
