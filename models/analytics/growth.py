"""Growth and activity: how many members, who joined and left, who is active.

The trash hides people from lists, never from history: a person moved to the trash counts
as leaving on that day (the workspace's and their communities' totals go down then, not
before), while their joins and activity stay where they happened. Restoring them takes the
departure back; erasing them removes them everywhere. For all communities a "new member" is
a new person in the workspace (``members.created_at``); for one community it is a join
(``memberships.joined_at``). Departures are memberships that ended (``left_at``) and people
moved to the trash (for all communities, only the latter: leaving a group is not leaving the
workspace).

For one community, "active" means acting there while a member of it: people who posted in
its group without a membership live during the period (never joined, or left before it) are
not its actives, buyers or revenue.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from models.analytics.period import Grain, Period, bucket_days, bucket_sql, partial_buckets


def scope_of(community_id: int | None) -> int:
    """The summaries' scope: the community id, 0 for all communities."""
    return int(community_id or 0)


def live_member(alias: str, community: str = ":c", outsiders: bool = True) -> str:
    """SQL: ``alias.member_id`` had a membership of ``community`` live at some time in
    ``[:lo, :hi)``.

    A person has at most one membership per community, so: they have one (the key's index
    alone says so) and it is not among the few that began after the period or ended before
    it (a set SQLite builds once). Reading each membership's dates instead cost 2.5x more.
    Without ``outsiders`` (nobody without a membership acted there in the period, see
    ``outsiders_acted``) every person acting there has one, and that look-up per person
    (the most of a year's count at a million members) is left out."""
    not_ended = (f"{alias}.member_id NOT IN (SELECT member_id FROM memberships"
                 f" WHERE community_id = {community} AND joined_at >= :hi UNION ALL"
                 f" SELECT member_id FROM memberships WHERE community_id = {community}"
                 f" AND left_at < :lo)")
    if not outsiders:
        return not_ended
    return (f"{not_ended} AND EXISTS (SELECT 1 FROM memberships ms"
            f" WHERE ms.member_id = {alias}.member_id AND ms.community_id = {community})")


def outsiders_acted(conn: sqlite3.Connection, community_id: int, period: Period) -> bool:
    """Whether anyone without a membership of the community acted there in a month the
    period touches: the monthly summary's cohort '' (its triggers follow memberships
    added and removed). When not, everyone acting there in the period has a membership."""
    return conn.execute(
        "SELECT 1 FROM activity_cohorts WHERE scope = ? AND cohort = '' AND members > 0"
        " AND month >= substr(?, 1, 7) AND month <= substr(date(?, '-1 day'), 1, 7) LIMIT 1",
        (community_id, period.lo, period.hi)).fetchone() is not None


def member_count(conn: sqlite3.Connection, community_id: int | None, at: date) -> int:
    """Members at the end of day ``at``: for the workspace, added by then and not moved to
    the trash by then; for one community, joined by then and neither left nor moved to the
    trash by then."""
    hi = (at + timedelta(days=1)).isoformat()
    if community_id is None:
        # everyone minus the few added later and the trashed: counting a whole table is
        # cheaper than counting an index range of a million
        sql = ("SELECT (SELECT count(*) FROM members)"
               " - (SELECT count(*) FROM members WHERE created_at >= :hi)"
               " - (SELECT count(*) FROM members INDEXED BY members_deleted"
               "    WHERE deleted_at IS NOT NULL AND deleted_at < :hi AND +created_at < :hi)")
        return int(conn.execute(sql, {"hi": hi}).fetchone()[0])
    sql = ("SELECT (SELECT count(*) FROM memberships WHERE community_id = :c AND joined_at < :hi)"
           " - (SELECT count(*) FROM memberships WHERE community_id = :c AND left_at < :hi)"
           " - (SELECT count(*) FROM memberships WHERE community_id = :c AND joined_at < :hi"
           "    AND (left_at IS NULL OR left_at >= :hi) AND member_id IN"
           "    (SELECT id FROM members INDEXED BY members_deleted"
           "     WHERE deleted_at IS NOT NULL AND deleted_at < :hi))")
    return int(conn.execute(sql, {"c": community_id, "hi": hi}).fetchone()[0])


