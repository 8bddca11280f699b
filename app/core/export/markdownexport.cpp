#include "export/markdownexport.h"

#include "export/markdowntext.h"
#include "export/mermaid.h"
#include "model/catalog.h"
#include "practice/questionbank.h"
#include "util/duration.h"
#include "util/plural.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <cstdlib>

namespace mlsd {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype cellLimit = 80; ///< table cells are truncated; sections keep the full text
const QString dash = u"\u2014"_s;
const QString dot = u" \u00b7 "_s;

QString severityTitle(Severity s)
{
    switch (s) {
    case Severity::Error:
        return u"Error"_s;
    case Severity::Warning:
        return u"Warning"_s;
    case Severity::Info:
        return u"Info"_s;
    }
    return u"Info"_s;
}

/// Builds the document block by block, one blank line between blocks.
class Writer
{
public:
    Writer(const Design &design, const Catalog &catalog, const Report *report,
           const MarkdownOptions &options)
        : d(design)
        , cat(catalog)
        , rep(report)
        , opt(options)
    {}

    QString run()
    {
        header();
        brief();
        architecture();
        components();
        dataFlow();
        check();
        review();
        practice();
        return m_out;
    }

private:
    void block(const QString &text)
    {
        if (!m_out.isEmpty())
            m_out += u'\n';
        m_out += text;
        m_out += u'\n';
    }
    void heading(int level, const QString &escapedText)
    {
        block(QString(level, u'#') + u' ' + escapedText);
    }
    void table(const QStringList &headers, const QList<QStringList> &rows)
    {
        QString t = u"| "_s + headers.join(u" | "_s) + u" |\n|"_s;
        for (qsizetype i = 0; i < headers.size(); ++i)
            t += u" --- |"_s;
        for (const QStringList &row : rows) {
            QStringList cells = row;
            while (cells.size() < headers.size())
                cells << QString();
            t += u"\n| "_s + cells.join(u" | "_s) + u" |"_s;
        }
        block(t);
    }

    /// "Label (`id`)" for a component id (the label alone when it is the id).
    QString componentRef(const ComponentId &id) const
    {
        // Connections and findings name the same components again and again: escape them once.
        if (const auto cached = m_refs.constFind(id); cached != m_refs.cend())
            return cached.value();
        const Component *c = d.component(id);
        const QString ref
            = c ? md::inlineText(displayLabel(*c), cellLimit) + u" ("_s + md::code(id) + u')'
                : md::code(id) + u" (not in the design)"_s;
        m_refs.insert(id, ref);
        return ref;
    }
    QString displayLabel(const Component &c) const
    {
        const QString label = c.label.trimmed();
        return label.isEmpty() ? cat.displayName(c.type) : label;
    }
    QString zoneTitle(const ZoneId &id) const
    {
        const Zone *z = id.isEmpty() ? nullptr : d.zone(id);
        if (!z)
            return {};
        return z->label.trimmed().isEmpty() ? schema::titleOf(schema::zoneKinds(), z->kind)
                                            : z->label;
    }

    void header()
    {
        const QString title = d.title.trimmed().isEmpty() ? u"Untitled design"_s : d.title;
        heading(1, md::inlineText(title));
        QStringList parts;
        if (rep) {
            parts << u"**Template:** "_s + md::inlineText(rep->templateName) + u" ("_s
                         + md::code(rep->templateId) + u')';
            parts
                << u"**Coverage:** %1 of %2 required stages"_s.arg(rep->present).arg(rep->required);
            const QString errors = plural(rep->errors, u"error"_s, u"errors"_s);
            parts << (rep->errors > 0 ? u"**"_s + errors + u"**"_s : errors);
            parts << plural(rep->warnings, u"warning"_s, u"warnings"_s);
            parts << QString::number(rep->infos) + u" info"_s;
            if (rep->suppressedCount > 0)
                parts << QString::number(rep->suppressedCount) + u" suppressed"_s;
        } else {
            parts << u"**Template:** "_s + notCheckedReason();
        }
        parts << plural(d.components().size(), u"component"_s, u"components"_s);
        parts << plural(d.connections().size(), u"connection"_s, u"connections"_s);
        block(parts.join(dot));
    }
    QString notCheckedReason() const
    {
        if (d.templateId.isEmpty())
            return u"none, so the design was not checked"_s;
        return md::code(d.templateId) + u" is not installed, so the design was not checked"_s;
    }

