"""Operations and their undo: row snapshots put back exactly, refused when later rows
depend on them (models.store.operations, models.store.row_undo)."""

from __future__ import annotations

import re

import pytest

from models.core.changes import Change
from models.events import registrations as reg
from models.events import schedule as ev
from models.events.reminders import set_reminder_days
from models.store.operations import Done, irreversible, recorded, run
from models.store.row_undo import DERIVED, UndoConflict, capture
from models.store.workspace import transaction
from tests.checksums import checksum, differing, fts_ok
from tests.models.calendar_fixtures import cal  # noqa: F401

START = "2026-12-05T19:00:00+08:00"


def new_event(community_id, title="读书分享", capacity=None):
    return recorded(lambda conn: ev.create_event(conn, ev.EventFields(
        title, START, "2026-12-05T21:00:00+08:00", community_id=community_id,
        capacity=capacity)))


def test_undo_and_redo_give_back_the_exact_states(cal):  # noqa: F811
    ws, (a, _), people = cal
    conn = ws.conn
    states = [checksum(conn)]
    done = [run(conn, new_event(a, capacity=2))]
    event_id = done[0].value[0].id
    states.append(checksum(conn))
    for op in (recorded(lambda c: reg.register(c, event_id, people[:3])),
               recorded(lambda c: reg.check_in(c, event_id, people[0])),
               recorded(lambda c: reg.walk_in(c, event_id, "路人甲", "13012345678")),
               recorded(lambda c: reg.cancel(c, event_id, people[1]))):
        done.append(run(conn, op))
        states.append(checksum(conn))
    redos = []
    for step in reversed(range(len(done))):
        redos.append(run(conn, done[step].undo).undo)
        assert checksum(conn) == states[step], differing(checksum(conn), states[step])
        assert fts_ok(conn)
    for step, redo in enumerate(reversed(redos)):
        run(conn, redo)
        assert checksum(conn) == states[step + 1]


def test_undoing_a_registration_then_its_event(cal):  # noqa: F811
    ws, (a, _), people = cal
    before = checksum(ws.conn)
    made = run(ws.conn, new_event(a))
    event_id = made.value[0].id
    signed = run(ws.conn, recorded(lambda c: reg.register(c, event_id, people[:2])))
    run(ws.conn, signed.undo)
    run(ws.conn, made.undo)
    assert checksum(ws.conn) == before


def test_undoing_an_event_that_a_later_registration_needs_is_refused(cal):  # noqa: F811
    ws, (a, _), people = cal
    made = run(ws.conn, new_event(a))
    event_id = made.value[0].id
    reg.register(ws.conn, event_id, [people[0]])  # written outside the undo stack
    before = checksum(ws.conn)
    with pytest.raises(UndoConflict) as refused:
        run(ws.conn, made.undo)
    assert refused.value.code == "undo-conflict"
    assert refused.value.params == {"table": "events", "dependents": 1, "changed": 0}
    assert checksum(ws.conn) == before  # the event and its registration are both still there
    assert ws.conn.execute("SELECT count(*) FROM registrations").fetchone()[0] == 1


def test_undoing_a_row_changed_since_is_refused(cal):  # noqa: F811
    ws, (a, _), _ = cal
    event_id = run(ws.conn, new_event(a)).value[0].id
    moved = run(ws.conn, recorded(lambda c: ev.update_event(c, event_id, title="改名")))
    ev.update_event(ws.conn, event_id, capacity=9)  # outside the stack
    before = checksum(ws.conn)
    with pytest.raises(UndoConflict) as refused:
        run(ws.conn, moved.undo)
    assert refused.value.params["changed"] == 1
    assert checksum(ws.conn) == before


def test_a_failing_operation_writes_nothing_and_leaves_capture_off(cal):  # noqa: F811
    ws, (a, _), people = cal
    before = checksum(ws.conn)

    def half(conn):
        reg.add_member(conn, "半途", None, a)
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        run(ws.conn, recorded(half))
    assert checksum(ws.conn) == before
    # the next operation records only its own rows
    done = run(ws.conn, recorded(
        lambda c: Change.of("members", ids=[reg.add_member(c, "下一个", None, a)])))
    assert done.undo.rows.created("members") and not done.undo.rows.created("events")
    run(ws.conn, done.undo)
    assert checksum(ws.conn) == before


def test_replace_and_schema_changes_are_captured(cal):  # noqa: F811
    ws, _, _ = cal
    set_reminder_days(ws.conn, 3)
    before = checksum(ws.conn)
    done = run(ws.conn, recorded(lambda c: (set_reminder_days(c, 9), Change())[1]))
    run(ws.conn, done.undo)  # INSERT OR REPLACE: the replaced row comes back
    assert checksum(ws.conn) == before
    ws.conn.execute("ALTER TABLE events ADD COLUMN colour TEXT")
    event_id = run(ws.conn, recorded(lambda c: ev.create_event(c, ev.EventFields(
        "x", START))))
    ws.conn.execute("UPDATE events SET colour = 'red'")  # outside: must be seen as a change
    with pytest.raises(UndoConflict):
        run(ws.conn, event_id.undo)


def test_nothing_written_says_so_and_irreversible_has_no_undo(cal):  # noqa: F811
    ws, (a, _), people = cal
    event_id = run(ws.conn, new_event(a)).value[0].id
    reg.check_in(ws.conn, event_id, people[0])
    again = run(ws.conn, recorded(lambda c: reg.check_in(c, event_id, people[0])))
    assert not again.wrote and again.value.outcome == "already"
    gone = run(ws.conn, irreversible(lambda c: ev.delete_event(c, event_id)))
    assert isinstance(gone, Done) and gone.undo is None


def test_capture_does_not_nest_and_needs_a_transaction(cal):  # noqa: F811
    ws, _, _ = cal
    with pytest.raises(RuntimeError):
        with capture(ws.conn):
            pass
    with transaction(ws.conn), capture(ws.conn):
        with pytest.raises(RuntimeError, match="nest"):
            with capture(ws.conn):
                pass


def test_change_names_its_source():
    change = Change.of("events", ids=[1], source="calendar")
    assert change.source == "calendar" and change.touches("events")
    assert Change.of("members").by("import").source == "import"
    assert (Change.of("a") | change).source == "calendar"


def test_derived_tables_are_the_summaries_the_triggers_keep(cal):  # noqa: F811
    """Every table a trigger writes is a summary (DERIVED), except the members row whose
    last_active_at/communities_text the triggers keep: a base table, undone like others.
    The zone triggers (``zone_*``) and the one drawing a registration's ticket code
    (``registrations_code``, format 15) only rewrite the row being written, in its own
    table."""
    ws, _, _ = cal
    written = set()
    for (sql,) in ws.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                                  " AND name NOT LIKE 'zone\\_%' ESCAPE '\\'"
                                  " AND name != 'registrations_code'"):
        body = sql.split("BEGIN", 1)[1]
        written.update(re.findall(r"(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|(?<!DO )UPDATE|DELETE\s+FROM)"
                                  r"\s+\"?(\w+)", body, re.IGNORECASE))
    assert written - {"members", "member_search", "member_grams"} == set(DERIVED)
