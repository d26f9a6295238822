"""Every occurrence in a date range as one line of numbers: registrations, the waitlist,
check-ins, walk-ins, no-shows, attendance, budget and actual cost (``export events``).

A repeating series is one line per day it happens, not one line for the series: its
registrations, check-ins and outcome live on each day's row of its own
(``models.events.occurrences``), and its budget is the plan for every day. A day nobody
has signed up for yet counts zeros and no actual cost.

The numbers mean what the door and the outcome dialog mean (``models.events
.registrations.counts``, ``models.events.outcomes.Outcome``): *registered* leaves walk-ins
out, *checked in* counts them, so the attendance rate (checked in / registered) can pass
100% when people walk in.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from models.core import clock
from models.events.occurrences import occurrences
from models.events.registrations import Counts

#: Without ``until``, the range runs this far past today or the last event, whichever is later
#: (a series without an end would go on for ever).
AHEAD = timedelta(days=90)


@dataclass(frozen=True)
class OccurrenceLine:
    #: The row holding this day's registrations; the series' id when it has none yet.
    event_id: int
    #: The series, for a day of one (None for a single event).
    series_id: int | None
    title: str
    community: str | None
    start: datetime
    end: datetime
    online: bool
    location: str | None
    link: str | None
    status: str
    counts: Counts
    budget: int | None  # fen
    actual_cost: int | None  # fen

    @property
    def place(self) -> str | None:
        return self.link if self.online else self.location

    @property
    def attendance_rate(self) -> float | None:
        """Checked in / registered (walk-ins can push it past 1); None when nobody signed up."""
        registered = self.counts.registered
        return self.counts.checked_in / registered if registered else None

    @property
    def over_budget(self) -> int | None:
        """Fen spent beyond the budget (negative: under it); None unless both are known."""
        if self.actual_cost is None or self.budget is None:
            return None
        return self.actual_cost - self.budget


def default_range(conn: sqlite3.Connection, since: date | None, until: date | None,
                  today: date | None = None) -> tuple[date, date]:
    """The days (both included) an export covers when ``since`` or ``until`` is left out:
    from the first event, up to ``AHEAD`` past today or the last event's start."""
    today = today or clock.today()
    first, last = conn.execute("SELECT min(substr(starts_at, 1, 10)), max(substr(starts_at, 1, 10))"
                               " FROM events WHERE deleted_at IS NULL").fetchone()
    if since is None:
        since = date.fromisoformat(first) if first else today
    if until is None:
        latest = max(date.fromisoformat(last), today) if last else today
        until = latest + AHEAD
    return since, until


def occurrence_lines(conn: sqlite3.Connection, since: date, until: date,
                     community_id: int | None = None) -> list[OccurrenceLine]:
    """Occurrences starting between ``since`` and ``until`` (both included, by the date of
    their start), in start order."""
    low = datetime.combine(since - timedelta(days=1), time(0)).astimezone()
    high = datetime.combine(until + timedelta(days=2), time(0)).astimezone()
    found = [o for o in occurrences(conn, low, high, community_id)
             if since <= o.start.date() <= until]
    # A day of a series with a row of its own comes as that row (the series skips it), so
    # a virtual occurrence has no registrations yet.
    own_rows = [None if o.virtual else o.event.id for o in found]
    counted = _counts(conn, [i for i in own_rows if i is not None])
    names = dict(conn.execute("SELECT id, name FROM communities"))
    lines = []
    for o, row_id in zip(found, own_rows, strict=True):
        e = o.event
        cost = e.actual_cost if not o.virtual else None
        lines.append(OccurrenceLine(
            row_id if row_id is not None else o.series_id,
            o.series_id if o.repeats else None, e.title, names.get(e.community_id), o.start,
            o.end, e.online, e.location, e.link, e.status,
            counted.get(row_id, Counts()) if row_id is not None else Counts(), e.budget, cost))
    return lines


def _counts(conn: sqlite3.Connection, event_ids: list[int]) -> dict[int, Counts]:
    found: dict[int, Counts] = {}
    for start in range(0, len(event_ids), 500):
        part = event_ids[start:start + 500]
        for row in conn.execute(
                "SELECT event_id, coalesce(sum(status = 'registered' AND walk_in = 0), 0),"
                " coalesce(sum(status = 'registered' AND checked_in_at IS NOT NULL), 0),"
                " coalesce(sum(status = 'registered' AND walk_in = 1), 0),"
                " coalesce(sum(status = 'registered' AND walk_in = 0"
                "  AND checked_in_at IS NULL), 0),"
                " coalesce(sum(status = 'waitlisted'), 0) FROM registrations"
                f" WHERE event_id IN ({','.join('?' * len(part))}) GROUP BY event_id", part):
            found[row[0]] = Counts(*row[1:])
    return found
