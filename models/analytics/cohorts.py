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

from models.analytics.growth import scope_of
from models.analytics.period import Period, months_between

ACTIVATION_DAYS = 7
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
    if community_id is None:
        sizes_sql = ("SELECT substr(created_at, 1, 7), count(*) FROM members"
                     " WHERE created_at >= :lo AND created_at < :hi GROUP BY 1")
    else:
        sizes_sql = ("SELECT substr(joined_at, 1, 7), count(*) FROM memberships"
                     " WHERE community_id = :c AND joined_at >= :lo AND joined_at < :hi"
                     " GROUP BY 1")
    # whole months: a cohort is everyone who joined in that calendar month
    args = {"c": community_id, "lo": first, "hi": last + "-99"}
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
    channels = [Channel(str(s), *(int(v or 0) for v in rest))
                for s, *rest in conn.execute(sql, args)]
    totals = [sum(getattr(c, f) for c in channels)
              for f in ("joined", "activated", "retained", "referred", "purchased")]
    return Funnel(*totals, channels=channels)


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
    if community_id is None:
        newcomers = ("SELECT id, referrer_id FROM members WHERE created_at >= :lo"
                     " AND created_at < :hi AND referrer_id IS NOT NULL AND deleted_at IS NULL")
    else:
        newcomers = ("SELECT m.id, m.referrer_id FROM memberships ms JOIN members m"
                     " ON m.id = ms.member_id WHERE ms.community_id = :c"
                     " AND ms.joined_at >= :lo AND ms.joined_at < :hi"
                     " AND m.referrer_id IS NOT NULL AND m.deleted_at IS NULL")
    args = {"c": community_id, "lo": period.lo, "hi": period.hi}
    rows = conn.execute(
        f"""SELECT n.referrer_id, r.display_name, count(*) FROM ({newcomers}) AS n
        JOIN members r ON r.id = n.referrer_id GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT {int(top)}""",
        args).fetchall()
    leaders = []
    for member_id, name, count in rows:
        ever = conn.execute("SELECT count(*) FROM members WHERE referrer_id = ?",
                            (member_id,)).fetchone()[0]
        leaders.append(Referrer(int(member_id), str(name), int(count), int(ever)))
    depth_rows = conn.execute(
        f"""WITH RECURSIVE chain(id, up, depth) AS (
            SELECT id, referrer_id, 1 FROM ({newcomers})
            UNION ALL SELECT c.id, m.referrer_id, c.depth + 1 FROM chain c
            JOIN members m ON m.id = c.up WHERE m.referrer_id IS NOT NULL
            AND c.depth < {int(max_depth)})
        SELECT depth, count(*) FROM (SELECT id, max(depth) AS depth FROM chain GROUP BY id)
        GROUP BY depth ORDER BY depth""", args).fetchall()
    depth = {int(d): int(n) for d, n in depth_rows}
    return Referrals(sum(depth.values()), leaders, depth)
