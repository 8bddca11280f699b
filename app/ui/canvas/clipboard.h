#pragma once

#include "model/design.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class QMimeData;

namespace mlsd::ui {

/*!
 * Copy and paste of parts of a design as JSON fragments: a fragment is a small `.mlsd` design
 * (the same format as a file) holding the copied components, the connections between them and
 * the copied zones. On the system clipboard it travels as `application/x-mlsd-fragment` and as
 * plain text, so it pastes between two windows (or two running apps) and into a text editor.
 */
class Clipboard
{
public:
    static constexpr char mimeType[] = "application/x-mlsd-fragment";

    /*!
     * The fragment of \a design made of \a components, \a zones and the components in those zones,
     * with every connection whose two ends are copied. A component keeps its zone only when the
     * zone is copied too.
     */
    [[nodiscard]] static Design fragment(const Design &design, const QStringList &components,
                                         const QStringList &zones);
    /// The fragment as clipboard data (both formats).
    [[nodiscard]] static QMimeData *toMimeData(const Design &fragment);
    /// The fragment held by \a data, if it holds a valid one (its own format or such JSON text).
    [[nodiscard]] static std::optional<Design> fromMimeData(const QMimeData *data);

    /// Puts \a fragment on the system clipboard.
    static void put(const Design &fragment);
    /// The fragment on the system clipboard, if any.
    [[nodiscard]] static std::optional<Design> get();
};

} // namespace mlsd::ui
