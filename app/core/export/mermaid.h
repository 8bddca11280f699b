#pragma once

#include "model/design.h"

#include <QString>

/*!
 * \file mermaid.h
 * The design as a Mermaid flowchart that mermaid.js 11 (the renderer GitHub and GitLab use) parses
 * whatever the labels hold: node ids are generated (`n0`, `n1`, … for components, `z0`, … for
 * zones), every label is quoted and every character Mermaid or HTML could read is written as a
 * Mermaid entity code (`#35;`).
 */

namespace mlsd {

class Catalog;

/// Limits of mermaid.js's default configuration, beyond which it refuses to draw.
namespace mermaidlimits {
inline constexpr int maxEdges = 500;      ///< `maxEdges`
inline constexpr int maxTextSize = 50000; ///< `maxTextSize`, in UTF-16 code units
} // namespace mermaidlimits

/// A flowchart and how much of the design it shows.
struct MermaidChart
{
    enum class Scope {
        Full,    ///< every component and connection
        Zones,   ///< too big for Mermaid: one node per zone, connections between zones counted
        Omitted, ///< too big even as zones: no chart (text is empty)
    };
    Scope scope = Scope::Full;
    QString text;  ///< the flowchart source (no fences), ending with a newline; empty when omitted
    int edges = 0; ///< the connections the full chart would have
    /// Which connection kinds the chart draws (for the legend), by ConnectionKind value.
    bool kinds[4] = {false, false, false, false};
};

/// The flowchart of \a design (component types named through \a catalog).
[[nodiscard]] MermaidChart mermaidChart(const Design &design, const Catalog &catalog);

/*!
 * \a text as the inside of a quoted Mermaid label: newlines become `<br/>`, ASCII letters, digits,
 * spaces and `- _ . , / ( ) ' ? + =` stay, other ASCII characters become `#<code>;`, non-ASCII text
 * stays (but line and paragraph separators). Never contains `"`.
 */
[[nodiscard]] QString mermaidText(const QString &text);

} // namespace mlsd
