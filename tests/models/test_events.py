"""Events: create, edit (SEQUENCE), move, copy, delete; repeating series with exceptions;
clashes in the same community."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from models.events import schedule as ev
from models.events.occurrences import (
    clashes_with,
    delete_occurrence,
    detach_occurrence,
    occurrences,
)
from models.events.recurrence import MONTHLY, WEEKLY, Rule, parse_rule
from models.events.schedule import EventFields
from tests.models.calendar_fixtures import cal  # noqa: F401

T = "+08:00"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text + T)


def fields(community_id, title="读书分享", start="2026-12-05T19:00:00", end="2026-12-05T21:00:00",
           **extra) -> EventFields:
    return EventFields(title=title, starts_at=start + T, ends_at=end + T,
                       community_id=community_id, **extra)


def test_create_and_edit_bumps_sequence(cal):  # noqa: F811
    ws, (a, _), _ = cal
    event, change = ev.create_event(ws.conn, fields(a, kind="讲座", budget=50000))
    assert change.touches("events") and event.id in change.ids
    assert event.uid.endswith("@qunzhu") and event.sequence == 0
    edited, _ = ev.update_event(ws.conn, event.id, title="读书分享（第二期）", capacity=30)
    assert edited.title == "读书分享（第二期）" and edited.capacity == 30
    assert edited.sequence == 1 and edited.uid == event.uid


def test_invalid_fields_are_refused_and_nothing_written(cal):  # noqa: F811
    ws, (a, _), _ = cal
    with pytest.raises(ValueError, match="title"):
        ev.create_event(ws.conn, fields(a, title=" "))
    with pytest.raises(ValueError, match="before the start"):
        ev.create_event(ws.conn, fields(a, end="2026-12-05T18:00:00"))
    assert ws.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_move_keeps_length(cal):  # noqa: F811
    ws, (a, _), _ = cal
    event, _ = ev.create_event(ws.conn, fields(a))
    moved, _ = ev.move_event(ws.conn, event.id, timedelta(days=3))
    assert moved.starts_at == "2026-12-08T19:00:00+08:00"
    assert moved.ends_at == "2026-12-08T21:00:00+08:00"
    assert moved.sequence == event.sequence + 1


def test_copy_is_a_new_draft_without_outcomes(cal):  # noqa: F811
    ws, (a, _), _ = cal
    event, _ = ev.create_event(ws.conn, fields(a, status="已结束"))
    ev.update_event(ws.conn, event.id, revenue=10000)
    copy, _ = ev.copy_event(ws.conn, event.id, "2027-01-09T19:00:00+08:00")
    assert copy.id != event.id and copy.uid != event.uid
    assert copy.status == "草稿" and copy.revenue is None
    assert copy.ends_at == "2027-01-09T21:00:00+08:00"


def test_weekly_series_with_one_occurrence_moved_and_one_deleted(cal):  # noqa: F811
    ws, (a, _), _ = cal
    start = at("2026-12-02T19:00:00")  # a Wednesday
    rule = Rule(WEEKLY, weekdays=(2,), count=6).to_rrule(start)
    assert rule == "FREQ=WEEKLY;BYDAY=WE;COUNT=6"
    series, _ = ev.create_event(ws.conn, fields(a, start="2026-12-02T19:00:00",
                                                end="2026-12-02T20:00:00", rrule=rule))
    window = (at("2026-12-01T00:00:00"), at("2027-02-01T00:00:00"))
    found = occurrences(ws.conn, *window)
    assert [o.start.day for o in found] == [2, 9, 16, 23, 30, 6]
    # this occurrence only: the 16th moves to Thursday 17th
    one, _ = detach_occurrence(ws.conn, series.id, "2026-12-16T19:00:00+08:00")
    ev.move_event(ws.conn, one.id, timedelta(days=1))
    # and the 23rd is cancelled
    delete_occurrence(ws.conn, series.id, "2026-12-23T19:00:00+08:00")
    found = occurrences(ws.conn, *window)
    assert [o.start.date().isoformat() for o in found] == [
        "2026-12-02", "2026-12-09", "2026-12-17", "2026-12-30", "2027-01-06"]
    moved = [o for o in found if not o.virtual]
    assert len(moved) == 1 and moved[0].series_id == series.id and moved[0].repeats
    # editing the series changes the others, not the detached one
    ev.update_event(ws.conn, series.id, title="读书夜")
    titles = {o.start.day: o.event.title for o in occurrences(ws.conn, *window)}
    assert titles[9] == "读书夜" and titles[17] == "读书分享"
    # detaching is idempotent
    again, _ = detach_occurrence(ws.conn, series.id, "2026-12-16T19:00:00+08:00")
    assert again.id == one.id


@pytest.mark.parametrize("rule, text", [
    (Rule(MONTHLY, until=datetime(2027, 3, 31).date()), "FREQ=MONTHLY;UNTIL=20270331T155959Z"),
    (Rule("DAILY", interval=2, count=3), "FREQ=DAILY;INTERVAL=2;COUNT=3"),
    (Rule(WEEKLY, weekdays=(0, 4)), "FREQ=WEEKLY;BYDAY=MO,FR"),
])
def test_rules_round_trip_through_rrule_text(rule, text):
    start = at("2026-12-02T19:00:00")
    assert rule.to_rrule(start) == text
    assert parse_rule(text, start) == rule


def test_rules_the_editor_cannot_show_are_kept_as_text():
    assert parse_rule("FREQ=MONTHLY;BYDAY=1MO") is None
    assert parse_rule("FREQ=YEARLY") is None


def test_overlapping_events_of_one_community_clash(cal):  # noqa: F811
    ws, (a, b), _ = cal
    first, _ = ev.create_event(ws.conn, fields(a))
    ev.create_event(ws.conn, fields(a, title="重叠", start="2026-12-05T20:00:00",
                                    end="2026-12-05T22:00:00"))
    ev.create_event(ws.conn, fields(b, title="别的社群"))
    ev.create_event(ws.conn, fields(a, title="之后", start="2026-12-05T21:00:00",
                                    end="2026-12-05T23:00:00", status="已取消"))
    found = occurrences(ws.conn, at("2026-12-05T00:00:00"), at("2026-12-06T00:00:00"))
    assert {o.event.title: o.clash for o in found} == {
        "读书分享": True, "重叠": True, "别的社群": False, "之后": False}
    assert [o.event.title for o in clashes_with(ws.conn, fields(a, start="2026-12-05T20:30:00",
                                                                end="2026-12-05T20:45:00"))] \
        == ["读书分享", "重叠"]
    assert clashes_with(ws.conn, first.fields(), {first.id})[0].event.title == "重叠"


def test_a_deleted_event_leaves_the_calendar(cal):  # noqa: F811
    ws, (a, _), _ = cal
    event, _ = ev.create_event(ws.conn, fields(a))
    ev.delete_event(ws.conn, event.id)
    window = (at("2026-12-01T00:00:00"), at("2026-12-31T00:00:00"))
    assert occurrences(ws.conn, *window) == []
