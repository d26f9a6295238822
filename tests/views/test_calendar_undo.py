"""Undo and redo of every calendar operation, checked on the whole workspace (every table's
rows hashed): undo gives back exactly the state before, redo exactly the state after, and
an undo that would delete what was written since is refused without changing anything."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from models.events import registrations as reg
from models.events.occurrences import occurrences
from tests.checksums import checksum, differing
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.views.test_calendar import DAY, add
from tests.views.test_calendar import view as view  # noqa: F401 - the fixture
from views.calendar.view import SERIES, THIS_ONE

WEEKLY = "FREQ=WEEKLY;BYDAY=WE;COUNT=4"


def accept_with(monkeypatch, view, change=None):
    """Dialogs accepted at once, after ``change(dialog)``."""
    def run(dialog):
        if change is not None:
            change(dialog)
        return True

    monkeypatch.setattr(view, "run_dialog", run)


def found(view, title, day=None):
    return next(o for o in view.found if o.event.title == title
                and (day is None or o.start.day == day))


def series_occurrence(view, day=9):
    add(view, title="每周夜读", start="2026-12-02T20:00:00", end="2026-12-02T21:00:00",
        rrule=WEEKLY)
    return found(view, "每周夜读", day)


# -- each operation: (set-up returning what to act on, the action) -------------------------

def _create(view, monkeypatch):
    accept_with(monkeypatch, view, lambda d: d.title.setText("新活动"))
    return lambda: view.create_on(date(2026, 12, 17))


def _edit(view, monkeypatch):
    add(view)
    accept_with(monkeypatch, view, lambda d: d.title.setText("改名"))
    return lambda: view.edit(found(view, "读书分享"))


def _edit_one_occurrence(view, monkeypatch):
    o = series_occurrence(view)
    monkeypatch.setattr(view, "ask_scope", lambda occurrence, verb: THIS_ONE)
    accept_with(monkeypatch, view, lambda d: d.title.setText("这一次"))
    return lambda: view.edit(o)


def _move(view, monkeypatch):
    add(view)
    return lambda: view.move_to(found(view, "读书分享"), date(2026, 12, 12))


def _move_occurrence(view, monkeypatch):
    o = series_occurrence(view)
    return lambda: view.move_to(o, date(2026, 12, 11))


def _copy(view, monkeypatch):
    add(view)
    return lambda: view.copy(found(view, "读书分享"))


def _delete(view, monkeypatch):
    event = add(view)
    reg.register(view.conn, event.id, view.members[:2])
    return lambda: view.delete(found(view, "读书分享"))


def _delete_one_occurrence(view, monkeypatch):
    o = series_occurrence(view)
    monkeypatch.setattr(view, "ask_scope", lambda occurrence, verb: THIS_ONE)
    return lambda: view.delete(o)


def _delete_series(view, monkeypatch):
    o = series_occurrence(view)
    view.move_to(o, date(2026, 12, 11))  # an occurrence with its own row goes too
    monkeypatch.setattr(view, "ask_scope", lambda occurrence, verb: SERIES)
    return lambda: view.delete(found(view, "每周夜读", 16))


def _register(view, monkeypatch):
    add(view, capacity=1)
    accept_with(monkeypatch, view, lambda d: d.add(view.members[:2]))
    return lambda: view.open_registrations(found(view, "读书分享"))


def _register_occurrence(view, monkeypatch):
    accept_with(monkeypatch, view, lambda d: d.add(view.members[:1]))
    o = series_occurrence(view)
    return lambda: view.open_registrations(o)


def _cancel_and_promote(view, monkeypatch):
    event = add(view, capacity=1)
    reg.register(view.conn, event.id, view.members[:2])

    def cancel(dialog):
        dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
        dialog._on_cancel_clicked()

    accept_with(monkeypatch, view, cancel)
    return lambda: view.open_registrations(found(view, "读书分享"))


def _seats(view, monkeypatch):
    event = add(view, capacity=1)
    reg.register(view.conn, event.id, view.members[:3])

    def seats(dialog):
        dialog.capacity.setValue(3)
        dialog._on_capacity_clicked()

    accept_with(monkeypatch, view, seats)
    return lambda: view.open_registrations(found(view, "读书分享"))


def _signup_list(view, monkeypatch):
    from views.calendar.signup_paste import SignupListDialog

    add(view)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)

    def paste(dialog):
        lines = SignupListDialog(view.conn, dialog.community_id)
        lines.set_text("1. 张晓明\n2. 新朋友 13500000000\n3. 李娜 +1")
        lines.create.setChecked(True)
        dialog.import_signup_list(lines)

    accept_with(monkeypatch, view, paste)
    return lambda: view.open_registrations(found(view, "读书分享"))


def _check_in(view, monkeypatch):
    event = add(view)
    reg.register(view.conn, event.id, view.members[:2])
    accept_with(monkeypatch, view, lambda d: d.check_in(view.members[0]))
    return lambda: view.open_check_in(found(view, "读书分享"))


def _walk_in(view, monkeypatch):
    add(view)

    def walk_in(dialog):
        dialog.walk_in_name.setText("陈新来")
        dialog.walk_in_phone.setText("13012345678")
        dialog._on_walk_in_clicked()

    accept_with(monkeypatch, view, walk_in)
    return lambda: view.open_check_in(found(view, "读书分享"))


def _outcome(view, monkeypatch):
    add(view)

    def fill(dialog):
        dialog.new_members.setValue(3)
        dialog.revenue.setValue(99)
        dialog.accept()

    accept_with(monkeypatch, view, fill)
    return lambda: view.open_outcome(found(view, "读书分享"))


OPERATIONS = [_create, _edit, _edit_one_occurrence, _move, _move_occurrence, _copy, _delete,
              _delete_one_occurrence, _delete_series, _register, _register_occurrence,
              _cancel_and_promote, _seats, _signup_list, _check_in, _walk_in, _outcome]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda f: f.__name__.strip("_"))
def test_undo_gives_back_the_state_before_and_redo_the_state_after(view, monkeypatch,
                                                                   operation):
    act = operation(view, monkeypatch)  # the set-up, then the operation to check
    stack, start = view.undo_stack, view.undo_stack.index()
    before = checksum(view.conn)
    act()
    after = checksum(view.conn)
    assert stack.index() > start and after != before
    while stack.index() > start:
        stack.undo()
    assert checksum(view.conn) == before, differing(checksum(view.conn), before)
    while stack.canRedo():
        stack.redo()
    assert checksum(view.conn) == after, differing(checksum(view.conn), after)


def test_undoing_a_new_event_keeps_registrations_made_after_it(view, monkeypatch):
    """Today's bug: the registration was written outside the stack, and undoing "new event"
    deleted the event and, by ON DELETE CASCADE, the registration; redo did not bring it
    back."""
    accept_with(monkeypatch, view, lambda d: d.title.setText("新活动"))
    view.create_on(date(2026, 12, 17))
    accept_with(monkeypatch, view, lambda d: d.add(view.members[:1]))
    view.open_registrations(found(view, "新活动"))
    after = checksum(view.conn)
    while view.undo_stack.canUndo():
        view.undo_stack.undo()
    while view.undo_stack.canRedo():
        view.undo_stack.redo()
    assert checksum(view.conn) == after
    assert view.conn.execute("SELECT count(*) FROM registrations").fetchone()[0] == 1


def test_undoing_an_event_a_later_write_depends_on_is_refused(view, monkeypatch, qtbot):
    refused = []
    monkeypatch.setattr(view, "undo_failed", refused.append)
    accept_with(monkeypatch, view, lambda d: d.title.setText("新活动"))
    view.create_on(date(2026, 12, 17))
    event_id = found(view, "新活动").event.id
    reg.register(view.conn, event_id, view.members[:1])  # written outside the stack
    before = checksum(view.conn)
    view.undo_stack.undo()
    assert checksum(view.conn) == before  # the event and the registration are both there
    qtbot.waitUntil(lambda: bool(refused))
    assert view.undo_stack.count() == 0 and refused[0].params["dependents"] == 1


def test_a_refused_edit_leaves_nothing_on_the_stack(view, monkeypatch):
    add(view)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    accept_with(monkeypatch, view, lambda d: d.title.setText("   "))
    before = checksum(view.conn)
    view.edit(found(view, "读书分享"))
    assert warned and view.undo_stack.count() == 0 and checksum(view.conn) == before


def test_opening_the_dialogs_of_an_occurrence_writes_nothing(view, monkeypatch):
    """Registrations, check-in and outcome of one start of a series: its row of its own is
    made by the first change, not by opening a dialog."""
    o = series_occurrence(view)
    before = checksum(view.conn)
    monkeypatch.setattr(view, "run_dialog", lambda dialog: False)
    view.open_registrations(o)
    view.open_check_in(o)
    view.open_outcome(o)
    assert checksum(view.conn) == before and view.undo_stack.count() == 0


def test_the_door_undo_button_takes_back_its_own_last_check_in(view, monkeypatch):
    event = add(view)
    reg.register(view.conn, event.id, view.members[:2])
    before = checksum(view.conn)

    def door(dialog):
        dialog.check_in(view.members[0])
        assert dialog.undo_button.isEnabled()
        dialog._on_undo_clicked()
        assert not dialog.undo_button.isEnabled()

    accept_with(monkeypatch, view, door)
    view.open_check_in(found(view, "读书分享"))
    assert checksum(view.conn) == before and view.undo_stack.canRedo()


def test_the_calendar_does_not_refresh_twice_for_its_own_change(view, monkeypatch):
    add(view)
    reloads = []
    original = view.reload
    monkeypatch.setattr(view, "reload", lambda: (reloads.append(1), original())[1])
    view.changed.connect(view.apply_changes)  # as the window does
    view.copy(found(view, "读书分享"))
    assert len(reloads) == 2  # one for the change, one for the new selection
    view.undo_stack.undo()
    assert len(reloads) == 3  # the undo: once

def test_checksums_see_every_kind_of_change(view):
    start = datetime(2026, 12, 1).astimezone()
    assert occurrences(view.conn, start, start) == []
    before = checksum(view.conn)
    add(view)
    assert checksum(view.conn) != before and DAY.month == 12
