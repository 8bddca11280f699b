#pragma once

#include "check/checkreport.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

/*!
 * \file templaterule.h
 * One rule of a framework template (docs/architecture.md "The checker"), as loaded from
 * `templates/<id>.json`. The checker (checker.h) evaluates rules; the loader (templateloader.h)
 * builds and validates them.
 */

namespace mlsd {

/// The rule kinds of a template. Their ids are the `kind` of a finding (docs/cli.md).
enum class RuleKind { Stage, Order, Reach, NotReach, Loop, Annotation, Brief };

[[nodiscard]] QString ruleKindId(RuleKind kind);
/// Parses a rule kind id; false for an unknown id.
[[nodiscard]] bool parseRuleKind(const QString &id, RuleKind *kind);
/// Parses "error", "warning", "info"; false otherwise.
[[nodiscard]] bool parseSeverity(const QString &id, Severity *severity);

/*!
 * When a rule applies. Every non-empty part must hold: the design performs at least one of
 * \a stages; some component carries at least one of \a annotations; every section of \a brief
 * is filled.
 */
struct RuleCondition
{
    QStringList stages;
    QStringList annotations;
    QStringList brief;
    [[nodiscard]] bool isEmpty() const
    {
        return stages.isEmpty() && annotations.isEmpty() && brief.isEmpty();
    }
};

/*!
 * How the checker may repair a finding of a rule: add the rule's stage wired after components
 * of \a after and before components of \a before (stage rules), or connect the two ends of the
 * break (\a connect: reach and loop rules).
 */
struct RuleFix
{
    QStringList after;  ///< stage ids
    QStringList before; ///< stage ids
    bool connect = false;
};

/*!
 * A template rule. Which fields matter depends on \a kind:
 * - Stage: \a stage must be performed by at least \a min components. \a accept lists other
 *   types that count as this stage throughout the template (a ranking service counts as
 *   serving). \a required stages count in the coverage; others are recommended.
 * - Order: \a stages is a chain; each stage present must be reached from the previous present
 *   one on the flow, with loops cut (checker.h); with \a each, every component of a stage must
 *   be reached from a component of the previous one.
 * - Reach: some component of \a from (every one with \a each) must feed one of \a to. With
 *   \a via set, the path may only pass through components of those stages (empty: direct).
 * - NotReach: no component of \a from may feed one of \a to, except through a component of
 *   \a via (e.g. model training).
 * - Loop: a cycle must run through \a stages in this order, back to the first.
 * - Annotation: every component (or with \a any, at least one) of \a stages carries one of
 *   \a annotations; with \a pattern, its text (those annotations, plus label and notes when
 *   \a includeNotes) must match it; \a skipEmpty ignores components with no such text.
 * - Brief: the \a sections are filled; with \a minItems, they list at least that many items;
 *   with \a pattern, their text matches it (empty sections are left to the plain rule).
 */
struct Rule
{
    QString id; ///< "<template>/<name>"
    QString name;
    RuleKind kind = RuleKind::Stage;
    Severity severity = Severity::Warning;
    /// May hold placeholders: {stage} {from} {to} {count} {min} {components} {detail}, and choices
    /// {singular|plural} that agree with {count} ("{components} {feeds|feed} nothing").
    QString message;
    QString hint;
    QString guide; ///< guide headings joined with " › "

    QString stage;                  ///< Stage
    int min = 1;                    ///< Stage
    bool required = true;           ///< Stage: counts in the coverage
    QStringList accept;             ///< Stage
    QStringList stages;             ///< Order, Loop (chain); Annotation (targets)
    QStringList from;               ///< Reach, NotReach
    QStringList to;                 ///< Reach, NotReach
    std::optional<QStringList> via; ///< Reach: allowed intermediates; NotReach: exceptions
    bool each = false;              ///< Reach, Order
    QStringList annotations;        ///< Annotation
    bool any = false;               ///< Annotation
    bool includeNotes = false;      ///< Annotation
    bool skipEmpty = false;         ///< Annotation
    QStringList sections;           ///< Brief
    int minItems = 0;               ///< Brief
    QRegularExpression pattern;     ///< Annotation, Brief (invalid when unset)
    QString patternText;            ///< the source of \a pattern (empty when unset)
    RuleCondition when;
    std::optional<RuleFix> fix;
};

} // namespace mlsd
