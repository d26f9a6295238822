"""How a tab writes: every write is an operation handed to ``views.operation_runner``.

A ``TabWriter`` knows the tab's undo stack, connection, ``notify`` and ``source`` (the
tab's name, so the main window's fan-out does not refresh the writing tab a second time).
``do`` runs a domain function recorded by row snapshots; ``do_irreversible`` one that
cannot be undone (the stack is cleared and the user told). Both run first and push a
command only when the work succeeded: a refused value (``REFUSED``) or a failing disk
raises to the caller and leaves the undo stack as it was.

``do`` with ``merge`` makes consecutive steps with the same key, within
``MERGE_SECONDS``, one undo step (a burst of typing in one plan section).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import reduce
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from models.core.changes import Change
from models.members.records import FieldErrors
from models.store.operations import Done, Operation, irreversible, recorded, run
from models.store.operations import change_of as _change_of
from models.store.row_undo import UndoConflict
from models.store.workspace import Workspace, transaction
from views.error_text import describe as describe_refusal
from views.error_text import message_text
from views.operation_runner import Notify, OperationCommand, describe, perform

translate = QCoreApplication.translate

#: What a refused request raises (a value the domain refuses, a row gone since): said
#: to the user where they acted. Anything else is a fault, for the window's error handler.
REFUSED = (ValueError, LookupError)
MERGE_SECONDS = 8.0


class TabWriter:
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, notify: Notify,
                 source: str, parent: QWidget) -> None:
        self.workspace, self.undo_stack, self.notify = workspace, undo_stack, notify
        self.source, self.parent = source, parent

    def do(self, text: str, work: Callable[[sqlite3.Connection], Any],
           change: Callable[[Any], Change] = _change_of, *,
           merge: Hashable | None = None) -> Done:
        """Run ``work`` (a domain function of the connection) as one undo step ``text``;
        ``Done.value`` is what it returned. Raises, pushing nothing, when it fails."""
        operation = recorded(work, change)
        if merge is None:
            return perform(self.undo_stack, self.workspace.conn, text, operation, self.notify,
                           source=self.source, parent=self.parent, on_error=self.undo_failed)
        done = run(self.workspace.conn, operation)
        told = done.change.by(self.source)
        if done.wrote:
            self.undo_stack.push(MergingCommand(self.undo_stack, self.workspace.conn, text,
                                                done, told, self.notify, self.undo_failed,
                                                merge))
            self.notify(told)
        return done

    def do_irreversible(self, text: str, work: Callable[[sqlite3.Connection], Any],
                        change: Callable[[Any], Change] = _change_of) -> Done:
        """Run ``work``, which cannot be undone: the undo history goes, and the user is
        told so."""
        return perform(self.undo_stack, self.workspace.conn, text, irreversible(work, change),
                       self.notify, source=self.source, parent=self.parent,
                       on_error=self.undo_failed)

    def undo_failed(self, error: Exception) -> None:
        """An undo or redo refused (rows changed since): say so; nothing was changed."""
        if not isinstance(error, (UndoConflict, *REFUSED)):
            raise error  # a fault: to the window's error handler
        QMessageBox.warning(self.parent, translate("TabWriter", "Cannot undo"),
                            describe(error))


def refusal_text(error: BaseException) -> str:
    """A refused write in the user's words: each bad member field, or the reason."""
    if isinstance(error, FieldErrors):
        return "\n".join(message_text(m) for m in error.errors.values())
    return describe_refusal(error)


@dataclass(frozen=True)
class Chain:
    """Operations run in order in one transaction; undone in the reverse order."""

    steps: tuple[Operation, ...]

    def __call__(self, conn: sqlite3.Connection) -> Done:
        with transaction(conn):
            dones = [run(conn, step) for step in self.steps]
        undos = [d.undo for d in reversed(dones)]
        back = Chain(tuple(u for u in undos if u is not None)) \
            if all(u is not None for u in undos) else None
        return Done(reduce(lambda a, b: a | b, (d.change for d in dones), Change()), back,
                    wrote=any(d.wrote for d in dones))


class MergingCommand(OperationCommand):
    """An undo step that takes in the next one with the same ``key`` pushed within
    ``MERGE_SECONDS`` (Qt's ``id``/``mergeWith``)."""

    _ids: dict[Hashable, int] = {}

    def __init__(self, stack: QUndoStack, conn: sqlite3.Connection, text: str, done: Done,
                 change: Change, notify: Notify, on_error: Callable[[Exception], None],
                 key: Hashable) -> None:
        super().__init__(stack, conn, text, done, change, notify, on_error)
        self.key, self.at = key, time.monotonic()

    def id(self) -> int:  # noqa: A003 (Qt override)
        return 9000 + self._ids.setdefault(self.key, len(self._ids))

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, MergingCommand) or other.key != self.key \
                or other.at - self.at > MERGE_SECONDS or self._undo is None \
                or other._undo is None:
            return False
        self._undo = Chain((other._undo, self._undo))  # the later step is undone first
        self.at = other.at
        return True
