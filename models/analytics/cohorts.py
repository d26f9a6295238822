"""Retention cohorts, the AARRR funnel, source channels and referrals (裂变).

The funnel follows the people who joined during the period (for all communities: who were
added to the workspace; people in the trash now included: they joined), and is nested: each
stage counts people who reached it and every stage before it.

- activated: acted within their first 7 days (day 0-6; activity before joining counts);
- retained: activated, and active again on day 30-59 after joining;
- purchased: retained, and bought within 60 days of joining (day 0-59, in scope);
- referred: purchased, and brought someone in (into this community, for one community)
  within 60 days of joining.

A stage is known for a joiner once its window has closed by the period's last day (day 6
for activation, day 59 for the others); joiners whose window is still open are *pending*,
counted apart, never as failures. A rate is over the joiners whose window has closed. So a
past period's funnel says what was known at its end and never changes as time goes by.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta

from models.analytics.funnel_summary import ACTIVATION_DAYS  # noqa: F401 (re-exported)
from models.analytics.growth import scope_of
from models.analytics.period import Period, months_between

#: Cohort tables show this many months since joining (0 = the join month).
COHORT_MONTHS = 12
#: Days after joining within which retention (from day 30), purchase and referral count.
LATE_WINDOW = 60
STAGES = ("joined", "activated", "retained", "purchased", "referred")


@dataclass(frozen=True)
class Cohort:
    month: str            # 'YYYY-MM' of joining
    size: int
    active: list[int]     # active members in month 0, 1, ... since joining (up to the end)
    #: The month still going on (its cell is "so far"), '' when every month shown is over.
    in_progress: str = ""

    def rate(self, offset: int) -> float | None:
        if offset >= len(self.active) or not self.size:
            return None
        return self.active[offset] / self.size

    def month_at(self, offset: int) -> str:
        year, month = int(self.month[:4]), int(self.month[5:7]) - 1 + offset
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"

    def partial(self, offset: int) -> bool:
        """Is the cell ``offset`` a month not over yet (a number "so far")?"""
        return bool(self.in_progress) and self.month_at(offset) == self.in_progress


@dataclass(frozen=True)
class Retention:
    cohorts: list[Cohort]
    months: int = COHORT_MONTHS
    #: 'YYYY-MM' of the month still going on at the period's end, '' if it is over.
    in_progress: str = ""


def retention(conn: sqlite3.Connection, community_id: int | None, period: Period,
              months: int = COHORT_MONTHS, today: date | None = None) -> Retention:
    """Monthly join cohorts of the period x months since joining.

    A cohort's size counts everyone who joined that month (the trash too: history). A row
    stops at the period's last month: later months are missing rather than zero; that last
    month is marked in progress when it is not over (``today`` falls in it).
    """
    scope = scope_of(community_id)
    first, last = period.start.isoformat()[:7], period.end.isoformat()[:7]
    as_of = min(period.end, today or period.end)
    month_end = (period.end.replace(day=1) + timedelta(days=32)).replace(day=1)
    in_progress = last if as_of < month_end - timedelta(days=1) else ""
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
                              [active.get((month, k), 0) for k in range(span)], in_progress))
    return Retention(cohorts, months, in_progress)


@dataclass(frozen=True)
class Stage:
    """One funnel stage: ``members`` who reached it (and every stage before), among the
    ``settled`` joiners whose window had closed; ``pending`` joiners cannot be told yet."""

    key: str
    members: int
    settled: int
    pending: int

    @property
    def rate(self) -> float | None:
        return self.members / self.settled if self.settled else None


@dataclass(frozen=True)
class Channel:
    """The funnel of the joiners from one source channel ('' when unknown)."""

    source: str
    counts: tuple[Stage, ...]

    def stages(self) -> list[Stage]:
        return list(self.counts)

    def stage(self, key: str) -> Stage:
        return self.counts[STAGES.index(key)]

    def rate(self, key: str) -> float | None:
        return self.stage(key).rate

    @property
    def joined(self) -> int:
        return self.stage("joined").members

    @property
    def activated(self) -> int:
        return self.stage("activated").members

    @property
    def retained(self) -> int:
        return self.stage("retained").members

    @property
    def purchased(self) -> int:
        return self.stage("purchased").members

    @property
    def referred(self) -> int:
        return self.stage("referred").members

    @property
    def retention_rate(self) -> float | None:
        """Retained among the joiners whose day 30-59 window has closed."""
        return self.rate("retained")

    @property
    def conversion_rate(self) -> float | None:
        """Bought within 60 days among the joiners whose window has closed (named
        "bought within 60 days", not the conversion KPI)."""
        return self.rate("purchased")


@dataclass(frozen=True)
class Funnel(Channel):
    """The nested AARRR funnel of the period's joiners, overall and per source channel."""

    channels: list[Channel] = field(default_factory=list)


