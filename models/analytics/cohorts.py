"""Retention cohorts, the AARRR funnel, source channels and referrals (裂变).

The funnel follows the members who joined during the period (for all communities: who
were added to the workspace), each stage counted among them:

- activated: first activity within ``activation_days`` of joining (activity before
  joining counts too);
- retained: active in their second month, i.e. on day 30-59 after joining;
- referred: brought in at least one member (``members.referrer_id``), at any time;
- purchased: at least one purchase, at any time.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from models.analytics import funnel_summary
from models.analytics.growth import scope_of
from models.analytics.period import Period, months_between

from models.analytics.funnel_summary import ACTIVATION_DAYS  # noqa: F401 (re-exported)
#: Cohort tables show this many months since joining (0 = the join month).
COHORT_MONTHS = 12


@dataclass(frozen=True)
class Cohort:
    month: str            # 'YYYY-MM' of joining
    size: int
    active: list[int]     # active members in month 0, 1, ... since joining (up to today)

    def rate(self, offset: int) -> float | None:
        if offset >= len(self.active) or not self.size:
            return None
        return self.active[offset] / self.size


@dataclass(frozen=True)
class Retention:
    cohorts: list[Cohort]
    months: int = COHORT_MONTHS


def retention(conn: sqlite3.Connection, community_id: int | None, period: Period,
              months: int = COHORT_MONTHS) -> Retention:
    """Monthly join cohorts of the period x months since joining.

    A cohort's row stops at the current month (``period.end``): later months have not
    happened, so they are missing rather than zero.
    """
    scope = scope_of(community_id)
    first, last = period.start.isoformat()[:7], period.end.isoformat()[:7]
    # whole months: a cohort is everyone who joined in that calendar month (the trash too)
    sizes_sql = ("SELECT substr(day, 1, 7), sum(everyone) FROM funnel_daily WHERE scope = :s"
                 " AND day >= :lo AND day < :hi GROUP BY 1 HAVING sum(everyone) > 0")
    args = {"s": scope, "lo": first, "hi": last + "-99"}
    sizes = {str(m): int(n) for m, n in conn.execute(sizes_sql, args)}
    active: dict[tuple[str, int], int] = {}
    for cohort, month, n in conn.execute(
            "SELECT cohort, month, members FROM activity_cohorts WHERE scope = ?"
            " AND cohort >= ? AND cohort <= ? AND month <= ?", (scope, first, last, last)):
        offset = months_between(cohort, month)
        if 0 <= offset < months:
            active[(cohort, offset)] = int(n)
    cohorts = []
    for month in sorted(sizes):
        span = min(months, months_between(month, last) + 1)
        cohorts.append(Cohort(month, sizes[month],
                              [active.get((month, k), 0) for k in range(span)]))
    return Retention(cohorts, months)


@dataclass(frozen=True)
class Channel:
    source: str           # '' when unknown
    joined: int
    activated: int
    retained: int
    referred: int
    purchased: int

    @property
    def retention_rate(self) -> float | None:
        return self.retained / self.joined if self.joined else None

    @property
    def conversion_rate(self) -> float | None:
        return self.purchased / self.joined if self.joined else None


@dataclass(frozen=True)
class Funnel:
    """AARRR counts among the period's new members, overall and per source channel."""

    joined: int
    activated: int
    retained: int
    referred: int
    purchased: int
    channels: list[Channel] = field(default_factory=list)

    def stages(self) -> list[tuple[str, int]]:
        return [("joined", self.joined), ("activated", self.activated),
                ("retained", self.retained), ("referred", self.referred),
                ("purchased", self.purchased)]


def funnel(conn: sqlite3.Connection, community_id: int | None, period: Period,
           activation_days: int = ACTIVATION_DAYS) -> Funnel:
    """From ``funnel_daily`` (a few rows per day); another activation window than the
    stored one reads the members themselves."""
    if activation_days != funnel_summary.ACTIVATION_DAYS:
        return _funnel_of_members(conn, community_id, period, activation_days)
    sql = """
    SELECT source, sum(joined), sum(activated), sum(retained), sum(referred), sum(purchased)
    FROM funnel_daily WHERE scope = ? AND day >= ? AND day < ?
    GROUP BY source HAVING sum(joined) > 0 ORDER BY 2 DESC, 1"""
    channels = [Channel(str(s), *(int(v or 0) for v in rest)) for s, *rest in conn.execute(
        sql, (scope_of(community_id), period.lo, period.hi))]
    return _totalled(channels)


