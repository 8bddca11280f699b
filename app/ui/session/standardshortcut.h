#pragma once

#include <QKeySequence>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The platform's standard shortcuts the app uses, for QML: `shortcut: StandardShortcut.Save`.
 * The values are QKeySequence::StandardKey's, so an Action (and ShortcutText) reads them as the
 * platform's binding. QtQuick's own `StandardKey` gives the same values, but qmllint 6.4 cannot
 * resolve it and reports every use as an unqualified access.
 */
namespace StandardShortcut {
Q_NAMESPACE
QML_ELEMENT

enum Key {
    New = QKeySequence::New,
    Open = QKeySequence::Open,
    Save = QKeySequence::Save,
    Close = QKeySequence::Close,
    Quit = QKeySequence::Quit,
    Undo = QKeySequence::Undo,
    Redo = QKeySequence::Redo,
    Cut = QKeySequence::Cut,
    Copy = QKeySequence::Copy,
    Paste = QKeySequence::Paste,
    Delete = QKeySequence::Delete,
    SelectAll = QKeySequence::SelectAll,
    Find = QKeySequence::Find,
    ZoomIn = QKeySequence::ZoomIn,
    ZoomOut = QKeySequence::ZoomOut,
    HelpContents = QKeySequence::HelpContents,
};
Q_ENUM_NS(Key)

} // namespace StandardShortcut

} // namespace mlsd::ui