def funnel(conn: sqlite3.Connection, community_id: int | None, period: Period,
           today: date | None = None) -> Funnel:
    """From ``member_funnel`` (one row per joiner, its activation and day 30-59 flags kept
    by triggers); purchases and referrals within 60 days are looked up only for the
    retained, whose window has closed."""
    as_of = min(period.end, today or period.end)
    scope = scope_of(community_id)
    late = f"date(f.day, '+{LATE_WINDOW} days')"
    if community_id is None:
        brought = (f"SELECT 1 FROM members r INDEXED BY members_referrer"
                   f" WHERE r.referrer_id = f.member_id AND r.created_at < {late}")
    else:
        brought = (f"SELECT 1 FROM members r INDEXED BY members_referrer JOIN memberships rm"
                   f" ON rm.member_id = r.id AND rm.community_id = :s"
                   f" WHERE r.referrer_id = f.member_id AND rm.joined_at < {late}")
    bought = (f"SELECT 1 FROM purchase_members p WHERE p.scope = :s"
              f" AND p.member_id = f.member_id AND p.occurred_at < {late}")
    # one pass over the period's joiners; ``level`` is how far a settled joiner got past
    # activation (1 retained, 2 bought, 3 referred): CASE stops at the first failed stage,
    # and the summary's "ever bought here" / "ever referred anyone" flags spare the look-ups
    # of everyone who never did
    sql = f"""
    SELECT source, count(*), sum(day <= :early), sum(day <= :early AND activated),
           sum(day <= :late), sum(level >= 1), sum(level >= 2), sum(level >= 3)
    FROM (SELECT source, day, activated,
                 CASE WHEN day > :late OR NOT activated OR NOT retained THEN 0
                      WHEN NOT purchased OR NOT EXISTS ({bought}) THEN 1
                      WHEN NOT referred OR NOT EXISTS ({brought}) THEN 2
                      ELSE 3 END AS level
          FROM member_funnel f INDEXED BY member_funnel_day
          WHERE scope = :s AND day >= :lo AND day < :hi)
    GROUP BY source ORDER BY 2 DESC, 1"""
    args = {"s": scope, "lo": period.lo, "hi": period.hi,
            "early": (as_of - timedelta(days=ACTIVATION_DAYS - 1)).isoformat(),
            "late": (as_of - timedelta(days=LATE_WINDOW - 1)).isoformat()}
    channels = [_channel(str(source), *(int(v or 0) for v in rest))
                for source, *rest in conn.execute(sql, args)]
    totals = [sum(getattr(c, f) for c in channels) for f in (
        "joined", "activated", "retained", "purchased", "referred")]
    early = sum(c.stage("activated").settled for c in channels)
    late = sum(c.stage("retained").settled for c in channels)
    overall = _channel("", totals[0], early, totals[1], late, *totals[2:])
    return Funnel("", overall.counts, channels)


def _channel(source: str, joined: int, early: int, activated: int, late: int, retained: int,
             purchased: int, referred: int) -> Channel:
    return Channel(source, (
        Stage("joined", joined, joined, 0),
        Stage("activated", activated, early, joined - early),
        Stage("retained", retained, late, joined - late),
        Stage("purchased", purchased, late, joined - late),
        Stage("referred", referred, late, joined - late)))


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
    """Who brings people in (裂变): top referrers and how long the chains grow.

    One trash rule (the glossary's): the newcomers counted are the period's new members,
    people in the trash included (their joining happened); the list hides referrers in the
    trash, as every list of people does."""
    scope = scope_of(community_id)
    # the period's referred newcomers grouped by referrer first (the summary's index
    # covers it); a referrer always exists (ON DELETE SET NULL)
    rows = conn.execute(
        f"""SELECT t.referrer_id, r.display_name, t.n FROM (
            SELECT referrer_id, count(*) AS n FROM member_funnel INDEXED BY member_funnel_referrals
            WHERE scope = :s AND day >= :lo AND day < :hi AND referrer_id IS NOT NULL
              AND referrer_id NOT IN (SELECT id FROM members INDEXED BY members_deleted
                                      WHERE deleted_at IS NOT NULL)
            GROUP BY referrer_id ORDER BY n DESC, referrer_id LIMIT {int(top)}) AS t
        JOIN members r ON r.id = t.referrer_id ORDER BY t.n DESC, t.referrer_id""",
        {"s": scope, "lo": period.lo, "hi": period.hi}).fetchall()
    leaders = []
    for member_id, name, count in rows:
        ever = conn.execute("SELECT count(*) FROM members WHERE referrer_id = ?",
                            (member_id,)).fetchone()[0]
        leaders.append(Referrer(int(member_id), str(name), int(count), int(ever)))
    depth_rows = conn.execute(
        "SELECT min(depth, ?), sum(everyone) FROM funnel_daily WHERE scope = ? AND day >= ?"
        " AND day < ? AND depth > 0 GROUP BY 1 HAVING sum(everyone) > 0 ORDER BY 1",
        (int(max_depth), scope, period.lo, period.hi)).fetchall()
    depth = {int(d): int(n) for d, n in depth_rows}
    return Referrals(sum(depth.values()), leaders, depth)
