"""The numbers a plan's goals are bound to (``plan_goals.metric``), as plain functions.

Every function is ``(conn, community_id | None, period) -> number | None``; None means
"cannot be said for this period" (no one to take a rate of).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from models.analytics import cohorts, engagement, growth
from models.analytics.dashboard import now_for
from models.analytics.period import Period


def member_count(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    """Members at the end of the period."""
    return growth.member_count(conn, community_id, period.end)


def new_members(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    return growth.new_members(conn, community_id, period)


def active_30d(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    """Members active in the 30 days up to the period's end."""
    return growth.active_last_days(conn, community_id, 30, period.end)


def retention_30d(conn: sqlite3.Connection, community_id: int | None,
                  period: Period) -> float | None:
    """Of the period's new members whose day 30-59 window had closed by the period's end,
    the share retained (the funnel's "retained" stage: activated, then active again on day
    30-59). None while every window is still open."""
    return cohorts.funnel(conn, community_id, period).rate("retained")


def events_held(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    return engagement.attendance(conn, community_id, period, now_for(period)).held


def attendance_rate(conn: sqlite3.Connection, community_id: int | None,
                    period: Period) -> float | None:
    return engagement.attendance(conn, community_id, period, now_for(period)).attendance_rate


def conversion_rate(conn: sqlite3.Connection, community_id: int | None,
                    period: Period) -> float | None:
    return engagement.conversion(conn, community_id, period).rate


def points_issued(conn: sqlite3.Connection, community_id: int | None, period: Period) -> int:
    return engagement.points_issued(conn, community_id, period)


GoalMetric = Callable[[sqlite3.Connection, int | None, Period], float | int | None]
#: ``plan_goals.metric`` value -> function (the demo's plans use these names).
GOAL_METRICS: dict[str, GoalMetric] = {
    "member_count": member_count,
    "new_members": new_members,
    "active_30d": active_30d,
    "retention_30d": retention_30d,
    "events_held": events_held,
    "attendance_rate": attendance_rate,
    "conversion_rate": conversion_rate,
    "points_issued": points_issued,
}
