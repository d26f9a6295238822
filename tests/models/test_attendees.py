"""Which rows an attendee list reads (an event, one day of a series), in which order, with
waitlist places; and ``export events``' one line per occurrence."""

from __future__ import annotations

from datetime import date

import pytest

from models.core.errors import Code, DomainError, NotFound
from models.events import registrations as reg
from models.events import schedule as ev
from models.events.attendees import at_the_door, attendees, find_sitting
from models.events.occurrence_lines import occurrence_lines
from models.events.occurrences import detach_occurrence
from models.events.outcomes import save_outcome
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401


def weekly(ws, community_id, count=4):
    """A Wednesday evening series from 2026-12-02, ``count`` times, budget ¥300 a time."""
    event, _ = ev.create_event(ws.conn, EventFields(
        title="每周三 共读", starts_at="2026-12-02T19:30:00+08:00",
        ends_at="2026-12-02T21:00:00+08:00", community_id=community_id,
        rrule=f"FREQ=WEEKLY;BYDAY=WE;COUNT={count}", budget=30000, status="已发布"))
    return event.id


def single(ws, community_id, capacity=None):
    event, _ = ev.create_event(ws.conn, EventFields(
        title="读书分享", starts_at="2026-12-05T19:00:00+08:00",
        ends_at="2026-12-05T21:00:00+08:00", community_id=community_id, capacity=capacity,
        location="愚园路 123 号", status="已发布"))
    return event.id


def test_a_day_of_a_series_reads_that_days_own_row(cal):  # noqa: F811
    ws, (a, _), m = cal
    series = weekly(ws, a)
    second, _ = detach_occurrence(ws.conn, series, "2026-12-09T19:30:00+08:00")
    reg.register(ws.conn, second.id, m[:2])
    sitting = find_sitting(ws.conn, series, date(2026, 12, 9))
    assert sitting.ref.row(ws.conn) == second.id
    assert sitting.start.isoformat() == "2026-12-09T19:30:00+08:00"
    assert [x.member_id for x in attendees(ws.conn, sitting)] == m[:2]
    # another day of the same series: nobody yet, and no row is made for asking
    other = find_sitting(ws.conn, series, date(2026, 12, 16))
    assert attendees(ws.conn, other) == []
    assert other.event.title == "每周三 共读" and other.start.day == 16
    assert ws.conn.execute("SELECT count(*) FROM events WHERE parent_id = ?",
                           (series,)).fetchone()[0] == 1
    # the occurrence's own id names it too, with or without its day
    assert find_sitting(ws.conn, second.id).ref.row(ws.conn) == second.id
    assert find_sitting(ws.conn, second.id, date(2026, 12, 9)).ref.row(ws.conn) == second.id


def test_requests_naming_no_occurrence_are_refused(cal):  # noqa: F811
    ws, (a, _), _ = cal
    series = weekly(ws, a)
    one = single(ws, a)
    with pytest.raises(DomainError) as needed:
        find_sitting(ws.conn, series)
    assert needed.value.code == Code.OCCURRENCE_DAY_NEEDED
    with pytest.raises(NotFound) as thursday:
        find_sitting(ws.conn, series, date(2026, 12, 10))  # a Thursday
    assert thursday.value.code == Code.NO_OCCURRENCE
    with pytest.raises(NotFound):
        find_sitting(ws.conn, series, date(2026, 12, 30))  # past COUNT=4
    with pytest.raises(NotFound) as wrong_day:
        find_sitting(ws.conn, one, date(2026, 12, 6))
    assert wrong_day.value.code == Code.NO_OCCURRENCE
    assert find_sitting(ws.conn, one, date(2026, 12, 5)).event.id == one
    with pytest.raises(NotFound) as missing:
        find_sitting(ws.conn, 9999)
    assert missing.value.code == Code.NO_EVENT
    ev.delete_event(ws.conn, one)
    with pytest.raises(NotFound):
        find_sitting(ws.conn, one)  # in the trash


def test_rows_come_registered_then_waitlist_then_cancelled(cal):  # noqa: F811
    ws, (a, _), m = cal
    one = single(ws, a, capacity=2)
    reg.register(ws.conn, one, m[:4])  # m0, m1 in; m2, m3 wait
    reg.cancel(ws.conn, one, m[0])  # m2 moves up
    walked = reg.check_in(ws.conn, one, m[4])  # a walk-in, after the others signed up
    found = attendees(ws.conn, find_sitting(ws.conn, one))
    assert [(x.number, x.member_id, x.status, x.walk_in, x.waitlist_place) for x in found] == [
        (1, m[1], "registered", False, None), (2, m[2], "registered", False, None),
        (3, m[4], "registered", True, None), (4, m[3], "waitlisted", False, 1),
        (5, m[0], "cancelled", False, None)]
    assert found[2].checked_in_at == walked.checked_in_at
    assert all(x.code and len(x.code) == 12 for x in found)
    door = at_the_door(found)
    assert [(x.number, x.member_id) for x in door] == [(1, m[1]), (2, m[2]), (3, m[4]),
                                                       (4, m[3])]


def test_a_weekly_series_is_one_line_per_occurrence(cal):  # noqa: F811
    ws, (a, b), m = cal
    series = weekly(ws, a)
    second, _ = detach_occurrence(ws.conn, series, "2026-12-09T19:30:00+08:00")
    reg.register(ws.conn, second.id, m[:3])
    reg.check_in(ws.conn, second.id, m[0])
    reg.check_in(ws.conn, second.id, m[4])  # walked in
    save_outcome(ws.conn, second.id, new_members=None, conversions=None, revenue=None,
                 actual_cost=35000, notes=None)
    single(ws, b)
    lines = occurrence_lines(ws.conn, date(2026, 12, 1), date(2026, 12, 31))
    assert [(x.title, x.start.day) for x in lines] == [
        ("每周三 共读", 2), ("读书分享", 5), ("每周三 共读", 9), ("每周三 共读", 16),
        ("每周三 共读", 23)]
    day = lines[2]
    assert day.event_id == second.id and day.series_id == series
    c = day.counts
    assert (c.registered, c.checked_in, c.walk_ins, c.no_shows) == (3, 2, 1, 2)
    assert day.attendance_rate == pytest.approx(2 / 3)
    assert (day.budget, day.actual_cost, day.over_budget) == (30000, 35000, 5000)
    first = lines[0]
    assert first.event_id == series and first.counts.registered == 0
    assert (first.budget, first.actual_cost, first.over_budget) == (30000, None, None)
    assert [x.community for x in lines] == ["读书会", "跑步团", "读书会", "读书会", "读书会"]
    only_b = occurrence_lines(ws.conn, date(2026, 12, 1), date(2026, 12, 31), b)
    assert [x.title for x in only_b] == ["读书分享"]
    assert len(occurrence_lines(ws.conn, date(2026, 12, 3), date(2026, 12, 9))) == 2
