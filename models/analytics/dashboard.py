"""The whole dashboard: every metric for one scope and period, and the KPI cards.

``compute_dashboard`` is what the tab, the report and the chart export all call, so the
three always agree. Each metric is timed (``Dashboard.seconds``) for the benchmark.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from models.analytics import (
    activity_hours,
    audience,
    cohorts,
    engagement,
    engagement_people,
    growth,
    honours_board,
)
from models.analytics.period import Period


@dataclass(frozen=True)
class Kpi:
    """One card: ``key`` names it (labels live with the views), ``unit`` says how to show
    the values: 'count', 'rate' (0-1), or 'fen'."""

    key: str
    value: float | None
    previous: float | None
    unit: str = "count"

    @property
    def change(self) -> float | None:
        """Relative change against the previous period (None when it cannot be said)."""
        if self.value is None or self.previous in (None, 0):
            return None
        return (self.value - self.previous) / abs(self.previous)  # type: ignore[operator]


@dataclass
class Dashboard:
    community_id: int | None
    period: Period
    kpis: list[Kpi]
    growth: growth.Growth
    activity: growth.Activity
    retention: cohorts.Retention
    funnel: cohorts.Funnel
    referrals: cohorts.Referrals
    attendance: engagement.Attendance
    conversion: engagement.Conversion
    points: engagement.Points
    distributions: audience.Distributions
    slipping: audience.Slipping
    seconds: dict[str, float] = field(default_factory=dict)
    #: The day the numbers were read as of (the period's end, or today if earlier).
    as_of: date | None = None
    #: The imported life: top speakers and inviters per community, activity by weekday and
    #: hour, the honours board (None only in a Dashboard built by hand, e.g. in tests).
    people: engagement_people.People | None = None
    hours: activity_hours.ActivityHours | None = None
    honours: honours_board.HonoursBoard | None = None


def now_for(period: Period) -> str:
    """The moment "now" is for a period: its last second (events after it are not held)."""
    return (datetime.combine(period.end + timedelta(days=1), datetime.min.time())
            .isoformat())


def cohort_period(period: Period) -> Period:
    """The period, widened to the twelve months up to its end (whole months)."""
    first = period.end.replace(day=1)
    for _ in range(11):
        first = (first - timedelta(days=1)).replace(day=1)
    return Period(min(first, period.start), period.end)


#: Every metric of the dashboard, by name, for timing and for the benchmark: each is
#: ``(conn, community_id, period, today=None)``; ``today`` (the workspace zone's date) tells
#: which buckets are not over yet and caps the as-of day of a period reaching past it.
Metric = Callable[..., Any]
METRICS: dict[str, Metric] = {
    "growth": lambda c, s, p, today=None: growth.growth(c, s, p, today=today),
    "activity": lambda c, s, p, today=None: growth.activity(c, s, p, today=today),
    "active_members": lambda c, s, p, today=None: growth.active_members(c, s, p),
    # a year of cohorts at least: one month of joiners says little about retention
    "retention": lambda c, s, p, today=None: cohorts.retention(
        c, s, cohort_period(p), today=today),
    "funnel": lambda c, s, p, today=None: cohorts.funnel(c, s, p, today=today),
    "referrals": lambda c, s, p, today=None: cohorts.referrals(c, s, p),
    "attendance": lambda c, s, p, today=None: engagement.attendance(c, s, p, now_for(p)),
    # the active count is the one just computed (see compute_dashboard)
    "conversion": lambda c, s, p, today=None: engagement.conversion(c, s, p),
    "points": lambda c, s, p, today=None: engagement.points(c, s, p),
    "distributions": lambda c, s, p, today=None: audience.distributions(c, s, p.end),
    # as of the period's last day (or today, for a period reaching past it)
    "slipping": lambda c, s, p, today=None: audience.slipping_away(
        c, s, min(p.end, today or p.end)),
    "previous_period": lambda c, s, p, today=None: _previous(c, s, p.previous()),
    "people": lambda c, s, p, today=None: engagement_people.people(c, s, p),
    "hours": lambda c, s, p, today=None: activity_hours.activity_hours(c, s, p),
    "honours": lambda c, s, p, today=None: honours_board.honours_board(c, s),
}


def _previous(conn: sqlite3.Connection, community_id: int | None, period: Period) -> dict:
    active = growth.active_members(conn, community_id, period)
    conv = engagement.conversion(conn, community_id, period, active=active)
    return {
        "members": growth.member_count(conn, community_id, period.end),
        "new_members": growth.new_members(conn, community_id, period),
        "active": active,
        "conversion": conv.rate,
        "revenue": conv.revenue,
        "attendance": engagement.attendance(conn, community_id, period,
                                            now_for(period)).attendance_rate,
    }


#: Metrics computed on the second connection, beside the rest, chosen so both threads
#: take about as long. Measured at a million members over a year (seconds per thread,
#: both threads running): all communities, the rest 0.8 and these 1.4; the largest
#: community, the rest 2.1 and these 2.0 (before the top speakers came from
#: ``people_counts``, these were the previous period and the top speakers alone).
BESIDE = ("previous_period", "people", "hours", "slipping", "points")


class _Beside(threading.Thread):
    """The ``BESIDE`` metrics on a second read-only connection, on the other core, while
    this thread computes the rest (SQLite lets go of the GIL while it reads)."""

    def __init__(self, path: str, community_id: int | None, period: Period,
                 today: date) -> None:
        super().__init__(name="dashboard-beside", daemon=True)
        self.path, self.community_id, self.period = path, community_id, period
        self.today = today
        self.results: dict[str, Any] = {}
        self.error: BaseException | None = None
        self.seconds: dict[str, float] = {}

    def run(self) -> None:
        from models.store.connection import connect_readonly

        try:
            conn = connect_readonly(Path(self.path))
            try:
                for name in BESIDE:
                    began = time.perf_counter()
                    self.results[name] = METRICS[name](conn, self.community_id, self.period,
                                                       today=self.today)
                    self.seconds[name] = time.perf_counter() - began
            finally:
                conn.close()
        except BaseException as error:  # handed to the caller's thread
            self.error = error


def _file_of(conn: sqlite3.Connection) -> str:
    """The file behind ``conn`` ('' for an in-memory database)."""
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(file or "")
    return ""


def compute_dashboard(conn: sqlite3.Connection, community_id: int | None, period: Period,
                      cancelled: Callable[[], bool] = lambda: False,
                      today: date | None = None) -> Dashboard | None:
    """Every metric; None when ``cancelled()`` turned true between two of them. ``today``
    defaults to the date in the workspace's zone."""
    if today is None:
        from models.core.zones import today as zone_today

        today = zone_today(conn)
    found: dict[str, Any] = {}
    seconds: dict[str, float] = {}
    beside = None
    if _file_of(conn):
        beside = _Beside(_file_of(conn), community_id, period, today)
        beside.start()
    for name, metric in METRICS.items():
        if name in BESIDE and beside is not None:
            continue
        if cancelled():
            if beside is not None:
                beside.join()
            return None
        began = time.perf_counter()
        if name == "conversion":
            found[name] = engagement.conversion(conn, community_id, period,
                                                active=found["active_members"])
        else:
            found[name] = metric(conn, community_id, period, today=today)
        seconds[name] = time.perf_counter() - began
    if beside is not None:
        beside.join()
        if beside.error is not None:
            raise beside.error
        found.update(beside.results)
        seconds.update(beside.seconds)
    conv: engagement.Conversion = found["conversion"]
    prev = found["previous_period"]
    g: growth.Growth = found["growth"]
    kpis = [
        Kpi("members", g.total[-1] if g.total else 0, prev["members"]),
        Kpi("new_members", sum(g.joined), prev["new_members"]),
        Kpi("active", found["active_members"], prev["active"]),
        Kpi("conversion", conv.rate, prev["conversion"], "rate"),
        Kpi("revenue", conv.revenue, prev["revenue"], "fen"),
        Kpi("attendance", found["attendance"].attendance_rate, prev["attendance"], "rate"),
    ]
    return Dashboard(community_id, period, kpis, g, found["activity"], found["retention"],
                     found["funnel"], found["referrals"], found["attendance"], conv,
                     found["points"], found["distributions"], found["slipping"], seconds,
                     min(period.end, today), found["people"], found["hours"],
                     found["honours"])
