#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace mlsd {
class Document;
}

namespace mlsd::ui {

/*!
 * The document's undo stack as QML menus and toolbars see it: whether undo and redo are possible
 * and what they would do ("Undo Move 3 components").
 */
class UndoAdapter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("UndoAdapter belongs to a Session")
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY changed)
    /// What undo would revert, e.g. "Move 3 components" (empty when nothing).
    Q_PROPERTY(QString undoText READ undoText NOTIFY changed)
    Q_PROPERTY(QString redoText READ redoText NOTIFY changed)

public:
    explicit UndoAdapter(mlsd::Document *document, QObject *parent = nullptr);

    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] bool canRedo() const;
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] QString redoText() const;

    /// Ends the current typing burst or gesture, then undoes one step.
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

signals:
    void changed();

private:
    mlsd::Document *m_document;
};

} // namespace mlsd::ui
