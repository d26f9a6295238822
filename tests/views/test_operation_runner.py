"""The window's one runner: run first, push only on success, undo/redo by the inverse
operations, a conflict clears the stack and changes nothing (views.operation_runner)."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from models.core.errors import Cancelled
from models.events import registrations as reg
from models.events import schedule as ev
from models.store.operations import irreversible, recorded
from models.store.row_undo import UndoConflict
from tests.checksums import checksum
from tests.models.calendar_fixtures import cal  # noqa: F401
from views import operation_runner
from views.operation_runner import describe, perform, perform_long

START = "2026-12-05T19:00:00+08:00"


def create(community_id):
    return recorded(lambda c: ev.create_event(c, ev.EventFields("分享会", START,
                                                                community_id=community_id)))


def owner(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def stack(qtbot):
    holder = QWidget()  # the stack lives and dies with a widget, as in the window
    qtbot.addWidget(holder)
    stack = QUndoStack(holder)
    yield stack
    stack.clear()
    del holder


def test_push_after_success_then_undo_and_redo(cal, stack):  # noqa: F811
    ws, (a, _), people = cal
    heard = []
    before = checksum(ws.conn)
    done = perform(stack, ws.conn, "New event", create(a), heard.append, source="calendar")
    after = checksum(ws.conn)
    assert stack.count() == 1 and stack.undoText() == "New event"
    assert after != before and heard[-1].source == "calendar" and heard[-1].touches("events")
    stack.undo()
    assert checksum(ws.conn) == before and heard[-1].source == "calendar"
    stack.redo()
    assert checksum(ws.conn) == after
    assert ev.get_event(ws.conn, done.value[0].id) is not None


def test_a_failing_operation_pushes_nothing(cal, stack):  # noqa: F811
    ws, (a, _), _ = cal
    before = checksum(ws.conn)
    with pytest.raises(ValueError, match="title"):
        perform(stack, ws.conn, "Bad", recorded(lambda c: ev.create_event(
            c, ev.EventFields(" ", START))), lambda change: None)
    assert stack.count() == 0 and checksum(ws.conn) == before


def test_nothing_written_pushes_nothing(cal, stack):  # noqa: F811
    ws, (a, _), people = cal
    event_id = perform(stack, ws.conn, "New", create(a), lambda c: None).value[0].id
    reg.check_in(ws.conn, event_id, people[0])
    perform(stack, ws.conn, "Check in", recorded(lambda c: reg.check_in(c, event_id, people[0])),
            lambda c: None)
    assert stack.count() == 1


def test_an_undo_that_conflicts_changes_nothing_and_clears_the_stack(cal, stack, qtbot):  # noqa: F811
    ws, (a, _), people = cal
    errors = []
    first = perform(stack, ws.conn, "New", create(a), lambda c: None, on_error=errors.append)
    event_id = first.value[0].id
    perform(stack, ws.conn, "Edit", recorded(lambda c: ev.update_event(c, event_id, title="改")),
            lambda c: None, on_error=errors.append)
    stack.undo()  # the edit: fine
    reg.register(ws.conn, event_id, [people[0]])  # written outside the stack
    before = checksum(ws.conn)
    stack.undo()  # the creation: refused
    assert checksum(ws.conn) == before
    qtbot.waitUntil(lambda: stack.count() == 0)
    assert len(errors) == 1 and isinstance(errors[0], UndoConflict)
    assert "1" in describe(errors[0])


def test_an_irreversible_operation_clears_the_stack_and_says_so(cal, stack, monkeypatch):  # noqa: F811
    ws, (a, _), _ = cal
    told = []
    monkeypatch.setattr(operation_runner, "say_not_undoable",
                        lambda parent, text: told.append(text))
    event_id = perform(stack, ws.conn, "New", create(a), lambda c: None).value[0].id
    perform(stack, ws.conn, "Erase", irreversible(lambda c: ev.delete_event(c, event_id)),
            lambda c: None)
    assert stack.count() == 0 and told == ["Erase"]


def test_long_work_runs_on_a_worker_and_is_undoable(cal, stack, qtbot):  # noqa: F811
    ws, (a, _), _ = cal
    before = checksum(ws.conn)
    finished = []

    def work(conn, progress):
        progress("events", 0, 1)
        return create(a)(conn)

    parent = owner(qtbot)  # kept: the task and its dialog are the parent's children
    perform_long(parent, stack, ws.conn, ws.path, "Import", work, lambda c: None,
                 on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    assert stack.count() == 1 and checksum(ws.conn) != before
    stack.undo()
    assert checksum(ws.conn) == before


def test_cancelled_long_work_pushes_nothing(cal, stack, qtbot):  # noqa: F811
    ws, (a, _), _ = cal
    before = checksum(ws.conn)
    failed = []

    def work(conn, progress):
        create(a)(conn)
        raise Cancelled()

    parent = owner(qtbot)
    perform_long(parent, stack, ws.conn, ws.path, "Import", work, lambda c: None,
                 on_failed=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert isinstance(failed[0], Cancelled) and stack.count() == 0
    assert checksum(ws.conn) == before


def test_a_long_undo_and_redo_run_off_the_ui_thread(cal, stack):  # noqa: F811
    """An inverse marked long (undoing a bulk import) runs on a worker with its own
    connection; the stack and the data end up as with any other undo."""
    ws, (a, _), _ = cal
    threads = []

    class LongStep:
        long = True

        def __init__(self, inner):
            self.inner = inner

        def __call__(self, conn):
            threads.append(threading.get_ident())
            done = self.inner(conn)
            return replace(done, undo=LongStep(done.undo))

    def operation(conn):
        done = create(a)(conn)
        return replace(done, undo=LongStep(done.undo))

    before = checksum(ws.conn)
    perform(stack, ws.conn, "New event", operation, lambda c: None)
    after = checksum(ws.conn)
    stack.undo()
    assert checksum(ws.conn) == before
    stack.redo()
    assert checksum(ws.conn) == after
    assert len(threads) == 2 and threading.get_ident() not in threads
