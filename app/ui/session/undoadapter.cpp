#include "session/undoadapter.h"

#include "model/document.h"

namespace mlsd::ui {

UndoAdapter::UndoAdapter(mlsd::Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &UndoAdapter::changed);
    connect(stack, &QUndoStack::canRedoChanged, this, &UndoAdapter::changed);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoAdapter::changed);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoAdapter::changed);
    connect(stack, &QUndoStack::indexChanged, this, &UndoAdapter::changed);
}

bool UndoAdapter::canUndo() const
{
    return m_document->undoStack()->canUndo();
}

bool UndoAdapter::canRedo() const
{
    return m_document->undoStack()->canRedo();
}

QString UndoAdapter::undoText() const
{
    return m_document->undoStack()->undoText();
}

QString UndoAdapter::redoText() const
{
    return m_document->undoStack()->redoText();
}

void UndoAdapter::undo()
{
    m_document->sealMerge();
    m_document->undoStack()->undo();
}

void UndoAdapter::redo()
{
    m_document->sealMerge();
    m_document->undoStack()->redo();
}

} // namespace mlsd::ui
