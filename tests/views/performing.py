"""A ``Performer`` over a stack of its own, for dialogs tested on their own."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from views.operation_runner import Performer


def performer(conn, notify=None) -> Performer:
    """Writes through a fresh undo stack (``.stack``), telling ``notify`` what changed."""
    return Performer(QUndoStack(), conn, notify or (lambda change: None), source="test")