def new_members(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    return sum(joined_series(conn, community_id, period, Grain.MONTH).values())


def joined_series(conn: sqlite3.Connection, community_id: int | None, period: Period,
                  grain: Grain) -> dict[str, int]:
    """New members per bucket label (only buckets with joins), from ``funnel_daily``; people
    in the trash now included (they joined)."""
    sql = (f"SELECT {bucket_sql('day', grain)}, sum(everyone) FROM funnel_daily"
           f" WHERE scope = ? AND day >= ? AND day < ? GROUP BY 1 HAVING sum(everyone) > 0")
    return {str(b): int(n) for b, n in conn.execute(
        sql, (scope_of(community_id), period.lo, period.hi))}


def left_series(conn: sqlite3.Connection, community_id: int | None, period: Period,
                grain: Grain) -> dict[str, int]:
    """Departures per bucket label: people moved to the trash (while members, for one
    community) and, for one community, memberships that ended (before any trashing)."""
    args = {"c": community_id, "lo": period.lo, "hi": period.hi}
    found: dict[str, int] = {}
    if community_id is None:
        trashed = (f"SELECT {bucket_sql('deleted_at', grain)}, count(*) FROM members"
                   f" INDEXED BY members_deleted WHERE deleted_at >= :lo AND deleted_at < :hi"
                   f" AND created_at <= deleted_at GROUP BY 1")
    else:
        trashed = (f"SELECT {bucket_sql('m.deleted_at', grain)}, count(*) FROM members m"
                   f" INDEXED BY members_deleted JOIN memberships ms ON ms.member_id = m.id"
                   f" AND ms.community_id = :c WHERE m.deleted_at >= :lo AND m.deleted_at < :hi"
                   f" AND ms.joined_at <= m.deleted_at"
                   f" AND (ms.left_at IS NULL OR ms.left_at > m.deleted_at) GROUP BY 1")
        ended = (f"SELECT {bucket_sql('left_at', grain)}, count(*) FROM memberships ms"
                 f" WHERE community_id = :c AND left_at >= :lo AND left_at < :hi"
                 f" AND NOT EXISTS (SELECT 1 FROM members m WHERE m.id = ms.member_id"
                 f" AND m.deleted_at <= ms.left_at) GROUP BY 1")
        for b, n in conn.execute(ended, args):
            found[str(b)] = found.get(str(b), 0) + int(n)
    for b, n in conn.execute(trashed, args):
        found[str(b)] = found.get(str(b), 0) + int(n)
    return found


@dataclass(frozen=True)
class Growth:
    """Per bucket: new members, departures and the total at the bucket's end."""

    grain: Grain
    buckets: list[str]
    joined: list[int]
    left: list[int]
    total: list[int]
    #: Per bucket: it misses days (before or after the period, or not over yet).
    partial: list[bool] | None = None

    @property
    def net(self) -> int:
        return sum(self.joined) - sum(self.left)


def growth(conn: sqlite3.Connection, community_id: int | None, period: Period,
           grain: Grain | None = None, today: date | None = None) -> Growth:
    grain = grain or period.grain()
    buckets = period.buckets(grain)
    joined = joined_series(conn, community_id, period, grain)
    left = left_series(conn, community_id, period, grain)
    running = member_count(conn, community_id, period.start - timedelta(days=1))
    totals = []
    for bucket in buckets:
        running += joined.get(bucket, 0) - left.get(bucket, 0)
        totals.append(running)
    partial = partial_buckets(period, buckets, grain, today or date.max)
    return Growth(grain, buckets, [joined.get(b, 0) for b in buckets],
                  [left.get(b, 0) for b in buckets], totals, partial)


#: Reading a period's activities for its distinct people costs about this many index
#: entries' worth per person whose activity spans the whole period (checked one by one for
#: a gap over it); measured at 1M: 0.3 us an entry, 4-12 us a person.
SPAN_COST = 40
#: Below this many activities in the period, reading them is cheap whichever way.
SPAN_MIN_ENTRIES = 200_000


def active_members(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    """Distinct people with any activity in the period (for one community: there, while a
    member of it, see the module docstring).

    When nobody in scope was active after the period (the usual case: it ends today),
    the per-member summary answers alone. Otherwise someone's first and last activity
    (``member_activity``) settle it for all but those whose activity spans the period,
    whose activity in it is looked up one by one: chosen when they are few beside the
    period's activities (a past year); else the activities index is read over the period
    (``activities_community`` covers community, time and member).
    """
    args = {"c": community_id, "lo": period.lo, "hi": period.hi}
    args["s"] = scope_of(community_id)
    later = "SELECT 1 FROM member_activity WHERE community_id = :s AND last_at >= :hi LIMIT 1"
    summary = ("SELECT count(*) FROM member_activity ma INDEXED BY member_activity_last"
               " WHERE ma.community_id = :s AND ma.last_at >= :lo AND ma.first_at < :hi")
    if community_id is None:
        scan = ("SELECT count(*) FROM ("
                " SELECT member_id FROM activities WHERE community_id IN"
                "  (SELECT id FROM communities) AND occurred_at >= :lo AND occurred_at < :hi"
                " UNION SELECT member_id FROM activities WHERE community_id IS NULL"
                "  AND occurred_at >= :lo AND occurred_at < :hi)")
        acted = ("EXISTS (SELECT 1 FROM activities x INDEXED BY activities_member"
                 " WHERE x.member_id = ma.member_id AND x.occurred_at >= :lo"
                 " AND x.occurred_at < :hi)")
    else:
        outsiders = outsiders_acted(conn, community_id, period)
        summary += " AND " + live_member("ma", outsiders=outsiders)
        scan = ("SELECT count(*) FROM (SELECT DISTINCT member_id FROM activities"
                " INDEXED BY activities_community WHERE community_id = :c"
                " AND occurred_at >= :lo AND occurred_at < :hi) AS a WHERE "
                + live_member("a", outsiders=outsiders))
        # messages and invitations from their covering index first (most activity)
        people = ("EXISTS (SELECT 1 FROM activities INDEXED BY activities_people"
                  " WHERE community_id = :c AND kind = '{kind}' AND kind IN ('发言', '邀请')"
                  " AND member_id = ma.member_id AND occurred_at >= :lo AND occurred_at < :hi)")
        acted = ("(" + people.format(kind="发言") + " OR " + people.format(kind="邀请")
                 + " OR EXISTS (SELECT 1 FROM activities x INDEXED BY activities_member"
                 " WHERE x.member_id = ma.member_id AND x.occurred_at >= :lo"
                 " AND x.occurred_at < :hi AND x.community_id = :c))")
    if conn.execute(later, args).fetchone() is None:
        return int(conn.execute(summary, args).fetchone()[0])
    if _spanning_is_cheaper(conn, args):
        # first or last activity inside the period: active in it; else look for a gap
        summary += (" AND (ma.first_at >= :lo OR ma.last_at < :hi OR " + acted + ")")
        return int(conn.execute(summary, args).fetchone()[0])
    return int(conn.execute(scan, args).fetchone()[0])


def _spanning_is_cheaper(conn: sqlite3.Connection, args: dict) -> bool:
    """Whether the people whose activity spans the period are few enough to look up one
    by one, beside reading the period's activities (the daily summary counts them)."""
    entries = conn.execute("SELECT coalesce(sum(actions), 0) FROM activity_daily"
                           " WHERE scope = :s AND day >= :lo AND day < :hi", args).fetchone()[0]
    if entries < SPAN_MIN_ENTRIES:
        return False
    spanning = conn.execute(
        "SELECT count(*) FROM member_activity INDEXED BY member_activity_last"
        " WHERE community_id = :s AND last_at >= :hi AND first_at < :lo", args).fetchone()[0]
    return spanning * SPAN_COST < entries


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
    #: Per month: cut by the period's start or end, or not over yet ("so far").
    monthly_partial: list[bool] | None = None

    @property
    def average_daily_active(self) -> float:
        return sum(self.daily_active) / len(self.daily_active) if self.daily_active else 0.0

    @property
    def stickiness(self) -> float | None:
        """Average DAU over the latest MAU (a classic "how habitual" ratio)."""
        if not self.monthly_active or not self.monthly_active[-1]:
            return None
        return self.average_daily_active / self.monthly_active[-1]


def activity(conn: sqlite3.Connection, community_id: int | None, period: Period,
             today: date | None = None) -> Activity:
    """Daily actives per day; monthly actives per calendar month, counting only the month's
    days inside the period (a month cut by the period is counted over its days there)."""
    scope = scope_of(community_id)
    found = {d: (int(m), int(a)) for d, m, a in conn.execute(
        "SELECT day, members, actions FROM activity_daily WHERE scope = ? AND day >= ?"
        " AND day < ?", (scope, period.lo, period.hi))}
    days = period.buckets(Grain.DAY)
    months = period.buckets(Grain.MONTH)
    # a community's months count its members (cohort '' is activity of non-members)
    members_only = "" if community_id is None else "AND cohort <> ''"
    monthly = {m: int(n) for m, n in conn.execute(
        f"SELECT month, sum(members) FROM activity_cohorts WHERE scope = ? AND month >= ?"
        f" AND month <= ? {members_only} GROUP BY month", (scope, months[0], months[-1]))}
    if community_id is not None:
        # the summaries count everyone who posted there: take out, per day and per month,
        # those who had no live membership on any day they posted
        days_out, months_out = _outside_membership(conn, community_id, months[0] + "-01",
                                                   period.hi)
        for day, n in days_out.items():
            if day in found:
                found[day] = (found[day][0] - n, found[day][1])
        for month, n in months_out.items():
            if month in monthly:
                monthly[month] -= n
    for month in months:
        first, last = bucket_days(month, Grain.MONTH)
        if first < period.start or last > period.end:
            clipped = Period(max(first, period.start), min(last, period.end))
            monthly[month] = active_members(conn, community_id, clipped)
    partial = partial_buckets(period, months, Grain.MONTH, today or date.max)
    return Activity(days, [found.get(d, (0, 0))[0] for d in days],
                    [found.get(d, (0, 0))[1] for d in days],
                    months, [monthly.get(m, 0) for m in months], partial)


def _outside_membership(conn: sqlite3.Connection, community_id: int, lo: str,
                        hi: str) -> tuple[dict[str, int], dict[str, int]]:
    """Of the people who posted in the community in ``[lo, hi)``: per day, how many posted
    that day only without a live membership (none, not yet joined, or left: days, as the
    other community metrics count); per month, how many of its members (the monthly
    summary's cohorts) posted that month only outside their membership.

    Few people post outside their membership: they are found from small sets (below) and
    the per-member summary (first or last activity there outside the membership's days),
    and only their activities are read."""
    # who can have posted outside their membership, each found from a small set: those who
    # left (the index of ended memberships), and only when the monthly summary saw any,
    # those who posted before joining and non-members (its cohort '')
    summary = ("JOIN member_activity ma ON ma.member_id = ms.member_id AND ma.community_id = :c"
               " AND ma.last_at >= :lo AND ma.first_at < :hi")
    args = {"c": community_id, "lo": lo, "hi": hi}
    parts = [
        f"SELECT ms.member_id, substr(ms.joined_at, 1, 10), substr(ms.left_at, 1, 10)"
        f" FROM memberships ms INDEXED BY memberships_left {summary}"
        f" WHERE ms.community_id = :c AND ms.left_at IS NOT NULL"
        f" AND substr(ma.last_at, 1, 10) > substr(ms.left_at, 1, 10)"]
    # posting before joining, only when the monthly summary saw activity in a month before
    # a cohort's (the span's joins are many: a year's were 0.3 s to check at 1M). Posts
    # earlier in the month someone joined do not show there: they are left counted.
    if conn.execute("SELECT 1 FROM activity_cohorts WHERE scope = :c AND cohort <> ''"
                    " AND month < cohort AND month >= substr(:lo, 1, 7) AND month < :hi"
                    " AND members > 0 LIMIT 1", args).fetchone():
        parts.append(
            f"SELECT ms.member_id, substr(ms.joined_at, 1, 10), substr(ms.left_at, 1, 10)"
            f" FROM memberships ms INDEXED BY memberships_community {summary}"
            f" WHERE ms.community_id = :c AND ms.joined_at >= :lo"
            f" AND substr(ma.first_at, 1, 10) < substr(ms.joined_at, 1, 10)")
    if conn.execute("SELECT 1 FROM activity_cohorts WHERE scope = :c AND cohort = ''"
                    " AND month >= substr(:lo, 1, 7) AND month < :hi AND members > 0 LIMIT 1",
                    args).fetchone():
        parts.append(
            "SELECT ma.member_id, NULL, NULL FROM member_activity ma"
            " INDEXED BY member_activity_last WHERE ma.community_id = :c"
            " AND ma.last_at >= :lo AND ma.first_at < :hi AND NOT EXISTS (SELECT 1"
            " FROM memberships ms WHERE ms.member_id = ma.member_id AND ms.community_id = :c)")
    # Only their activities outside the membership are read (after the day they left,
    # before the day they joined: ranges of the member index), so every day found is one
    # they posted only outside it. A month is theirs outside only when they posted in none
    # of its days while a member (checked in the join and leave months alone).
    outside = """
        SELECT c.member_id, c.joined, c.left_day, substr(a.occurred_at, 1, 10) AS day
        FROM candidates c JOIN activities a INDEXED BY activities_member
          ON a.member_id = c.member_id AND a.occurred_at >= {lo} AND a.occurred_at < {hi}
        WHERE a.community_id = :c AND {which}"""
    rows = conn.execute(
        f"WITH candidates(member_id, joined, left_day) AS MATERIALIZED ("
        f" {' UNION '.join(parts)}),"
        f" outside(member_id, joined, left_day, day) AS ("
        + outside.format(lo="max(:lo, date(c.left_day, '+1 day'))", hi=":hi",
                         which="c.left_day IS NOT NULL")
        + " UNION ALL"
        + outside.format(lo=":lo", hi="min(:hi, c.joined)", which="c.joined IS NOT NULL")
        + " UNION ALL"
        + outside.format(lo=":lo", hi=":hi", which="c.joined IS NULL")
        + ")"
        " SELECT member_id, joined IS NOT NULL, day,"
        "  joined IS NOT NULL AND EXISTS (SELECT 1 FROM activities x INDEXED BY activities_member"
        "   WHERE x.member_id = o.member_id AND x.community_id = :c"
        "   AND x.occurred_at >= max(substr(day, 1, 7) || '-01', joined)"
        "   AND x.occurred_at < min(date(substr(day, 1, 7) || '-01', '+1 month'),"
        "                           coalesce(date(left_day, '+1 day'), '9')))"
        " FROM (SELECT DISTINCT member_id, joined, left_day, day FROM outside) AS o",
        args).fetchall()
    days_out: dict[str, int] = {}
    months_out: dict[str, int] = {}
    month_live: dict[tuple[int, str], bool] = {}  # (member of it, month) -> a member then
    for member_id, member, day, live_that_month in rows:
        days_out[day] = days_out.get(day, 0) + 1
        if member:  # non-members are not in the monthly summary's count
            month_live[(member_id, day[:7])] = bool(live_that_month)
    for (_, month), live in month_live.items():
        if not live:
            months_out[month] = months_out.get(month, 0) + 1
    return days_out, months_out
