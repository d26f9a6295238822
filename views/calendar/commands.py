"""Undoable event edits on the window's one QUndoStack.

A command runs a model operation once (before it is pushed, so a refused edit never
reaches the stack), then keeps the before/after state of every row it touched; undo and
redo write those states back in one transaction (``models.events.schedule.put_snapshot``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from models.core.changes import Change
from models.events.schedule import put_snapshot, snapshot
from models.store.workspace import transaction as atomic

Operation = Callable[[sqlite3.Connection], Change]


class EventCommand(QUndoCommand):
    def __init__(self, text: str, conn: sqlite3.Connection, operation: Operation,
                 touches: list[int], notify: Callable[[Change], None]) -> None:
        super().__init__(text)
        self.conn = conn
        self.notify = notify
        self.before = {i: snapshot(conn, i) for i in touches}
        change = operation(conn)  # raises before anything is pushed
        for i in change.ids:
            self.before.setdefault(i, None)
        self.after = {i: snapshot(conn, i) for i in self.before}
        self.change = Change.of("events", "registrations", ids=self.before)
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:  # the operation itself already ran
            self._fresh = False
        else:
            self._write(self.after)
        self.notify(self.change)

    def undo(self) -> None:
        self._write(self.before)
        self.notify(self.change)

    def _write(self, states: dict[int, dict | None]) -> None:
        with atomic(self.conn):
            for i in sorted(states, key=lambda i: states[i] is None):  # rows back before removals
                put_snapshot(self.conn, i, states[i])


def push(stack: QUndoStack, text: str, conn: sqlite3.Connection, operation: Operation,
         touches: list[int], notify: Callable[[Change], None]) -> EventCommand:
    """Run ``operation`` and put it on ``stack`` (raises, pushing nothing, if it fails)."""
    command = EventCommand(text, conn, operation, touches, notify)
    stack.push(command)
    return command
