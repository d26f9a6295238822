"""Reminders: what is coming up, computed when asked (on start, after a change, when the day
turns); no service runs in the background. The horizon N days is a workspace setting: today
and the N days after it, whole days, for events and checklist items alike.

``reminders`` reads; ``by_day`` groups what it found the way the reminders list shows it
(overdue items first, then each day). Wording is the views' job.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from models.core import clock
from models.core.errors import Code, DomainError
from models.events.occurrences import Occurrence, occurrences
from models.events.registrations import signed_up
from models.materials.checklists import NOT_READY
from models.members.follow_ups import BADGE_MOST, due_count

SETTING_DAYS = "reminder_days"
DEFAULT_DAYS = 7
#: Events in these states are not coming: a draft is not announced, a cancelled one is off.
NOT_COMING = ("已取消", "草稿")


@dataclass(frozen=True)
class DueItem:
    checklist_id: int
    item_id: int
    name: str
    checklist: str
    due_on: str
    status: str
    owner: str | None


@dataclass(frozen=True)
class Reminders:
    days: int
    events: list[Occurrence]
    items: list[DueItem]
    overdue_items: int
    #: The day "today" was when this was read (the workspace zone's date).
    today: date = field(default_factory=clock.today)
    #: event id -> (people registered, capacity) for occurrences with a row of their own.
    signups: dict[int, tuple[int, int | None]] = field(default_factory=dict)
    #: Members whose next contact day (a follow-up's) is today or past, in any community,
    #: counted up to ``follow_ups.BADGE_MOST``.
    follow_ups: int = 0

    @property
    def empty(self) -> bool:
        return not self.events and not self.items and not self.follow_ups

    def overdue(self, item: DueItem) -> bool:
        return item.due_on < self.today.isoformat()

    def signed_up(self, o: Occurrence) -> tuple[int, int | None]:
        """(registered, capacity) of one occurrence; a start of a series nobody has
        registered for yet has no row of its own, so nobody."""
        if o.virtual:
            return 0, o.event.capacity
        return self.signups.get(o.event.id, (0, o.event.capacity))


@dataclass(frozen=True)
class Day:
    """One heading of the reminders list: ``day`` None holds the overdue items."""

    day: date | None
    events: list[Occurrence]
    items: list[DueItem]


def reminder_days(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                       (SETTING_DAYS,)).fetchone()
    try:
        return max(1, int(row[0])) if row else DEFAULT_DAYS
    except ValueError:
        return DEFAULT_DAYS


def set_reminder_days(conn: sqlite3.Connection, days: int) -> None:
    if days < 1:
        raise DomainError(Code.REMIND_AHEAD)
    conn.execute("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)",
                 (SETTING_DAYS, str(days)))


def local_now() -> datetime:
    """Now in the workspace's zone (the computer's when it keeps none)."""
    return clock.utc_now().astimezone(clock.zone())


def reminders(conn: sqlite3.Connection, community_id: int | None = None,
              now: datetime | None = None, days: int | None = None) -> Reminders:
    """Events not over yet that start by the end of the horizon's last day (one running
    now included), and checklist items not yet ready due by then (overdue ones included,
    counted apart). A standalone checklist belongs to every community, as on its tab.
    Follow-ups due are those the roster's 待跟进 button counts for the same community (the
    status bar said 14 while the button beside the roster said 8)."""
    now = now or local_now()
    days = days or reminder_days(conn)
    today = now.date()
    last = today + timedelta(days=days)
    end = datetime.combine(last + timedelta(days=1), time(0), now.tzinfo)
    coming = [o for o in occurrences(conn, now, end, community_id)
              if o.end > now and o.event.status not in NOT_COMING]
    scope, args = "", []
    if community_id is not None:
        scope = " AND (e.community_id = ? OR c.event_id IS NULL)"
        args = [community_id]
    marks = ",".join("?" * len(NOT_READY))
    rows = conn.execute(
        "SELECT c.id, i.id, i.name, c.title, i.due_on, i.status, i.owner"
        " FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id"
        " LEFT JOIN events e ON e.id = c.event_id"
        " WHERE c.deleted_at IS NULL AND (e.id IS NULL OR e.deleted_at IS NULL)"
        " AND i.due_on IS NOT NULL AND substr(i.due_on, 1, 10) <= ?"
        f" AND i.status IN ({marks}){scope} ORDER BY i.due_on, c.id, i.position",
        [last.isoformat(), *NOT_READY, *args]).fetchall()
    items = [DueItem(*r) for r in rows]
    overdue = sum(1 for i in items if i.due_on[:10] < today.isoformat())
    ids = sorted({o.event.id for o in coming if not o.virtual})
    return Reminders(days, coming, items, overdue, today, signed_up(conn, ids),
                     due_count(conn, today, community_id=community_id, most=BADGE_MOST))


def by_day(found: Reminders) -> list[Day]:
    """Overdue items first (when there are any), then every day holding something, in order.
    An event still running from an earlier day is listed under today."""
    today = found.today
    days: dict[date, Day] = {}

    def day(d: date) -> Day:
        return days.setdefault(d, Day(d, [], []))

    for o in found.events:
        day(max(o.start.date(), today)).events.append(o)
    overdue = [i for i in found.items if found.overdue(i)]
    for item in found.items:
        if not found.overdue(item):
            day(date.fromisoformat(item.due_on[:10])).items.append(item)
    ordered = [days[d] for d in sorted(days)]
    return [Day(None, [], overdue), *ordered] if overdue else ordered