    void brief()
    {
        bool any = false;
        for (const auto &[id, text] : d.brief.sections.entries()) {
            const QString body = md::blocks(text);
            if (body.isEmpty())
                continue;
            if (!any)
                heading(2, QLatin1StringView(markdownsections::brief));
            any = true;
            heading(3, md::inlineText(schema::titleOf(schema::briefSections(), id)));
            block(body);
        }
    }

    void architecture()
    {
        heading(2, QLatin1StringView(markdownsections::architecture));
        if (opt.diagram == MarkdownOptions::Diagram::Placeholder)
            block(u"```"_s + QLatin1StringView(diagramPlaceholderInfo) + u"\n```"_s);
        if (opt.diagram == MarkdownOptions::Diagram::Mermaid)
            mermaid();
        if (!opt.imagePath.isEmpty()) {
            const QString target = md::linkTarget(opt.imagePath);
            if (opt.imagePath.endsWith(u".pdf"_s, Qt::CaseInsensitive))
                block(u"[Architecture diagram (PDF)]("_s + target + u')');
            else
                block(u"![Architecture diagram]("_s + target + u')');
        }
    }
    void mermaid()
    {
        const MermaidChart chart = mermaidChart(d, cat);
        const QString size = plural(d.components().size(), u"component"_s, u"components"_s)
                             + u" and "_s + plural(chart.edges, u"connection"_s, u"connections"_s);
        const QString limits
            = u"Mermaid, which GitHub and GitLab use to draw diagrams, takes at most %1 "
              "connections and %2 characters"_s.arg(mermaidlimits::maxEdges)
                  .arg(mermaidlimits::maxTextSize);
        if (chart.scope == MermaidChart::Scope::Zones) {
            block(u"> **Note:** this design has "_s + size + u", too many for one chart ("_s
                  + limits
                  + u"), so the chart shows the zones and the connections between them. Every "
                    "connection is listed under Data flow."_s);
        } else if (chart.scope == MermaidChart::Scope::Omitted) {
            block(u"> **Note:** this design has "_s + size + u", too many for a chart ("_s + limits
                  + u"), even one of its zones, so no chart is included. Every component and "
                    "connection is listed below."_s);
            return;
        }
        block(u"```mermaid\n"_s + chart.text + u"```"_s);
        if (chart.scope != MermaidChart::Scope::Full)
            return;
        static const char *const legend[4] = {"**data** solid", "**request** thick blue",
                                              "**model** green", "**feedback** dotted purple"};
        QStringList kinds;
        for (int k = 0; k < 4; ++k) {
            if (chart.kinds[k])
                kinds << QString::fromLatin1(legend[k]);
        }
        if (kinds.size() > 1 || (kinds.size() == 1 && !chart.kinds[0]))
            block(u"Connections: "_s + kinds.join(dot) + u'.');
    }

    void components()
    {
        heading(2, QLatin1StringView(markdownsections::components));
        if (d.components().isEmpty()) {
            block(u"*This design has no components yet.*"_s);
            return;
        }
        const QString latency = u"latency_budget"_s, serving = u"serving_mode"_s;
        QList<QStringList> rows;
        for (const Component &c : d.components()) {
            QStringList others;
            for (const auto &[id, value] : c.annotations.entries()) {
                if (id != latency && id != serving)
                    others << schema::titleOf(schema::annotations(), id);
            }
            QString type = md::inlineText(cat.displayName(c.type), cellLimit);
            if (!c.fulfills.isEmpty())
                type += u" (also "_s + md::inlineText(fulfilled(c), cellLimit) + u')';
            auto cell = [](const QString &v) {
                return v.isEmpty() ? dash : md::inlineText(v, cellLimit);
            };
            rows << QStringList{md::inlineText(displayLabel(c), cellLimit),
                                md::code(c.id),
                                type,
                                cell(zoneTitle(c.zone)),
                                cell(c.annotations.value(latency)),
                                cell(c.annotations.value(serving)),
                                cell(others.join(u", "_s))};
        }
        table({u"Component"_s, u"Id"_s, u"Type"_s, u"Zone"_s, u"Latency budget"_s,
               u"Serving mode"_s, u"Other annotations"_s},
              rows);
        for (const Component &c : d.components())
            componentSection(c);
    }
    QString fulfilled(const Component &c) const
    {
        QStringList names;
        for (const QString &stage : c.fulfills)
            names << cat.displayName(stage);
        return names.join(u", "_s);
    }
    void componentSection(const Component &c)
    {
        heading(3, md::inlineText(displayLabel(c)));
        QStringList facts{u"**Type:** "_s + md::inlineText(cat.displayName(c.type)),
                          u"**Id:** "_s + md::code(c.id)};
        if (!cat.contains(c.type))
            facts.last() += u" (unknown type "_s + md::code(c.type) + u')';
        const QString zone = zoneTitle(c.zone);
        if (!zone.isEmpty())
            facts << u"**Zone:** "_s + md::inlineText(zone);
        if (!c.fulfills.isEmpty())
            facts << u"**Also performs:** "_s + md::inlineText(fulfilled(c));
        block(facts.join(dot));
        if (!c.annotations.isEmpty()) {
            QStringList items;
            for (const auto &[id, value] : c.annotations.entries()) {
                items << u"- **"_s + md::inlineText(schema::titleOf(schema::annotations(), id))
                             + u":** "_s + md::multilineText(value, u"  "_s);
            }
            block(items.join(u'\n'));
        }
        const QString notes = md::blocks(c.notes);
        if (!notes.isEmpty()) {
            heading(4, u"Notes"_s);
            block(notes);
        }
        if (c.annotations.isEmpty() && notes.isEmpty())
            block(u"*No annotations or notes.*"_s);
    }

