"""A series counts its occurrences: one weekly series of 8 with an evening edited on its own
is 1 series of 8, never "2 events"; a deleted evening is one fewer; a series with no end has
no count."""

from __future__ import annotations

from models.events import schedule as ev
from models.events.occurrences import delete_occurrence, detach_occurrence
from models.events.schedule import EventFields, list_events
from models.events.series_tally import EventTally, occurrence_count, tally
from tests.models.calendar_fixtures import cal  # noqa: F401


def _event(conn, rrule=None, start="2026-12-02T19:00:00+08:00", **extra):
    made, _ = ev.create_event(conn, EventFields(
        title="夜跑", starts_at=start, ends_at=start.replace("T19", "T21"), rrule=rrule,
        **extra))
    return made


def test_occurrences_of_a_series(cal):  # noqa: F811
    ws, _, _ = cal
    assert occurrence_count(_event(ws.conn)) == 1
    assert occurrence_count(_event(ws.conn, "FREQ=WEEKLY;BYDAY=WE;COUNT=8")) == 8
    assert occurrence_count(_event(ws.conn, "FREQ=DAILY;UNTIL=20261231T155959Z")) == 30
    # two days a week for four weeks, until given as a date
    assert occurrence_count(_event(ws.conn, "FREQ=WEEKLY;BYDAY=WE,SA;UNTIL=20261229")) == 8
    assert occurrence_count(_event(ws.conn, "FREQ=WEEKLY")) is None
    # a start the rule does not match still happens (RFC 5545): a Wednesday start, Mondays
    assert occurrence_count(_event(ws.conn, "FREQ=WEEKLY;BYDAY=MO;COUNT=3")) == 4


def test_deleted_evenings_are_not_counted_and_edited_ones_are_still_one(cal):  # noqa: F811
    ws, _, _ = cal
    series = _event(ws.conn, "FREQ=WEEKLY;BYDAY=WE;COUNT=8")
    delete_occurrence(ws.conn, series.id, "2026-12-16T19:00:00+08:00")
    moved, _ = detach_occurrence(ws.conn, series.id, "2026-12-23T19:00:00+08:00")
    ev.update_event(ws.conn, moved.id, starts_at="2026-12-24T19:00:00+08:00",
                    ends_at="2026-12-24T21:00:00+08:00")
    assert occurrence_count(ev.get_event(ws.conn, series.id)) == 7
    events = list_events(ws.conn)
    assert len(events) == 2  # rows: the series and its edited evening
    assert tally(events) == EventTally(singles=0, series=1, occurrences=7, endless=0)
    # the edited evening alone (its series not chosen) travels, and counts, as one event
    assert tally([e for e in events if e.parent_id]) == EventTally(singles=1)


def test_a_mix_of_singles_series_and_series_without_end(cal):  # noqa: F811
    ws, _, _ = cal
    _event(ws.conn)
    _event(ws.conn, start="2026-12-05T19:00:00+08:00")
    _event(ws.conn, "FREQ=MONTHLY;BYDAY=1SA;COUNT=6", start="2026-12-05T19:00:00+08:00")
    _event(ws.conn, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10",
           start="2026-12-01T19:00:00+08:00")
    _event(ws.conn, "FREQ=WEEKLY")
    # a rule stored by an older version that the calendar shows once: one event
    _event(ws.conn, "FREQ=FORTNIGHTLY")
    assert tally(list_events(ws.conn)) == EventTally(singles=3, series=3, occurrences=16,
                                                     endless=1)
