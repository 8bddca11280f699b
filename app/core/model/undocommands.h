#pragma once

namespace mlsd {

/// Ids of the mergeable undo commands (QUndoCommand::id()).
enum UndoCommandId {
    MoveComponentsCommandId = 1,
    ComponentGeometryCommandId,
    ChangeComponentCommandId,
    ChangeConnectionCommandId,
    MoveZoneCommandId,
    ChangeZoneCommandId,
    ChangeDesignCommandId,
};

} // namespace mlsd