    void dataFlow()
    {
        heading(2, QLatin1StringView(markdownsections::dataFlow));
        if (d.connections().isEmpty()) {
            block(u"*No connections yet.*"_s);
            return;
        }
        QList<QStringList> rows;
        for (const Connection &c : d.connections()) {
            const QString label = c.label.trimmed();
            rows << QStringList{componentRef(c.from), componentRef(c.to),
                                schema::connectionKindId(c.kind),
                                label.isEmpty() ? dash : md::inlineText(label, cellLimit)};
        }
        table({u"From"_s, u"To"_s, u"Kind"_s, u"Label"_s}, rows);
    }

    void check()
    {
        heading(2, QLatin1StringView(markdownsections::check));
        if (!rep) {
            const QString why
                = d.templateId.isEmpty()
                      ? u"No template is set for this design, so it was not checked against a "
                        u"framework. "
                        "Pick one in the app or run `mlsdboard check FILE --template ID` "
                        "(`mlsdboard "
                        "templates` lists them)."_s
                      : u"The template "_s + md::code(d.templateId)
                            + u" is not installed, so this design was not checked against a framework."_s;
            block(why);
            return;
        }
        QStringList counts{plural(rep->errors, u"error"_s, u"errors"_s),
                           plural(rep->warnings, u"warning"_s, u"warnings"_s),
                           QString::number(rep->infos) + u" info"_s};
        if (rep->suppressedCount > 0)
            counts << QString::number(rep->suppressedCount) + u" suppressed"_s;
        QString intro
            = u"Checked against **"_s + md::inlineText(rep->templateName) + u"** ("_s
              + md::code(rep->templateId)
              + u"): **%1 of %2** required stages present; "_s.arg(rep->present).arg(rep->required)
              + counts.join(u", "_s) + u'.';
        if (!rep->templateGuide.trimmed().isEmpty())
            intro += u" The template follows the guide's *"_s + md::inlineText(rep->templateGuide)
                     + u"*."_s;
        block(intro);

        heading(3, u"Stages"_s);
        if (rep->stages.isEmpty()) {
            block(u"*The template names no stages.*"_s);
        } else {
            QStringList items;
            for (const StageStatus &s : rep->stages)
                items << stageItem(s);
            block(items.join(u'\n'));
        }

        heading(3, u"Findings"_s);
        QStringList findings, suppressed;
        QSet<QString> suppressedRules;
        for (const Finding &f : rep->findings) {
            if (f.suppressed) {
                suppressedRules.insert(f.rule);
                suppressed << u"- "_s + md::code(f.rule) + u" \u2014 "_s + md::inlineText(f.message)
                                  + u"\\\n  **Reason:** "_s
                                  + (f.suppressionReason.trimmed().isEmpty()
                                         ? u"*none given*"_s
                                         : md::multilineText(f.suppressionReason, u"  "_s));
            } else {
                findings << findingItem(f);
            }
        }
        block(findings.isEmpty() ? u"No findings: the design meets every rule of the template."_s
                                 : findings.join(u'\n'));

        QStringList unused;
        for (const Suppression &s : d.suppressed) {
            if (!suppressedRules.contains(s.rule))
                unused << u"- "_s + md::code(s.rule) + u" \u2014 "_s
                              + (s.reason.trimmed().isEmpty() ? u"*no reason given*"_s
                                                              : md::inlineText(s.reason));
        }
        if (suppressed.isEmpty() && unused.isEmpty())
            return;
        heading(3, u"Suppressed findings"_s);
        if (!suppressed.isEmpty())
            block(suppressed.join(u'\n'));
        if (!unused.isEmpty())
            block(u"Suppressions that matched no finding:\n\n"_s + unused.join(u'\n'));
    }
    QString stageItem(const StageStatus &s) const
    {
        const QString name = s.name.trimmed().isEmpty() ? cat.displayName(s.stage) : s.name;
        QString item
            = (s.present() ? u"- [x] **"_s : u"- [ ] **"_s) + md::inlineText(name) + u"**"_s;
        if (!s.required)
            item += u" *(recommended)*"_s;
        QStringList refs;
        for (const ComponentId &id : s.components)
            refs << componentRef(id);
        if (s.components.isEmpty())
            item += u" \u2014 missing"_s;
        else if (!s.present())
            item += u" \u2014 %1 of %2 needed: "_s.arg(s.components.size()).arg(s.minCount)
                    + refs.join(u", "_s);
        else
            item += u" \u2014 "_s + refs.join(u", "_s);
        return item;
    }
    QString findingItem(const Finding &f) const
    {
        QString item
            = u"- **"_s + severityTitle(f.severity) + u"** \u2014 "_s + md::inlineText(f.message);
        auto sub = [&item](const QString &label, const QString &value) {
            item += u"\n  - **"_s + label + u":** "_s + value;
        };
        if (!f.hint.trimmed().isEmpty())
            sub(u"Hint"_s, md::multilineText(f.hint, u"    "_s));
        if (!f.components.isEmpty()) {
            QStringList refs;
            for (const ComponentId &id : f.components)
                refs << componentRef(id);
            sub(u"Components"_s, refs.join(u", "_s));
        }
        if (f.fix && !f.fix->description.trimmed().isEmpty())
            sub(u"Fix"_s, md::inlineText(f.fix->description));
        if (!f.guide.trimmed().isEmpty())
            sub(u"Guide"_s, md::inlineText(f.guide));
        sub(u"Rule"_s, md::code(f.rule));
        return item;
    }

