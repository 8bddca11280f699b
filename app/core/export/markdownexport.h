#pragma once

#include "check/checkreport.h"
#include "model/design.h"

#include <QString>

/*!
 * \file markdownexport.h
 * The design as one GitHub-flavoured Markdown document (docs/cli.md "export"): title and
 * summary, filled brief sections, the architecture as a Mermaid flowchart, the components table and
 * one section per component, the data flow, the framework check as a task list with findings, the
 * review and the practice run. Deterministic: the same inputs give the same bytes (no timestamps).
 * User text cannot break the structure: inline text is escaped, notes and brief sections go
 * through md::blocks(), Mermaid labels through mermaidText().
 */

namespace mlsd {

class Catalog;

/// The fence info string of the placeholder block that HTML export replaces with the SVG diagram.
inline constexpr char diagramPlaceholderInfo[] = "mlsd-diagram";

struct MarkdownOptions
{
    enum class Diagram {
        Mermaid,     ///< a ```mermaid block (GitHub, GitLab)
        Placeholder, ///< an empty ```mlsd-diagram block, for the HTML export to replace
        None,        ///< no diagram block
    };
    Diagram diagram = Diagram::Mermaid;
    /// Link target of an exported image, relative to the Markdown file (empty: no link). A `.pdf`
    /// is linked, other formats are shown as an image.
    QString imagePath;
};

/*!
 * The Markdown document of \a design. \a report is the framework check of the design (nullptr:
 * not checked; the document says why: no template, or the template is not installed).
 */
[[nodiscard]] QString exportMarkdown(const Design &design, const Catalog &catalog,
                                     const Report *report, const MarkdownOptions &options = {});

/// The top-level section titles of exportMarkdown(), in order (the headings a reader navigates).
namespace markdownsections {
inline constexpr char brief[] = "Brief";
inline constexpr char architecture[] = "Architecture";
inline constexpr char components[] = "Components";
inline constexpr char dataFlow[] = "Data flow";
inline constexpr char check[] = "Framework check";
inline constexpr char review[] = "Review";
inline constexpr char practice[] = "Practice run";
} // namespace markdownsections

} // namespace mlsd
