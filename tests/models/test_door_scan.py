"""A ticket code at the door: checked in once, and every other case said, writing nothing.

Also the tickets a badge sheet prints (seat holders, their role) and the occurrence a
command line's ``--event ID --date DAY`` names."""

from __future__ import annotations

from datetime import date

import pytest

from models.events import registrations as reg
from models.events import schedule as ev
from models.events.attendees import find_sitting
from models.events.door_scan import Outcome, look_up, scan
from models.events.schedule import EventFields
from models.events.tickets import (
    format_code,
    normalise_code,
    ticket_of,
    tickets,
)
from tests.checksums import checksum as table_checksums
from tests.models.calendar_fixtures import cal  # noqa: F401
from tests.models.test_registrations import make_event


def code_of(ws, event_id, member_id):
    return ws.conn.execute("SELECT code FROM registrations WHERE event_id = ? AND member_id = ?",
                           (event_id, member_id)).fetchone()[0]


@pytest.mark.parametrize(("typed", "code"), [
    ("123456789012", "123456789012"),
    ("1234 5678 9012", "123456789012"),
    ("1234-5678-9012\n", "123456789012"),
    ("１２３４ ５６７８ ９０１２", "123456789012"),  # full-width, from an input method
    ("13800001234", None),  # a phone: 11 digits
    ("1234", None),
    ("1234567890123", None),
    ("张晓明", None),
    ("", None),
])
def test_what_counts_as_a_code(typed, code):
    assert normalise_code(typed) == code


def test_the_code_prints_in_groups_of_four():
    assert format_code("123456789012") == "1234 5678 9012"


def test_a_scan_checks_in_once_and_a_repeat_writes_nothing(cal):  # noqa: F811
    ws, (a, _), m = cal
    event_id = make_event(ws, a)
    reg.register(ws.conn, event_id, m[:2])
    code = code_of(ws, event_id, m[1])
    first = scan(ws.conn, event_id, code)
    assert first.outcome == Outcome.CHECKED_IN and first.name == "李娜"
    assert first.checked_in_at and first.change.tables
    before = table_checksums(ws.conn)
    again = scan(ws.conn, event_id, code)
    assert again.outcome == Outcome.ALREADY and again.checked_in_at == first.checked_in_at
    assert table_checksums(ws.conn) == before
    assert reg.counts(ws.conn, event_id).checked_in == 1


def test_unknown_cancelled_and_another_events_codes_write_nothing(cal):  # noqa: F811
    ws, (a, _), m = cal
    here = make_event(ws, a)
    there = make_event(ws, a, day="2026-12-12")
    reg.register(ws.conn, here, m[:2])
    reg.register(ws.conn, there, [m[2]])
    reg.cancel(ws.conn, here, m[1])
    before = table_checksums(ws.conn)
    unknown = scan(ws.conn, here, "000000000000")
    assert unknown.outcome == Outcome.UNKNOWN
    cancelled = scan(ws.conn, here, code_of(ws, here, m[1]))
    assert cancelled.outcome == Outcome.CANCELLED and cancelled.name == "李娜"
    other = scan(ws.conn, here, code_of(ws, there, m[2]))
    assert other.outcome == Outcome.OTHER_EVENT and other.name == "王芳"
    assert other.other_title == "读书分享" and other.other_start.startswith("2026-12-12")
    assert table_checksums(ws.conn) == before


def test_a_waitlisted_ticket_gets_in_while_a_seat_is_free_and_not_past_capacity(cal):  # noqa: F811
    ws, (a, _), m = cal
    event_id = make_event(ws, a, capacity=2)
    reg.register(ws.conn, event_id, m[:4])  # m[2] and m[3] wait
    before = table_checksums(ws.conn)
    full = scan(ws.conn, event_id, code_of(ws, event_id, m[3]))
    assert full.outcome == Outcome.WAITLIST_FULL and (full.capacity, full.place) == (2, 2)
    assert table_checksums(ws.conn) == before
    # m[2], first in the queue, brings two guests: when m[0] cancels, the one free seat
    # cannot take all three, so nobody moves up (``fill_from_waitlist``) ...
    ws.conn.execute("UPDATE registrations SET guests = 2 WHERE member_id = ?", (m[2],))
    assert reg.cancel(ws.conn, event_id, m[0])[0] == []
    assert scan(ws.conn, event_id, code_of(ws, event_id, m[2])).outcome == \
        Outcome.WAITLIST_FULL
    # ... but m[3], alone, fits in it: let in (not a walk-in)
    came = scan(ws.conn, event_id, code_of(ws, event_id, m[3]))
    assert came.outcome == Outcome.CHECKED_IN and came.was == "waitlisted"
    assert came.name == "张伟"
    row = ws.conn.execute("SELECT status, walk_in FROM registrations WHERE event_id = ? AND"
                          " member_id = ?", (event_id, m[3])).fetchone()
    assert row == ("registered", 0)


def test_an_occurrence_without_a_row_only_names_where_the_ticket_belongs(cal):  # noqa: F811
    ws, (a, _), m = cal
    series, _ = ev.create_event(ws.conn, EventFields(
        title="周三夜跑", starts_at="2026-12-02T19:00:00+08:00",
        ends_at="2026-12-02T20:00:00+08:00", community_id=a, rrule="FREQ=WEEKLY;COUNT=4"))
    first = find_sitting(ws.conn, series.id, date(2026, 12, 2))
    event_id = first.ref.own_row(ws.conn)
    reg.register(ws.conn, event_id, [m[0]])
    week_two = find_sitting(ws.conn, series.id, date(2026, 12, 9))
    assert week_two.ref.row(ws.conn) is None
    found = look_up(ws.conn, week_two.ref.row(ws.conn), code_of(ws, event_id, m[0]))
    assert found.outcome == Outcome.OTHER_EVENT and found.other_start.startswith("2026-12-02")


def test_tickets_are_seat_holders_with_their_role_in_the_community(cal):  # noqa: F811
    ws, (a, b), m = cal
    event_id = make_event(ws, a, capacity=3)
    ws.conn.execute("UPDATE memberships SET role = '管理员' WHERE member_id = ?", (m[1],))
    outsider = reg.add_member(ws.conn, "Zoe", None, b)
    reg.register(ws.conn, event_id, [m[0], m[1], outsider, m[3]])  # m[3] waits
    held = tickets(ws.conn, event_id)
    assert {t.name: t.role for t in held} == {"张晓明": "成员", "李娜": "管理员", "Zoe": "成员"}
    assert all(len(t.code) == 12 for t in held)
    everyone = tickets(ws.conn, event_id, waitlisted=True)
    assert [t.waitlist_place for t in everyone if t.status == "waitlisted"] == [1]
    assert ticket_of(ws.conn, event_id, m[3]).waitlist_place == 1
    reg.cancel(ws.conn, event_id, m[0])
    assert ticket_of(ws.conn, event_id, m[0]) is None
