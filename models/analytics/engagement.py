"""Events, conversion and points: what members do that the operator can count on.

An event counts once per occurrence that started in the period, is not cancelled nor in the
trash, and has already started (``now``): future occurrences have no attendance yet. A
repeating series counts each of its occurrences. ``registered`` counts registrations (not
walk-ins, not cancelled or waitlisted); ``attended`` everyone checked in, walk-ins included;
a no-show registered and never checked in. A series keeps one registration per person for
all its occurrences: a check-in counts at the occurrence held that day, and a registration
never checked in counts (as a no-show) at the series' first occurrence held in the period.
Attendance rate is the registered who came over the registered, so it is 1 - no-show rate.

Conversion is one number: the period's buyers among the period's active members (for one
community, both there and while members of it). Purchases after the period never change it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from models.analytics.growth import active_members, live_member, outsiders_acted, scope_of
from models.analytics.period import Period
from models.analytics.summary import PURCHASE

CANCELLED = "已取消"


@dataclass(frozen=True)
class EventRow:
    event_id: int
    title: str
    kind: str
    starts_at: str
    registered: int
    attended: int
    no_shows: int

    @property
    def attendance_rate(self) -> float | None:
        return (self.registered - self.no_shows) / self.registered if self.registered else None

    @property
    def no_show_rate(self) -> float | None:
        return self.no_shows / self.registered if self.registered else None


@dataclass(frozen=True)
class KindRow:
    kind: str
    events: int
    registered: int
    attended: int
    no_shows: int

    @property
    def attendance_rate(self) -> float | None:
        return (self.registered - self.no_shows) / self.registered if self.registered else None

    @property
    def no_show_rate(self) -> float | None:
        return self.no_shows / self.registered if self.registered else None


@dataclass(frozen=True)
class Attendance:
    events: list[EventRow]
    kinds: list[KindRow]

    @property
    def held(self) -> int:
        return len(self.events)

    @property
    def registered(self) -> int:
        return sum(e.registered for e in self.events)

    @property
    def attended(self) -> int:
        return sum(e.attended for e in self.events)

    @property
    def attendance_rate(self) -> float | None:
        """Over all registrations of the period's events (not an average of averages)."""
        registered = self.registered
        no_shows = sum(e.no_shows for e in self.events)
        return (registered - no_shows) / registered if registered else None


