"""Operations: every user-visible write, as a function that says what undoing it takes.

An *operation* is ``callable(conn) -> Done``. ``Done`` holds the ``Change`` (for the
screens), the ``undo`` (another operation, whose own ``Done.undo`` is the redo; None when
the write truly cannot be undone) and ``value`` (what the domain function returned, e.g.
the new event). ``run(conn, operation)`` runs one in one transaction.

Most operations are a domain function recorded with row snapshots::

    op = recorded(lambda conn: registrations.register(conn, event_id, [member_id]))
    done = run(conn, op)          # done.value is the RegisterResult
    back = run(conn, done.undo)   # the registration is gone; back.undo redoes it

``recorded`` notes every row the function writes (``models.store.row_undo``); its undo puts
them back, and refuses (``UndoConflict``, nothing written) when something written since
depends on them. The window's runner (``views.operation_runner``) puts ``Done.undo`` on
the undo stack.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from models.core.changes import Change
from models.store.row_undo import RowChanges, UndoConflict, capture
from models.store.workspace import transaction

Operation = Callable[[sqlite3.Connection], "Done"]

__all__ = ["Done", "Operation", "Restore", "UndoConflict", "irreversible", "own_transaction",
           "recorded", "run", "running"]

#: True while ``run`` runs an operation in this thread (or task): how the tests tell a
#: write of the window from a write outside its one path (tests/write_guard.py).
_running: ContextVar[bool] = ContextVar("qunzhu_operation_running", default=False)


@dataclass(frozen=True)
class Done:
    """What running an operation did."""

    change: Change
    #: Runs the reverse (its ``Done.undo`` runs this again); None: cannot be undone.
    undo: Operation | None
    #: What the domain function returned (the new event, a RegisterResult ...).
    value: Any = None
    #: False when nothing was written (no undo step is worth keeping).
    wrote: bool = True


def run(conn: sqlite3.Connection, operation: Operation) -> Done:
    """Run ``operation`` in one transaction: all of it, or (raising) nothing."""
    token = _running.set(True)
    try:
        if getattr(operation, "own_transaction", False):
            return operation(conn)
        with transaction(conn):
            return operation(conn)
    finally:
        _running.reset(token)


def running() -> bool:
    """True inside ``run`` (in this thread): a write now is part of an operation."""
    return _running.get()


def own_transaction(operation: Operation) -> Operation:
    """Mark ``operation`` as opening its one transaction itself, so ``run`` opens none
    around it: for work that sets what SQLite refuses inside a transaction (a bulk import
    switches the journal and foreign keys, attaches files, sets ``temp_store``)."""
    operation.own_transaction = True  # type: ignore[attr-defined]
    return operation


def change_of(result: object) -> Change:
    """The ``Change`` a domain function returned: itself, the last item of a tuple, or
    the result's ``change`` attribute."""
    if isinstance(result, Change):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Change):
        return result[-1]
    found = getattr(result, "change", None)
    if isinstance(found, Change):
        return found
    raise TypeError(f"cannot tell what {type(result).__name__} changed")


def recorded(work: Callable[[sqlite3.Connection], object],
             change: Callable[[object], Change] = change_of) -> Operation:
    """``work`` (a domain function of the connection) as an operation undone by putting
    back the rows it wrote. ``change`` reads the Change from what ``work`` returns."""

    def operation(conn: sqlite3.Connection) -> Done:
        with transaction(conn), capture(conn) as found:
            value = work(conn)
        rows = found[0]
        told = change(value)
        return Done(told, Restore(rows, told), value, wrote=not rows.empty)

    return operation


def irreversible(work: Callable[[sqlite3.Connection], object],
                 change: Callable[[object], Change] = change_of) -> Operation:
    """``work`` as an operation that cannot be undone (the runner clears the undo stack
    and says so). For writes whose undo would bring back what must stay gone (erasure)."""

    def operation(conn: sqlite3.Connection) -> Done:
        with transaction(conn):
            value = work(conn)
        return Done(change(value), None, value)

    return operation


@dataclass(frozen=True)
class Restore:
    """The operation that puts rows to their ``before`` images (``RowChanges.apply``);
    its undo is the same rows the other way round."""

    rows: RowChanges
    change: Change = field(default_factory=Change)

    def __call__(self, conn: sqlite3.Connection) -> Done:
        with transaction(conn):
            self.rows.apply(conn)
        told = self.change | Change.of(*self.rows.table_names)
        return Done(told, Restore(self.rows.inverted(), self.change), wrote=not self.rows.empty)
