"""Goals bound to live numbers, and whether they are on track.

A goal reads its metric (``models.analytics.goals.GOAL_METRICS``, or the number typed in
for 'manual') over its own period: from ``starts_on`` to today, or to ``due_on`` once that
has passed. Level metrics (member count, active members) are read at the period's end;
flows (new members, events held, points issued) are counted over it; rates over it.

On track, precisely. With ``fraction`` the share of the goal's period elapsed (0 on the
first day or before, 1 on the due day or after):

    expected = baseline + (target - baseline) * fraction

A growth goal (target >= baseline) is on track when actual >= expected; a reduction goal
(target < baseline) when actual <= expected. A goal whose actual has reached its target
is "met" whenever that happens; after the due date an unmet goal is "missed". Before the
start it is "not started". A goal without a number (a manual goal not filled in, a rate
with nobody to take it of) is "no data". A missing baseline counts as 0.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.analytics.goals import GOAL_METRICS
from models.analytics.period import Period
from models.plan.document import RATE_METRICS


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    MET = "met"
    MISSED = "missed"
    NO_DATA = "no_data"


@dataclass(frozen=True)
class Goal:
    id: int
    plan_id: int
    position: int
    title: str
    metric: str
    baseline: float | None
    target: float | None
    manual_value: float | None
    starts_on: str | None
    due_on: str | None
    #: The number last measured, and when (files written before kept it; the window keeps
    #: the numbers it read in memory, ``views.plan.goals``, and never writes these).
    last_value: float | None = None
    last_measured_at: str | None = None


@dataclass(frozen=True)
class GoalProgress:
    goal: Goal
    actual: float | None
    expected: float | None
    fraction: float | None  # of the period elapsed, 0-1
    progress: float | None  # of the way from baseline to target, 0-1
    status: GoalStatus
    #: False while showing the number last measured, before the live one arrives.
    live: bool = True


def goals(conn: sqlite3.Connection, plan_id: int) -> list[Goal]:
    return [Goal(*r) for r in conn.execute(
        "SELECT id, plan_id, position, title, metric, baseline, target, manual_value,"
        " starts_on, due_on, last_value, last_measured_at FROM plan_goals WHERE plan_id = ?"
        " ORDER BY position, id",
        (plan_id,))]


def elapsed_fraction(starts_on: date | None, due_on: date | None, today: date) -> float | None:
    """Share of [starts_on, due_on] gone by ``today``, clamped to 0-1; None without dates."""
    if starts_on is None or due_on is None:
        return None
    if today <= starts_on:
        return 0.0
    if today >= due_on or due_on <= starts_on:
        return 1.0
    return (today - starts_on).days / (due_on - starts_on).days


def judge(actual: float | None, baseline: float | None, target: float | None,
          fraction: float | None, started: bool, overdue: bool) -> tuple[
              float | None, float | None, GoalStatus]:
    """(expected, progress, status) for the numbers of one goal (see the module docstring)."""
    if target is None or actual is None:
        return None, None, GoalStatus.NOT_STARTED if not started else GoalStatus.NO_DATA
    base = baseline or 0.0
    growth = target >= base
    span = target - base
    progress = 1.0 if span == 0 else max(0.0, min(1.0, (actual - base) / span))
    expected = None if fraction is None else base + span * fraction
    met = actual >= target if growth else actual <= target
    if met:
        return expected, progress, GoalStatus.MET
    if overdue:
        return expected, progress, GoalStatus.MISSED
    if not started:
        return expected, progress, GoalStatus.NOT_STARTED
    if expected is None:
        return expected, progress, GoalStatus.NO_DATA
    ahead = actual >= expected if growth else actual <= expected
    return expected, progress, GoalStatus.ON_TRACK if ahead else GoalStatus.BEHIND


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def measure(conn: sqlite3.Connection, community_id: int, goal: Goal, today: date) -> float | None:
    """The goal's number today, over its own period."""
    if goal.metric == "manual":
        return goal.manual_value
    function = GOAL_METRICS.get(goal.metric)
    if function is None:
        return None
    start = _day(goal.starts_on) or today
    due = _day(goal.due_on)
    end = min(today, due) if due else today
    if end < start:
        return None
    value = function(conn, community_id, Period(start, end))
    return None if value is None else float(value)


def progress_of(conn: sqlite3.Connection, community_id: int, goal: Goal,
                today: date) -> GoalProgress:
    started = _day(goal.starts_on) is None or today >= _day(goal.starts_on)  # type: ignore[operator]
    actual = measure(conn, community_id, goal, today) if started else None
    return _progress(goal, actual, today, live=True)


def _progress(goal: Goal, actual: float | None, today: date, live: bool) -> GoalProgress:
    start, due = _day(goal.starts_on), _day(goal.due_on)
    started = start is None or today >= start
    overdue = due is not None and today > due
    fraction = elapsed_fraction(start, due, today)
    expected, progress, status = judge(actual if started else None, goal.baseline, goal.target,
                                       fraction, started, overdue)
    return GoalProgress(goal, actual if started else None, expected, fraction, progress, status,
                        live)


def judge_again(goal: Goal, actual: float | None, today: date) -> GoalProgress:
    """A live number already read for this goal, judged against its (edited) target."""
    return _progress(goal, goal.manual_value if goal.metric == "manual" else actual, today,
                     live=True)


def remembered(goal: Goal, today: date) -> GoalProgress:
    """The goal judged on its last measured number (no metric is read): what the plan
    shows at once while the live number is read. A manual goal is always live."""
    if goal.metric == "manual":
        return _progress(goal, goal.manual_value, today, live=True)
    return _progress(goal, goal.last_value, today, live=False)


def plan_progress(conn: sqlite3.Connection, community_id: int, plan_id: int,
                  today: date) -> list[GoalProgress]:
    """Every goal of the plan with its live number (SQL aggregates, one per goal)."""
    return [progress_of(conn, community_id, g, today) for g in goals(conn, plan_id)]


def format_value(metric: str, value: float | None) -> str:
    """A goal's number as shown: rates as percentages, counts as whole numbers."""
    if value is None:
        return "—"
    if metric in RATE_METRICS:
        return f"{value * 100:.1f}%"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"
