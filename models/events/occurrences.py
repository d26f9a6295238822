"""What the calendar shows: occurrences of events in a time window, with clashes marked,
and "this occurrence only" edits of a repeating event.

An occurrence edited on its own becomes a row of its own (``parent_id`` = the series,
``recurrence_id`` = the start it replaces, like iCalendar's RECURRENCE-ID); the series
then skips that start. A deleted occurrence goes into the series' ``exdates`` (EXDATE).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, NotFound
from models.events import recurrence
from models.events.schedule import (
    _SELECT,
    Event,
    EventFields,
    create_event,
    end_of,
    get_event,
    row_to_event,
    update_event,
)
from models.store.workspace import transaction as atomic


@dataclass(frozen=True)
class Occurrence:
    """One appearance of an event on the calendar."""

    event: Event
    start: datetime
    end: datetime
    #: The series row this occurrence comes from, when it repeats (its own id otherwise).
    series_id: int
    #: True when this is one start of a repeating series, not a row of its own.
    virtual: bool = False
    clash: bool = False

    @property
    def key(self) -> tuple[int, str]:
        return (self.series_id if self.virtual else self.event.id, self.start.isoformat())

    @property
    def repeats(self) -> bool:
        return self.virtual or self.event.parent_id is not None or bool(self.event.rrule)

    def days(self) -> list[date]:
        """The local dates this occurrence covers (at least its start date)."""
        first = self.start.date()
        last_moment = self.end - timedelta(seconds=1)
        last = max(first, last_moment.date())
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def occurrences(conn: sqlite3.Connection, start: datetime, end: datetime,
                community_id: int | None = None) -> list[Occurrence]:
    """Occurrences overlapping ``[start, end)``, in start order, clashes marked.

    The SQL widens the window by two days so text comparison across UTC offsets cannot
    miss a row; exact filtering happens on real datetimes.
    """
    hi = (end + timedelta(days=2)).date().isoformat()
    scope, args = ("AND community_id = ?", [community_id]) if community_id is not None else ("", [])
    # Multi-day single events: look back a while (events rarely last more than a month).
    rows = conn.execute(
        f"{_SELECT} WHERE deleted_at IS NULL {scope} AND starts_at < ? AND"
        " ((rrule IS NULL AND starts_at >= ?) OR rrule IS NOT NULL)"
        " ORDER BY starts_at, id",
        [*args, hi, (start - timedelta(days=40)).date().isoformat()]).fetchall()
    events = [row_to_event(r) for r in rows]
    overrides: dict[int, set[str]] = defaultdict(set)
    for e in events:
        if e.parent_id is not None and e.recurrence_id:
            overrides[e.parent_id].add(e.recurrence_id)
    # Overrides moved far from their series' start may have been outside the widened window.
    found: list[Occurrence] = []
    for e in events:
        if e.rrule and e.parent_id is None:
            length = e.end - e.start
            skip = [*e.exdate_list, *_override_ids(conn, e.id, overrides)]
            for s in recurrence.expand(e.rrule, e.start, start - length, end,
                                       tzid=e.tzid, skip=skip):
                if s + length > start:
                    found.append(Occurrence(e, s, s + length, e.id, virtual=True))
        else:
            s, t = e.start, e.end
            if s < end and t > start:
                found.append(Occurrence(e, s, t, e.parent_id or e.id))
    found.sort(key=lambda o: (o.start, o.event.id))
    return mark_clashes(found)


def _override_ids(conn: sqlite3.Connection, series_id: int, seen: dict[int, set[str]]) -> set[str]:
    rows = conn.execute("SELECT recurrence_id FROM events WHERE parent_id = ?"
                        " AND recurrence_id IS NOT NULL", (series_id,)).fetchall()
    return seen.get(series_id, set()) | {r[0] for r in rows}


def mark_clashes(found: list[Occurrence]) -> list[Occurrence]:
    """Mark occurrences that overlap another one of the same community (cancelled events
    and those without a community never clash)."""
    by_community: dict[int, list[int]] = defaultdict(list)
    for index, o in enumerate(found):
        if o.event.community_id is not None and o.event.status != "已取消":
            by_community[o.event.community_id].append(index)
    clashing: set[int] = set()
    for indexes in by_community.values():
        ordered = sorted(indexes, key=lambda i: found[i].start)
        running_end, running_index = None, None
        for i in ordered:
            o = found[i]
            if running_end is not None and o.start < running_end:
                clashing.update((i, running_index))  # type: ignore[arg-type]
            if running_end is None or o.end > running_end:
                running_end, running_index = o.end, i
    return [replace(o, clash=True) if i in clashing else o for i, o in enumerate(found)]


def clashes_with(conn: sqlite3.Connection, f: EventFields,
                 ignore_ids: set[int] | frozenset[int] = frozenset()) -> list[Occurrence]:
    """Occurrences of the same community that overlap ``f``'s first occurrence (what the
    editor warns about before saving)."""
    if f.community_id is None:
        return []
    start = datetime.fromisoformat(f.starts_at)
    end = end_of(f.starts_at, f.ends_at, f.all_day)
    return [o for o in occurrences(conn, start, end, f.community_id)
            if o.series_id not in ignore_ids and o.event.id not in ignore_ids
            and o.event.status != "已取消" and o.start < end and o.end > start]


# -- one occurrence of a series -----------------------------------------------------------

def occurrence_row(conn: sqlite3.Connection, series_id: int, occurrence_start: str,
                   ) -> Event | None:
    """The row of its own of one occurrence of a series, if it has one (nothing is made)."""
    wanted = datetime.fromisoformat(occurrence_start)
    for row in conn.execute(f"{_SELECT} WHERE parent_id = ? AND recurrence_id IS NOT NULL",
                            (series_id,)).fetchall():
        e = row_to_event(row)
        if datetime.fromisoformat(e.recurrence_id or "") == wanted:
            return e
    return None


def detach_occurrence(conn: sqlite3.Connection, series_id: int, occurrence_start: str,
                      ) -> tuple[Event, Change]:
    """The row of its own for one occurrence of a series, made if needed (same plan, this
    start). Registrations, check-ins and outcomes of that day belong to this row; make it
    inside the operation that writes them, never merely to show a dialog."""
    series = get_event(conn, series_id)
    if series is None or not series.rrule:
        raise NotFound(Code.NOT_A_SERIES, id=series_id)
    wanted = datetime.fromisoformat(occurrence_start)
    found = occurrence_row(conn, series_id, occurrence_start)
    if found is not None:
        return found, Change.of("events", ids=[found.id])
    if not recurrence.occurrence_at(series.rrule, series.start, wanted, series.tzid):
        raise NotFound(Code.NO_OCCURRENCE, id=series_id, start=occurrence_start)
    length = series.end - series.start
    f = replace(series.fields(), rrule=None, starts_at=wanted.isoformat(),
                ends_at=(wanted + length).isoformat() if series.ends_at else None)
    with atomic(conn):
        event, change = create_event(
            conn, f, uid=f"{series.uid}/{wanted.strftime('%Y%m%dT%H%M%S')}",
            extra={"parent_id": series_id, "recurrence_id": wanted.isoformat()})
    return event, change | Change.of("events", ids=[series_id])


@dataclass(frozen=True)
class OccurrenceRef:
    """Which event row registrations, check-ins and outcomes of one occurrence go to: the
    event itself, or the row of its own of one start of a series, which may not exist yet
    (``row`` reads it, ``own_row`` makes it, inside the operation that writes)."""

    series_id: int
    start: str
    #: The row, when the occurrence is a row already (a single event, an edited one).
    event_id: int | None = None

    @classmethod
    def of(cls, occurrence: Occurrence) -> OccurrenceRef:
        return cls(occurrence.series_id, occurrence.start.isoformat(),
                   None if occurrence.virtual else occurrence.event.id)

    def row(self, conn: sqlite3.Connection) -> int | None:
        if self.event_id is not None:
            return self.event_id
        found = occurrence_row(conn, self.series_id, self.start)
        return found.id if found else None

    def own_row(self, conn: sqlite3.Connection) -> int:
        found = self.row(conn)
        if found is not None:
            return found
        return detach_occurrence(conn, self.series_id, self.start)[0].id

    def event(self, conn: sqlite3.Connection) -> Event:
        """The event as it would be shown for this occurrence (the series' plan at this
        start, when it has no row of its own yet)."""
        found = self.row(conn)
        event = get_event(conn, found if found is not None else self.series_id)
        if event is None:
            raise NotFound(Code.NO_EVENT, id=self.series_id)
        if found is None:
            length = event.end - event.start
            start = datetime.fromisoformat(self.start)
            event = replace(event, starts_at=start.isoformat(), rrule=None,
                            ends_at=(start + length).isoformat() if event.ends_at else None)
        return event


def delete_occurrence(conn: sqlite3.Connection, series_id: int, occurrence_start: str) -> Change:
    """Remove one occurrence from a series (EXDATE); its own row, if any, goes to the trash."""
    series = get_event(conn, series_id)
    if series is None:
        raise NotFound(Code.NO_EVENT, id=series_id)
    wanted = datetime.fromisoformat(occurrence_start)
    with atomic(conn):
        if all(datetime.fromisoformat(d) != wanted for d in series.exdate_list):
            update_event(conn, series_id,
                         exdates=",".join([*series.exdate_list, wanted.isoformat()]))
        ids = [series_id]
        for row in conn.execute("SELECT id, recurrence_id FROM events WHERE parent_id = ?"
                                " AND deleted_at IS NULL", (series_id,)).fetchall():
            if row[1] and datetime.fromisoformat(row[1]) == wanted:
                update_event(conn, row[0], deleted_at=now_iso())
                ids.append(row[0])
    return Change.of("events", ids=ids)


def series_rows(conn: sqlite3.Connection, series_id: int) -> list[int]:
    """The series row and the rows of its occurrences edited on their own."""
    return [series_id, *(r[0] for r in conn.execute(
        "SELECT id FROM events WHERE parent_id = ?", (series_id,)))]
