"""Every registration carries a ticket code (format 15): twelve digits drawn at random when
the row is written, kept through undo and redo so a printed badge stays valid."""

from __future__ import annotations

import re

from models.events import registrations as reg
from models.store.operations import recorded, run
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.test_registrations import make_event


def codes(ws, event_id):
    return dict(ws.conn.execute("SELECT member_id, code FROM registrations WHERE event_id = ?",
                                (event_id,)).fetchall())


def test_each_registration_and_walk_in_gets_its_own_code(cal):  # noqa: F811
    ws, (a, _), m = cal
    event_id = make_event(ws, a, capacity=2)
    reg.register(ws.conn, event_id, m[:3])  # the third waits: a waitlisted ticket too
    reg.walk_in(ws.conn, event_id, "陈新来", "13012345678")
    got = codes(ws, event_id)
    assert len(got) == 4
    assert all(re.fullmatch(r"\d{12}", c) for c in got.values()), got
    assert len(set(got.values())) == 4
    # consecutive registrations share no visible pattern: not ids, not a counter
    numbers = sorted(int(c) for c in got.values())
    assert numbers[-1] - numbers[0] > 1000


def test_undo_and_redo_keep_the_code_a_badge_was_printed_with(cal):  # noqa: F811
    ws, (a, _), m = cal
    event_id = make_event(ws, a)
    done = run(ws.conn, recorded(lambda c: reg.register(c, event_id, [m[0]])))
    printed = codes(ws, event_id)[m[0]]
    undone = run(ws.conn, done.undo)
    assert codes(ws, event_id) == {}
    run(ws.conn, undone.undo)
    assert codes(ws, event_id) == {m[0]: printed}
