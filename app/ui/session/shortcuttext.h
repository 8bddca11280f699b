#pragma once

#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * How a shortcut reads on this platform, for menus, tooltips and the shortcuts dialog: a
 * QKeySequence::StandardKey (its first binding) or a key string such as "Ctrl+D".
 */
class ShortcutText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit ShortcutText(QObject *parent = nullptr)
        : QObject(parent)
    {}

    /// The native text of \a shortcut (a StandardKey value or a key string); "" when none.
    Q_INVOKABLE [[nodiscard]] static QString of(const QVariant &shortcut);
};

} // namespace mlsd::ui