    void review()
    {
        const Review &r = d.review;
        if (r.isEmpty())
            return;
        heading(2, QLatin1StringView(markdownsections::review));
        if (!r.rubric.isEmpty()) {
            heading(3, u"Rubric"_s);
            QList<QStringList> rows;
            QStringList dims;
            for (const VocabularyEntry &e : schema::rubricDimensions())
                dims << e.id;
            for (const auto &[id, score] : r.rubric) {
                if (!dims.contains(id))
                    dims << id;
            }
            int scored = 0, total = 0;
            for (const QString &id : std::as_const(dims)) {
                const RubricScore *s = r.score(id);
                const bool has = s && s->score > 0;
                if (has) {
                    ++scored;
                    total += s->score;
                }
                rows << QStringList{
                    md::inlineText(schema::titleOf(schema::rubricDimensions(), id)),
                    has ? u"%1 / 4"_s.arg(s->score) : dash,
                    s && !s->notes.trimmed().isEmpty() ? md::inlineText(s->notes, 200) : dash};
            }
            table({u"Dimension"_s, u"Score"_s, u"Notes"_s}, rows);
            if (scored > 0)
                block(u"**Average:** %1 / 4 over %2."_s.arg(double(total) / scored, 0, 'f', 1)
                          .arg(plural(scored, u"scored dimension"_s, u"scored dimensions"_s)));
        }
        if (!r.comments.isEmpty()) {
            heading(3, u"Comments"_s);
            QStringList items;
            for (const ReviewComment &c : r.comments) {
                const QString author
                    = c.author.trimmed().isEmpty() ? u"Reviewer"_s : md::inlineText(c.author);
                QString item
                    = u"- **"_s + author + u"** on "_s
                      + (c.target.isEmpty() ? u"the whole design"_s : componentRef(c.target))
                      + u':';
                const QString body = md::blocks(c.text);
                if (!body.isEmpty())
                    item += u"\n\n"_s + md::indented(body, u"  "_s);
                items << item;
            }
            block(items.join(u"\n\n"_s));
        }
    }

