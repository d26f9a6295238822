"""Who is on one occurrence's list, as rows an export needs (the attendee workbook, the
sign-in sheet), and which rows a request names.

An event is asked for by id, and a day when it repeats: a series keeps no registrations of
its own; each of its days does, on the row of its own that the first registration or
check-in of that day made (``models.events.occurrences``). So ``find_sitting`` turns
(id, day) into that occurrence: a series' id with a day is the occurrence on that day (a
day nobody has signed up for yet has no row and an empty list); the id of such an
occurrence row, or of a single event, stands for itself, and a day given with it must be
one it covers. Read-only: nothing is written, no row is made.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from models.core import clock
from models.core.errors import Code, DomainError, NotFound
from models.events import recurrence
from models.events.occurrences import OccurrenceRef, occurrences
from models.events.registrations import CANCELLED, REGISTERED, WAITLISTED
from models.events.schedule import Event, get_event

#: Days of a series named when a request leaves the day out.
DAYS_SHOWN = 5


@dataclass(frozen=True)
class Sitting:
    """One occurrence whose list is asked for: where its registrations live and what the
    paper's header says about it."""

    ref: OccurrenceRef
    #: The event as shown for this occurrence (the series' plan at this start, or its row).
    event: Event
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Attendee:
    """One registration as a list shows it."""

    #: 1, 2, … in list order (registered in sign-up order, the waitlist, then cancelled).
    number: int
    member_id: int
    name: str
    phone: str | None
    #: 'registered', 'waitlisted' or 'cancelled' (registrations.status).
    status: str
    walk_in: bool
    #: 1 for the first on the waitlist (who moves up next), None when not waiting.
    waitlist_place: int | None
    guests: int
    note: str | None
    registered_at: str
    checked_in_at: str | None
    #: The ticket code a badge's QR holds (format 15); None in files older than that.
    code: str | None


def find_sitting(conn: sqlite3.Connection, event_id: int, day: date | None = None) -> Sitting:
    """The occurrence ``event_id`` (and ``day``) names; see the module docstring.

    Refuses with ``NotFound(NO_EVENT)`` (no such event, or in the trash),
    ``NotFound(NO_OCCURRENCE, id, start=day)`` (the event does not happen that day) and
    ``DomainError(OCCURRENCE_DAY_NEEDED, id, days)`` (a series without a day; ``days``
    lists a few of its days around today, to pick from).
    """
    event = get_event(conn, event_id)
    if event is None or event.deleted_at is not None:
        raise NotFound(Code.NO_EVENT, id=event_id)
    if event.rrule and event.parent_id is None:
        if day is None:
            raise DomainError(Code.OCCURRENCE_DAY_NEEDED, id=event_id,
                              days=", ".join(d.isoformat() for d in series_days(conn, event)))
        found = [o for o in _day_occurrences(conn, day, event.community_id)
                 if o.series_id == event_id]
        if not found:
            raise NotFound(Code.NO_OCCURRENCE, id=event_id, start=day.isoformat())
        first = found[0]
        ref = OccurrenceRef.of(first)
        return Sitting(ref, ref.event(conn), first.start, first.end)
    start, end = event.start, event.end
    covered = {start.date() + timedelta(days=n)
               for n in range(max(((end - timedelta(seconds=1)).date() - start.date()).days, 0)
                              + 1)}
    if day is not None and day not in covered:
        raise NotFound(Code.NO_OCCURRENCE, id=event_id, start=day.isoformat())
    return Sitting(OccurrenceRef(event.parent_id or event.id, start.isoformat(), event.id),
                   event, start, end)


def _day_occurrences(conn: sqlite3.Connection, day: date, community_id: int | None):
    """Occurrences starting on ``day`` (by the date their own start is written with)."""
    around = [o for o in occurrences(
        conn, datetime.combine(day - timedelta(days=1), time(0)).astimezone(),
        datetime.combine(day + timedelta(days=2), time(0)).astimezone(), community_id)]
    return [o for o in around if o.start.date() == day]


def series_days(conn: sqlite3.Connection, series: Event, today: date | None = None,
                shown: int = DAYS_SHOWN) -> list[date]:
    """A few days of ``series``: from today on, else its last ones."""
    today = today or clock.today()
    now = datetime.combine(today, time(0), series.start.tzinfo)

    def days(since: datetime, until: datetime) -> list[date]:
        starts = recurrence.expand(series.rrule or "", series.start, since, until,
                                   tzid=series.tzid, skip=series.exdate_list)
        return sorted({s.date() for s in starts})

    coming = days(now, now + timedelta(days=2 * 366))
    return coming[:shown] if coming else days(series.start, now)[-shown:]


def attendees(conn: sqlite3.Connection, sitting: Sitting,
              include_cancelled: bool = True) -> list[Attendee]:
    """The occurrence's registrations, numbered: registered (walk-ins among them) in
    sign-up order, then the waitlist in queue order, then the cancelled."""
    event_id = sitting.ref.row(conn)
    if event_id is None:
        return []  # a day of a series nobody has signed up for yet
    where = "" if include_cancelled else f"AND r.status != '{CANCELLED}'"
    query = (
        "SELECT r.member_id, m.display_name, m.phone, r.status, r.walk_in, r.guests, r.note,"
        " r.registered_at, r.checked_in_at, {code} FROM registrations r"
        f" JOIN members m ON m.id = r.member_id WHERE r.event_id = ? {where}"
        f" ORDER BY r.status = '{CANCELLED}', r.status = '{WAITLISTED}', r.registered_at, r.id")
    try:
        rows = conn.execute(query.format(code="r.code"), (event_id,)).fetchall()
    except sqlite3.OperationalError:  # a file older than format 15, opened read-only
        rows = conn.execute(query.format(code="NULL"), (event_id,)).fetchall()
    found: list[Attendee] = []
    place = 0
    for number, r in enumerate(rows, start=1):
        waiting = r[3] == WAITLISTED
        place += waiting
        found.append(Attendee(number, r[0], r[1], r[2], r[3], bool(r[4]),
                              place if waiting else None, r[5] or 0, r[6], r[7], r[8], r[9]))
    return found


def at_the_door(found: list[Attendee]) -> list[Attendee]:
    """Who goes on a sign-in sheet: everyone but the cancelled (the waitlisted too: someone
    waiting who comes is let in at the door), numbered again from 1."""
    kept = [a for a in found if a.status in (REGISTERED, WAITLISTED)]
    return [a if a.number == n else replace(a, number=n) for n, a in enumerate(kept, start=1)]


def sitting_of(conn: sqlite3.Connection, ref: OccurrenceRef) -> Sitting:
    """The occurrence the calendar has selected (``OccurrenceRef.of``), as a ``Sitting``."""
    event = ref.event(conn)
    return Sitting(ref, event, event.start, event.end)