def _totalled(channels: list[Channel]) -> Funnel:
    totals = [sum(getattr(c, f) for c in channels)
              for f in ("joined", "activated", "retained", "referred", "purchased")]
    return Funnel(*totals, channels=channels)


def _funnel_of_members(conn: sqlite3.Connection, community_id: int | None, period: Period,
                       activation_days: int) -> Funnel:
    if community_id is None:
        # one row per new person, with their activity over every community
        base = """
        SELECT m.id AS member_id, m.source AS source, substr(m.created_at, 1, 10) AS joined,
               ma.first_at AS first_at, ma.last_at AS last_at, ma.purchases AS purchases
        FROM members m LEFT JOIN member_activity ma
             ON ma.member_id = m.id AND ma.community_id = 0
        WHERE m.created_at >= :lo AND m.created_at < :hi AND m.deleted_at IS NULL"""
        same = ""
    else:
        base = """
        SELECT ms.member_id AS member_id, m.source AS source,
               substr(ms.joined_at, 1, 10) AS joined, ma.first_at AS first_at,
               ma.last_at AS last_at, ma.purchases AS purchases
        FROM memberships ms JOIN members m ON m.id = ms.member_id
        LEFT JOIN member_activity ma ON ma.member_id = ms.member_id
             AND ma.community_id = ms.community_id
        WHERE ms.community_id = :c AND ms.joined_at >= :lo AND ms.joined_at < :hi
          AND m.deleted_at IS NULL"""
        same = "AND a.community_id = :c"
    sql = f"""
    SELECT coalesce(source, ''), count(*),
      sum(first_at IS NOT NULL AND first_at < date(joined, '+{int(activation_days)} days')),
      sum(CASE WHEN last_at >= date(joined, '+30 days') THEN EXISTS (
          SELECT 1 FROM activities a WHERE a.member_id = b.member_id {same}
          AND a.occurred_at >= date(joined, '+30 days')
          AND a.occurred_at < date(joined, '+60 days')) ELSE 0 END),
      sum(EXISTS (SELECT 1 FROM members r WHERE r.referrer_id = b.member_id)),
      sum(coalesce(purchases, 0) > 0)
    FROM ({base}) AS b GROUP BY 1 ORDER BY 2 DESC, 1"""
    args = {"c": community_id, "lo": period.lo, "hi": period.hi}
    return _totalled([Channel(str(s), *(int(v or 0) for v in rest))
                      for s, *rest in conn.execute(sql, args)])


@dataclass(frozen=True)
class Referrer:
    member_id: int
    name: str
    referred: int         # members they brought in during the period
    all_time: int         # members they ever brought in


@dataclass(frozen=True)
class Referrals:
    referred: int                 # new members of the period who came through a referral
    top: list[Referrer]
    depth: dict[int, int]         # chain length -> how many new members of the period


def referrals(conn: sqlite3.Connection, community_id: int | None, period: Period,
              top: int = 10, max_depth: int = 8) -> Referrals:
    """Who brings people in (裂变): top referrers and how long the chains grow."""
    scope = scope_of(community_id)
    # the period's referred newcomers grouped by referrer first (the summary's index
    # covers it); a referrer always exists (ON DELETE SET NULL)
    rows = conn.execute(
        f"""SELECT t.referrer_id, r.display_name, t.n FROM (
            SELECT referrer_id, count(*) AS n FROM member_funnel INDEXED BY member_funnel_referrals
            WHERE scope = :s AND day >= :lo AND day < :hi AND referrer_id IS NOT NULL
              AND kept = 1
            GROUP BY referrer_id ORDER BY n DESC, referrer_id LIMIT {int(top)}) AS t
        JOIN members r ON r.id = t.referrer_id ORDER BY t.n DESC, t.referrer_id""",
        {"s": scope, "lo": period.lo, "hi": period.hi}).fetchall()
    leaders = []
    for member_id, name, count in rows:
        ever = conn.execute("SELECT count(*) FROM members WHERE referrer_id = ?",
                            (member_id,)).fetchone()[0]
        leaders.append(Referrer(int(member_id), str(name), int(count), int(ever)))
    depth_rows = conn.execute(
        "SELECT min(depth, ?), sum(joined) FROM funnel_daily WHERE scope = ? AND day >= ?"
        " AND day < ? AND depth > 0 GROUP BY 1 HAVING sum(joined) > 0 ORDER BY 1",
        (int(max_depth), scope, period.lo, period.hi)).fetchall()
    depth = {int(d): int(n) for d, n in depth_rows}
    return Referrals(sum(depth.values()), leaders, depth)