def attendance(conn: sqlite3.Connection, community_id: int | None, period: Period,
               now: str) -> Attendance:
    """Per occurrence and per kind; ``now`` is an ISO time (later occurrences are not held
    yet; without an offset it is read in the workspace's zone)."""
    from models.core.zones import default_tzid
    from models.events.occurrences import occurrences

    zone = ZoneInfo(default_tzid(conn))
    start = datetime.combine(period.start, datetime.min.time(), zone)
    end = datetime.combine(period.end + timedelta(days=1), datetime.min.time(), zone)
    moment = datetime.fromisoformat(now)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=zone)
    held = [o for o in occurrences(conn, start, min(end, moment), community_id)
            if start <= o.start < end and o.start < moment
            and o.event.status != CANCELLED] if moment > start else []
    rows = {}  # occurrence key -> [registered, attended, no-shows]
    first_of: dict[int, tuple] = {}  # event row -> its first occurrence in the period
    on_day: dict[tuple[int, str], tuple] = {}  # (event row, local day) -> occurrence
    single: dict[int, tuple] = {}  # an event row that is one occurrence -> it
    for o in held:
        row_id = o.series_id if o.virtual else o.event.id
        rows[o.key] = [0, 0, 0]
        first_of.setdefault(row_id, o.key)
        if not o.virtual:
            single[row_id] = o.key
        on_day.setdefault((row_id, o.start.astimezone(zone).date().isoformat()), o.key)
    ids = sorted(first_of)
    registrations = conn.execute(
        "SELECT event_id, status, walk_in, checked_in_at FROM registrations WHERE event_id IN"
        " (SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchall() if ids else []
    for event_id, status, walk_in, checked_in_at in registrations:
        counted = status == "registered" and not walk_in
        if checked_in_at:
            key = single.get(event_id) or on_day.get((event_id,
                                                       _local_day(checked_in_at, zone)))
            if key is None:
                continue  # checked in at an occurrence outside the period
            rows[key][1] += 1
            rows[key][0] += counted
        elif counted:
            key = first_of[event_id]
            rows[key][0] += 1
            rows[key][2] += 1
    events = [EventRow(o.series_id if o.virtual else o.event.id, o.event.title, o.event.kind,
                       o.start.isoformat(), *rows[o.key]) for o in held]
    kinds: dict[str, list[int]] = {}
    for e in events:
        row = kinds.setdefault(e.kind, [0, 0, 0, 0])
        row[0] += 1
        row[1] += e.registered
        row[2] += e.attended
        row[3] += e.no_shows
    return Attendance(events, [KindRow(k, *v) for k, v in sorted(kinds.items())])


def _local_day(text: str, zone: ZoneInfo) -> str:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        return moment.date().isoformat()
    return moment.astimezone(zone).date().isoformat()


@dataclass(frozen=True)
class Conversion:
    active: int         # members active in the period
    buyers: int         # distinct members with a purchase in the period
    purchases: int
    revenue: int        # fen
    daily_revenue: list[tuple[str, int]]

    @property
    def rate(self) -> float | None:
        """Buyers among the period's active members."""
        return self.buyers / self.active if self.active else None

    @property
    def revenue_per_buyer(self) -> int | None:
        return self.revenue // self.buyers if self.buyers else None


def conversion(conn: sqlite3.Connection, community_id: int | None, period: Period,
               active: int | None = None) -> Conversion:
    """Purchases (``activities.kind = '购买'``) in the period; ``active`` when known. For
    one community, only purchases there by people with a membership live in the period
    (read through the purchases' own index: they are few)."""
    if community_id is not None:
        days, buyers = _community_purchases(conn, community_id, period)
    else:
        scope = scope_of(community_id)
        days = conn.execute(
            "SELECT day, purchases, revenue FROM activity_daily WHERE scope = ? AND day >= ?"
            " AND day < ? ORDER BY day", (scope, period.lo, period.hi)).fetchall()
        buyers = _buyers(conn, community_id, period, sum(int(p) for _, p, _ in days))
    if active is None:
        active = active_members(conn, community_id, period)
    return Conversion(active, int(buyers), sum(int(p) for _, p, _ in days),
                      sum(int(r) for _, _, r in days),
                      [(str(d), int(r)) for d, _, r in days if r])


def _community_purchases(conn: sqlite3.Connection, community_id: int, period: Period,
                         ) -> tuple[list[tuple[str, int, int]], int]:
    """(day, purchases, revenue) per day and the distinct buyers, counting only purchases by
    people with a membership live in the period: the community's daily summary, less the
    purchases of the few buyers without one (each buyer is checked once, not each purchase)."""
    args = {"c": community_id, "lo": period.lo, "hi": period.hi}
    live_sql = live_member("p", outsiders=outsiders_acted(conn, community_id, period))
    found = conn.execute(
        f"SELECT p.member_id, {live_sql} FROM (SELECT DISTINCT member_id"
        f" FROM purchase_members WHERE scope = :c AND occurred_at >= :lo"
        f" AND occurred_at < :hi) AS p", args).fetchall()
    outsiders = [int(m) for m, live in found if not live]
    per_day = {str(d): [int(n), int(r)] for d, n, r in conn.execute(
        "SELECT day, purchases, revenue FROM activity_daily WHERE scope = :c AND day >= :lo"
        " AND day < :hi AND purchases > 0", args)}
    if outsiders:
        for day, n, fen in conn.execute(
                f"SELECT substr(occurred_at, 1, 10), count(*), sum(amount) FROM activities"
                f" INDEXED BY activities_member WHERE member_id IN"
                f" (SELECT value FROM json_each(:ids)) AND occurred_at >= :lo"
                f" AND occurred_at < :hi AND community_id = :c AND kind = '{PURCHASE}'"
                f" GROUP BY 1", {**args, "ids": json.dumps(outsiders)}):
            per_day[str(day)][0] -= int(n)
            per_day[str(day)][1] -= int(fen)
    days = [(d, n, r) for d, (n, r) in sorted(per_day.items()) if n]
    return days, len(found) - len(outsiders)


def _buyers(conn: sqlite3.Connection, community_id: int | None, period: Period,
            purchases: int) -> int:
    """Distinct members with a purchase in the period: for a period holding much of all
    purchases, counted while reading ``purchase_members`` in member order (no sort of
    their ids); otherwise from the period's purchases."""
    if not purchases:
        return 0
    scope = scope_of(community_id)
    every = conn.execute("SELECT coalesce(sum(purchases), 0) FROM activity_daily"
                         " WHERE scope = ?", (scope,)).fetchone()[0]
    args = {"s": scope, "c": community_id, "lo": period.lo, "hi": period.hi}
    if purchases > WHOLE_LEDGER_SHARE * every:
        sql = ("SELECT count(*) FROM (SELECT member_id FROM purchase_members WHERE scope = :s"
               " AND occurred_at >= :lo AND occurred_at < :hi GROUP BY member_id)")
    else:
        scoped = "" if community_id is None else "AND community_id = :c"
        sql = (f"SELECT count(DISTINCT member_id) FROM activities INDEXED BY"
               f" activities_purchases WHERE kind = '{PURCHASE}' AND occurred_at >= :lo"
               f" AND occurred_at < :hi {scoped}")
    return int(conn.execute(sql, args).fetchone()[0])


@dataclass(frozen=True)
class Points:
    issued: int
    redeemed: int         # as a positive number
    earners: int

    @property
    def net(self) -> int:
        return self.issued - self.redeemed


def points_issued(conn: sqlite3.Connection, community_id: int | None,
                  period: Period) -> int:
    """Points given in the period (the ``points_daily`` summary alone)."""
    return int(conn.execute(
        "SELECT coalesce(sum(issued), 0) FROM points_daily WHERE scope = ? AND day >= ?"
        " AND day < ?", (scope_of(community_id), period.lo, period.hi)).fetchone()[0])


#: Above this share of the ledger's earning rows, counting the period's earners walks the
#: whole member index in order (no sort of hundreds of thousands of ids) rather than the
#: period's rows.
WHOLE_LEDGER_SHARE = 0.25


def points(conn: sqlite3.Connection, community_id: int | None, period: Period) -> Points:
    """Points given (positive deltas) and spent (negative deltas) in the period; for one
    community, by its members (the ledger belongs to members, not to communities)."""
    scope = scope_of(community_id)
    issued, redeemed, earning = conn.execute(
        "SELECT coalesce(sum(issued), 0), coalesce(sum(redeemed), 0),"
        " coalesce(sum(earning), 0) FROM points_daily WHERE scope = ? AND day >= ? AND day < ?",
        (scope, period.lo, period.hi)).fetchone()
    if not earning:
        return Points(int(issued), int(redeemed), 0)
    everything = conn.execute("SELECT coalesce(sum(earning), 0) FROM points_daily"
                              " WHERE scope = ?", (scope,)).fetchone()[0]
    args = {"c": community_id, "lo": period.lo, "hi": period.hi}
    if earning > WHOLE_LEDGER_SHARE * everything:
        earners = ("SELECT member_id FROM points_ledger INDEXED BY points_ledger_member"
                   " WHERE occurred_at >= :lo AND occurred_at < :hi AND delta > 0"
                   " GROUP BY member_id")
    else:
        earners = ("SELECT DISTINCT member_id FROM points_ledger INDEXED BY"
                   " points_ledger_occurred WHERE occurred_at >= :lo AND occurred_at < :hi"
                   " AND delta > 0")
    # for one community, one membership look-up per earner
    scoped = "" if community_id is None else (
        " WHERE EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = e.member_id"
        " AND ms.community_id = :c)")
    count = conn.execute(f"SELECT count(*) FROM ({earners}) AS e{scoped}", args).fetchone()[0]
    return Points(int(issued), int(redeemed), int(count))
