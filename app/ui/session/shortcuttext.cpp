#include "session/shortcuttext.h"

#include <QKeySequence>

namespace mlsd::ui {

QString ShortcutText::of(const QVariant &shortcut)
{
    if (!shortcut.isValid() || shortcut.isNull())
        return {};
    if (shortcut.typeId() == QMetaType::QString) {
        return QKeySequence(shortcut.toString()).toString(QKeySequence::NativeText);
    }
    if (shortcut.typeId() == QMetaType::QKeySequence)
        return shortcut.value<QKeySequence>().toString(QKeySequence::NativeText);
    bool ok = false;
    const int key = shortcut.toInt(&ok);
    if (!ok || key <= 0)
        return {};
    const QList<QKeySequence> bindings
        = QKeySequence::keyBindings(static_cast<QKeySequence::StandardKey>(key));
    return bindings.isEmpty() ? QString() : bindings.front().toString(QKeySequence::NativeText);
}

} // namespace mlsd::ui
