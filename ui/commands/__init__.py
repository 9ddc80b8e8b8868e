"""Undoable edits. Each command calls `planner` services; the undo stack replays them."""
