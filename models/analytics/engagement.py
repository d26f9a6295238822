"""Events, conversion and points: what members do that the operator can count on.

An event counts when it started in the period, is not cancelled nor in the trash, and
has already started (``now``): future events have no attendance yet. ``registered``
counts registrations (not walk-ins, not cancelled or waitlisted); ``attended`` everyone
checked in, walk-ins included; a no-show registered and never checked in. Attendance
rate is the registered who came over the registered, so it is 1 - no-show rate.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from models.analytics.growth import active_members, scope_of
from models.analytics.period import Period
from models.analytics.summary import PURCHASE

_HELD = "e.deleted_at IS NULL AND e.status <> '已取消' AND e.starts_at >= :lo " \
        "AND e.starts_at < :hi AND e.starts_at < :now"


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
    """Per event and per kind; ``now`` is an ISO time (events after it are not held yet)."""
    scoped = "" if community_id is None else "AND e.community_id = :c"
    sql = f"""
    SELECT e.id, e.title, e.kind, e.starts_at,
           count(r.id) FILTER (WHERE r.status = 'registered' AND r.walk_in = 0),
           count(r.id) FILTER (WHERE r.checked_in_at IS NOT NULL),
           count(r.id) FILTER (WHERE r.status = 'registered' AND r.walk_in = 0
                                AND r.checked_in_at IS NULL)
    FROM events e LEFT JOIN registrations r ON r.event_id = e.id
    WHERE {_HELD} {scoped}
    GROUP BY e.id ORDER BY e.starts_at"""
    args = {"c": community_id, "lo": period.lo, "hi": period.hi, "now": now}
    events = [EventRow(int(i), str(t), str(k), str(s), int(reg), int(att), int(ns))
              for i, t, k, s, reg, att, ns in conn.execute(sql, args)]
    kinds: dict[str, list[int]] = {}
    for e in events:
        row = kinds.setdefault(e.kind, [0, 0, 0, 0])
        row[0] += 1
        row[1] += e.registered
        row[2] += e.attended
        row[3] += e.no_shows
    return Attendance(events, [KindRow(k, *v) for k, v in sorted(kinds.items())])


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
    """Purchases (``activities.kind = '购买'``) in the period; ``active`` when known."""
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
