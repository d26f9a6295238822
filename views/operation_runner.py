"""The one way the window writes: run an operation, then put its undo on the undo stack.

``perform`` runs the operation first, in one transaction; only when it succeeded is a
command pushed, whose first ``redo()`` does nothing (the work is done). Undo and redo run
the inverse operations the models handed back (``models.store.operations``), each in one
transaction. So:

- a failing operation leaves no command behind (the error goes to the caller);
- an undo or redo that fails (``UndoConflict``: something written since depends on it)
  changes nothing; the command is spent, the stack is cleared on the next turn of the
  event loop (never inside ``undo()``), and the error is reported;
- an operation that cannot be undone (``Done.undo`` is None) clears the stack and says so.

``perform_long`` does the same with the work on a worker thread (its own connection),
behind a progress dialog with Cancel (``views.long_task``). An inverse that is long too
(its class says ``long = True``: undoing a bulk import) runs on a worker as well, behind a
busy dialog, so undo never freezes the window.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from models.core.changes import Change
from models.store.operations import Done, Operation, own_transaction, recorded, run
from models.store.row_undo import UndoConflict

translate = QCoreApplication.translate
Notify = Callable[[Change], None]
OnError = Callable[[Exception], None]
#: Long work: the operation, given the worker's connection and ``progress(step, done,
#: total) -> bool`` (False once Cancel was pressed: raise ``models.core.errors.Cancelled``).
LongOperation = Callable[[sqlite3.Connection, Callable[[str, int, int], bool]], Done]


class OperationCommand(QUndoCommand):
    """One step on the undo stack: the inverse operations of something already done."""

    def __init__(self, stack: QUndoStack, conn: sqlite3.Connection, text: str, done: Done,
                 change: Change, notify: Notify, on_error: OnError | None) -> None:
        super().__init__(text)
        # Weak: the stack owns this command; a strong reference back made a cycle whose
        # collection freed the commands under their wrappers (a crash in the collector).
        self._stack = weakref.ref(stack)
        self.conn, self.notify, self.on_error = conn, notify, on_error
        self.source = change.source
        self._undo: Operation | None = done.undo
        self._redo: Operation | None = None
        self._fresh = True
        self._dead = False

    def redo(self) -> None:
        if self._fresh:  # pushed after the operation ran: nothing to do yet
            self._fresh = False
            return
        done = self._step(self._redo)
        if done is not None:
            self._undo = done.undo

    def undo(self) -> None:
        done = self._step(self._undo)
        if done is not None:
            self._redo = done.undo

    def _step(self, operation: Operation | None) -> Done | None:
        if self._dead:  # refused once; the stack is being cleared
            return None
        try:
            if operation is None:
                raise RuntimeError("nothing to run")
            done = (_run_on_worker(self.conn, operation, self.text())
                    if getattr(operation, "long", False) else run(self.conn, operation))
        except Exception as error:  # reported on the next turn of the loop, see below
            # The transaction left the workspace as it was. This command cannot run again
            # and the steps around it no longer fit the data: the whole stack goes, outside
            # undo(). (Not setObsolete(): Qt would delete the command under its Python
            # wrapper, which crashed the garbage collector later.)
            self._undo = self._redo = None
            self._dead = True
            stack, failure, on_error = self._stack(), error, self.on_error
            if stack is not None:
                QTimer.singleShot(0, stack, lambda: _after_failure(stack, failure, on_error))
            return None
        self.notify(done.change.by(self.source) if self.source else done.change)
        return done


def _run_on_worker(conn: sqlite3.Connection, operation: Operation, text: str) -> Done:
    """``run(operation)`` on a worker thread with a connection of its own, while a busy
    dialog (no Cancel: a half-undone step cannot be left) keeps the window painted and
    out of reach. Returns its Done, or raises its error, on the UI thread."""
    from models.store.connection import file_of
    from models.store.workspace import open_writer

    path = file_of(conn)
    outcome: dict[str, object] = {}

    def work() -> None:
        writer = open_writer(path)
        try:
            outcome["done"] = run(writer.conn, operation)
        except BaseException as error:  # handed to the UI thread below
            outcome["error"] = error
        finally:
            writer.close()

    dialog = QProgressDialog(text, "", 0, 0, QApplication.activeWindow())
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(30)
    worker = threading.Thread(target=work, name="qunzhu-undo", daemon=True)
    poll.timeout.connect(lambda: worker.is_alive() or loop.quit())
    worker.start()
    poll.start()
    loop.exec()
    poll.stop()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["done"]  # type: ignore[return-value]


def _after_failure(stack: QUndoStack, error: Exception, on_error: OnError | None) -> None:
    stack.clear()
    if on_error is None:
        raise error  # to sys.excepthook: logged and shown
    on_error(error)


def perform(stack: QUndoStack, conn: sqlite3.Connection, text: str, operation: Operation,
            notify: Notify, *, source: str = "", parent: QWidget | None = None,
            on_error: OnError | None = None) -> Done:
    """Run ``operation`` on ``conn``; on success push its undo as ``text`` and call
    ``notify`` with its Change (named ``source``). Raises, pushing nothing, when it fails.
    ``on_error`` hears about a later undo/redo that fails (else it is raised, to the
    window's error handler)."""
    done = run(conn, operation)
    return _record(stack, conn, text, done, notify, source, parent, on_error)


def _record(stack: QUndoStack, conn: sqlite3.Connection, text: str, done: Done,
            notify: Notify, source: str, parent: QWidget | None,
            on_error: OnError | None) -> Done:
    change = done.change.by(source) if source else done.change
    if done.undo is None:
        stack.clear()
        say_not_undoable(parent, text)
    elif done.wrote:
        stack.push(OperationCommand(stack, conn, text, done, change, notify, on_error))
    if done.wrote or done.undo is None:
        notify(change)
    return done


def perform_long(parent: QWidget, stack: QUndoStack, conn: sqlite3.Connection, path: Path,
                 text: str, operation: LongOperation, notify: Notify, *, source: str = "",
                 describe_step: Callable[[str], str] | None = None,
                 on_done: Callable[[Done], None] | None = None,
                 on_failed: OnError | None = None, on_error: OnError | None = None) -> QObject:
    """``perform`` for long work: ``operation`` runs on a worker with a connection of its
    own (``models.store.workspace.open_writer``) behind a progress dialog; the command is pushed
    on the UI thread when it finished. ``on_failed`` gets its error (``Cancelled`` too);
    undo and redo later run on ``conn``. Returns the running ``LongTask``."""
    from models.store.workspace import open_writer
    from views.long_task import LongTask

    def work(progress: Callable[[str, int, int], bool]) -> Done:
        writer = open_writer(path)
        try:
            step: Operation = lambda c: operation(c, progress)  # noqa: E731
            if getattr(operation, "own_transaction", False):
                step = own_transaction(step)
            return run(writer.conn, step)
        finally:
            writer.close()

    def finished(done: Done) -> None:
        _record(stack, conn, text, done, notify, source, parent, on_error)
        if on_done is not None:
            on_done(done)

    task = LongTask(parent, text, work, describe_step)
    task.finished.connect(finished)
    if on_failed is not None:
        task.failed.connect(on_failed)
    task.start()
    return task


class Performer:
    """``perform`` bound to one stack, connection, notify and source: what a tab hands
    its dialogs, so they write through the undo stack without knowing it."""

    def __init__(self, stack: QUndoStack, conn: sqlite3.Connection, notify: Notify, *,
                 source: str = "", parent: QWidget | None = None,
                 on_error: OnError | None = None) -> None:
        self.stack, self.conn, self.notify = stack, conn, notify
        self.source, self.parent, self.on_error = source, parent, on_error

    def __call__(self, text: str, operation: Operation) -> Done:
        return perform(self.stack, self.conn, text, operation, self.notify, source=self.source,
                       parent=self.parent, on_error=self.on_error)

    def record(self, text: str, work: Callable[[sqlite3.Connection], object]) -> Done:
        """Run the domain function ``work`` recorded (``models.store.operations.recorded``)."""
        return self(text, recorded(work))


def say_not_undoable(parent: QWidget | None, text: str) -> None:
    """Tell the user that ``text`` cannot be undone and the undo history is gone."""
    QMessageBox.information(parent, translate("Operations", "Cannot be undone"), translate(
        "Operations", "“{action}” cannot be undone, so the undo history was cleared.")
        .format(action=text))


def say_not_undone(parent: QWidget | None, error: Exception) -> None:
    """Undoing or redoing a step was refused: nothing changed (says why). For a wizard
    whose step may be undone after it closed: ``parent`` is the window."""
    QMessageBox.warning(parent, translate("Operations", "Not undone"), describe(error))


def describe(error: Exception) -> str:
    """A failed operation, undo or redo, in the user's language."""
    if isinstance(error, UndoConflict):
        p = error.params
        table = table_label(str(p["table"]))
        if p["dependents"]:
            return translate("Operations", "This cannot be undone any more: {count} record(s)"
                             " written since depend on the {table} it would remove. Nothing"
                             " was changed.").format(count=p["dependents"], table=table)
        return translate("Operations", "This cannot be undone any more: {count} of the {table}"
                         " it would restore changed since. Nothing was changed.").format(
                             count=p["changed"], table=table)
    from views.error_text import describe as describe_refusal

    return describe_refusal(error)  # a refused value in the user's words; else its text


def table_label(table: str) -> str:
    """What a table holds, in the user's words."""
    labels = {
        "events": translate("Operations", "events"),
        "registrations": translate("Operations", "registrations"),
        "members": translate("Operations", "members"),
        "memberships": translate("Operations", "memberships"),
        "activities": translate("Operations", "activity records"),
        "communities": translate("Operations", "communities"),
        "checklists": translate("Operations", "checklists"),
        "checklist_items": translate("Operations", "checklist items"),
        "member_tags": translate("Operations", "tags of members"),
        "tags": translate("Operations", "tags"),
        "points_ledger": translate("Operations", "points entries"),
        "violations": translate("Operations", "violations"),
        "segments": translate("Operations", "saved segments"),
        "plans": translate("Operations", "plans"),
        "plan_sections": translate("Operations", "plan sections"),
        "plan_goals": translate("Operations", "goals"),
        "plan_roles": translate("Operations", "roles"),
        "plan_risks": translate("Operations", "risks"),
        "plan_stages": translate("Operations", "roadmap stages"),
        "plan_rules": translate("Operations", "group rules"),
        "escalation_steps": translate("Operations", "escalation steps"),
        "needs": translate("Operations", "needs"),
    }
    return labels.get(table, translate("Operations", "records ({table})").format(table=table))