    void practice()
    {
        if (!d.practice)
            return;
        const Practice &p = *d.practice;
        heading(2, QLatin1StringView(markdownsections::practice));
        const Question *q = QuestionBank::builtin().find(p.question);
        QStringList facts;
        if (q)
            facts << u"**Question:** "_s + md::inlineText(q->title) + u" ("_s + md::code(q->id)
                         + u')';
        else if (!p.question.trimmed().isEmpty())
            facts << u"**Question:** "_s + md::inlineText(p.question);
        if (p.durationS > 0)
            facts << u"**Time allowed:** "_s + formatDuration(p.durationS);
        facts << (p.finished ? u"**Finished:** yes"_s : u"**Finished:** no"_s);
        block(facts.join(dot));
        if (q)
            block(u"> "_s + md::inlineText(q->prompt));
        if (!p.phases.isEmpty()) {
            QList<QStringList> rows;
            int planned = 0, spent = 0;
            for (const PracticePhase &ph : p.phases) {
                planned += ph.plannedS;
                spent += ph.spentS;
                rows << QStringList{
                    md::inlineText(schema::titleOf(schema::practicePhases(), ph.id)),
                    formatDuration(ph.plannedS), formatDuration(ph.spentS),
                    difference(ph.spentS - ph.plannedS)};
            }
            rows << QStringList{u"**Total**"_s, formatDuration(planned), formatDuration(spent),
                                difference(spent - planned)};
            table({u"Phase"_s, u"Planned"_s, u"Spent"_s, u"Difference"_s}, rows);
        }
        if (p.result)
            practiceResult(*p.result);
        if (q && !q->followUps.isEmpty()) {
            QStringList items;
            for (const QString &f : q->followUps)
                items << u"- "_s + md::inlineText(f);
            block(u"Follow-up questions to prepare:\n\n"_s + items.join(u'\n'));
        }
    }
    /// "+1:20" over the plan, "−0:30" under it, an en dash when on time.
    static QString difference(int seconds)
    {
        if (seconds == 0)
            return u"\u2013"_s;
        return (seconds > 0 ? u"+"_s : u"\u2212"_s) + formatDuration(std::abs(seconds));
    }
    void practiceResult(const PracticeResult &r)
    {
        QStringList parts{u"**%1 of %2** required stages"_s.arg(r.present).arg(r.required),
                          plural(r.errors, u"error"_s, u"errors"_s),
                          plural(r.warnings, u"warning"_s, u"warnings"_s),
                          QString::number(r.infos) + u" info"_s};
        QString text = u"**At the end of the run:** "_s + parts.join(dot);
        if (!r.templateId.isEmpty())
            text += u" (checked against "_s + md::code(r.templateId) + u')';
        block(text + u'.');
        if (r.findings.isEmpty())
            return;
        // Open findings then, with their message now, or whether they have been fixed since.
        const bool sameCheck = rep && rep->templateId == r.templateId;
        QStringList items;
        QSet<QString> seen;
        for (const QString &rule : r.findings) {
            if (seen.contains(rule))
                continue;
            seen.insert(rule);
            QString item = u"- "_s + md::code(rule);
            const Finding *now = nullptr;
            if (sameCheck) {
                for (const Finding &f : rep->findings) {
                    if (f.rule == rule && !f.suppressed) {
                        now = &f;
                        break;
                    }
                }
            }
            if (now)
                item += u" \u2014 "_s + md::inlineText(now->message);
            else if (sameCheck)
                item += u" \u2014 *fixed since the run*"_s;
            items << item;
        }
        block(u"Findings open at the end of the run:\n\n"_s + items.join(u'\n'));
    }

    const Design &d;
    const Catalog &cat;
    const Report *rep;
    const MarkdownOptions &opt;
    QString m_out;
    mutable QHash<ComponentId, QString> m_refs; ///< componentRef() of each id asked for
};

} // namespace

QString exportMarkdown(const Design &design, const Catalog &catalog, const Report *report,
                       const MarkdownOptions &options)
{
    return Writer(design, catalog, report, options).run();
}

} // namespace mlsd
