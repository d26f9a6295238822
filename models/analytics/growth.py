"""Growth and activity: how many members, who joined and left, who is active.

Member totals leave out the trash; joins and departures of trashed members are left out
too, so the cumulative line always ends at the total. For all communities a "new member"
is a new person in the workspace (``members.created_at``); for one community it is a join
(``memberships.joined_at``). Departures are memberships that ended (``left_at``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from models.analytics.period import Grain, Period, bucket_sql

_TRASHED = "(SELECT id FROM members WHERE deleted_at IS NOT NULL)"


def scope_of(community_id: int | None) -> int:
    """The summaries' scope: the community id, 0 for all communities."""
    return int(community_id or 0)


def member_count(conn: sqlite3.Connection, community_id: int | None, at: date) -> int:
    """Members at the end of day ``at`` (not in the trash; for one community: joined by
    then and not yet left)."""
    hi = (at + timedelta(days=1)).isoformat()
    if community_id is None:
        # everyone minus the few added later and the trash: counting a whole table is
        # cheaper than counting an index range of a million
        sql = ("SELECT (SELECT count(*) FROM members)"
               " - (SELECT count(*) FROM members WHERE created_at >= :hi)"
               " - (SELECT count(*) FROM members INDEXED BY members_deleted"
               "    WHERE deleted_at IS NOT NULL AND +created_at < :hi)")
        return int(conn.execute(sql, {"hi": hi}).fetchone()[0])
    sql = (f"SELECT (SELECT count(*) FROM memberships WHERE community_id = :c AND joined_at < :hi)"
           f" - (SELECT count(*) FROM memberships WHERE community_id = :c AND left_at < :hi)"
           f" - (SELECT count(*) FROM memberships WHERE community_id = :c AND joined_at < :hi"
           f"    AND (left_at IS NULL OR left_at >= :hi) AND member_id IN {_TRASHED})")
    return int(conn.execute(sql, {"c": community_id, "hi": hi}).fetchone()[0])


def new_members(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    return sum(joined_series(conn, community_id, period, Grain.MONTH).values())


def joined_series(conn: sqlite3.Connection, community_id: int | None, period: Period,
                  grain: Grain) -> dict[str, int]:
    """New members per bucket label (only buckets with joins), from ``funnel_daily``."""
    sql = (f"SELECT {bucket_sql('day', grain)}, sum(joined) FROM funnel_daily"
           f" WHERE scope = ? AND day >= ? AND day < ? GROUP BY 1 HAVING sum(joined) > 0")
    return {str(b): int(n) for b, n in conn.execute(
        sql, (scope_of(community_id), period.lo, period.hi))}


def left_series(conn: sqlite3.Connection, community_id: int | None, period: Period,
                grain: Grain) -> dict[str, int]:
    """Memberships that ended per bucket label."""
    where = "community_id = :c" if community_id is not None else \
        "community_id IN (SELECT id FROM communities)"
    sql = (f"SELECT {bucket_sql('left_at', grain)}, count(*) FROM memberships"
           f" WHERE {where} AND left_at >= :lo AND left_at < :hi"
           f" AND member_id NOT IN {_TRASHED} GROUP BY 1")
    args = {"c": community_id, "lo": period.lo, "hi": period.hi}
    return {str(b): int(n) for b, n in conn.execute(sql, args)}


@dataclass(frozen=True)
class Growth:
    """Per bucket: new members, departures and the total at the bucket's end."""

    grain: Grain
    buckets: list[str]
    joined: list[int]
    left: list[int]
    total: list[int]

    @property
    def net(self) -> int:
        return sum(self.joined) - sum(self.left)


def growth(conn: sqlite3.Connection, community_id: int | None, period: Period,
           grain: Grain | None = None) -> Growth:
    grain = grain or period.grain()
    buckets = period.buckets(grain)
    joined = joined_series(conn, community_id, period, grain)
    left = left_series(conn, community_id, period, grain)
    # A person who leaves every group is still in the workspace: only one community's
    # total goes down when a membership ends.
    leaving = left if community_id is not None else {}
    running = member_count(conn, community_id, period.start - timedelta(days=1))
    totals = []
    for bucket in buckets:
        running += joined.get(bucket, 0) - leaving.get(bucket, 0)
        totals.append(running)
    return Growth(grain, buckets, [joined.get(b, 0) for b in buckets],
                  [left.get(b, 0) for b in buckets], totals)


def active_members(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    """Distinct members with any activity in the period.

    When nobody in scope was active after the period (the usual case: it ends today),
    the per-member summary answers alone; otherwise the activities index is read over
    the period (``activities_community`` covers community, time and member).
    """
    args = {"c": community_id, "lo": period.lo, "hi": period.hi}
    args["s"] = scope_of(community_id)
    later = "SELECT 1 FROM member_activity WHERE community_id = :s AND last_at >= :hi LIMIT 1"
    summary = ("SELECT count(*) FROM member_activity INDEXED BY member_activity_last"
               " WHERE community_id = :s AND last_at >= :lo AND first_at < :hi")
    if community_id is None:
        scan = ("SELECT count(*) FROM ("
                " SELECT member_id FROM activities WHERE community_id IN"
                "  (SELECT id FROM communities) AND occurred_at >= :lo AND occurred_at < :hi"
                " UNION SELECT member_id FROM activities WHERE community_id IS NULL"
                "  AND occurred_at >= :lo AND occurred_at < :hi)")
    else:
        scan = ("SELECT count(DISTINCT member_id) FROM activities INDEXED BY activities_community"
                " WHERE community_id = :c AND occurred_at >= :lo AND occurred_at < :hi")
    anyone_later = conn.execute(later, args).fetchone() is not None
    return int(conn.execute(scan if anyone_later else summary, args).fetchone()[0])


def active_last_days(conn: sqlite3.Connection, community_id: int | None, days: int,
                     today: date) -> int:
    """Active in the ``days`` days up to and including ``today`` (7 = WAU-like, 30 = MAU)."""
    return active_members(conn, community_id, Period.last_days(days, today))


@dataclass(frozen=True)
class Activity:
    """Daily active members and actions per day of the period, and monthly actives."""

    days: list[str]
    daily_active: list[int]
    actions: list[int]
    months: list[str]
    monthly_active: list[int]

    @property
    def average_daily_active(self) -> float:
        return sum(self.daily_active) / len(self.daily_active) if self.daily_active else 0.0

    @property
    def stickiness(self) -> float | None:
        """Average DAU over the latest MAU (a classic "how habitual" ratio)."""
        if not self.monthly_active or not self.monthly_active[-1]:
            return None
        return self.average_daily_active / self.monthly_active[-1]


def activity(conn: sqlite3.Connection, community_id: int | None, period: Period) -> Activity:
    scope = scope_of(community_id)
    found = {d: (int(m), int(a)) for d, m, a in conn.execute(
        "SELECT day, members, actions FROM activity_daily WHERE scope = ? AND day >= ?"
        " AND day < ?", (scope, period.lo, period.hi))}
    days = period.buckets(Grain.DAY)
    months = period.buckets(Grain.MONTH)
    monthly = {m: int(n) for m, n in conn.execute(
        "SELECT month, sum(members) FROM activity_cohorts WHERE scope = ? AND month >= ?"
        " AND month <= ? GROUP BY month", (scope, months[0], months[-1]))}
    return Activity(days, [found.get(d, (0, 0))[0] for d in days],
                    [found.get(d, (0, 0))[1] for d in days],
                    months, [monthly.get(m, 0) for m in months])
