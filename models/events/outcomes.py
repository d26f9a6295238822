"""Outcomes (复盘): how an event went, and a summary per month.

Attendance is never typed in: it is the number of check-ins. New members, conversions,
revenue and actual cost (fen) are entered after the event; budget is planned beforehand.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from models.core.changes import Change
from models.core.errors import Code, DomainError, NotFound
from models.events.schedule import update_event


@dataclass(frozen=True)
class Outcome:
    event_id: int
    attendance: int
    registered: int
    expected_attendance: int | None
    new_members: int | None
    expected_new_members: int | None
    conversions: int | None
    revenue: int | None  # fen
    actual_cost: int | None  # fen
    budget: int | None  # fen
    notes: str | None

    @property
    def show_rate(self) -> float | None:
        """Checked in / registered (walk-ins can push it past 1)."""
        return self.attendance / self.registered if self.registered else None

    @property
    def over_budget(self) -> int | None:
        """Fen spent beyond the budget (negative: under budget)."""
        if self.actual_cost is None or self.budget is None:
            return None
        return self.actual_cost - self.budget


@dataclass(frozen=True)
class MonthSummary:
    month: str  # YYYY-MM
    events: int
    attendance: int
    new_members: int
    conversions: int
    revenue: int
    actual_cost: int
    budget: int

    @property
    def cost_per_attendee(self) -> int | None:
        return self.actual_cost // self.attendance if self.attendance else None


def outcome(conn: sqlite3.Connection, event_id: int) -> Outcome:
    row = conn.execute(
        "SELECT e.expected_attendance, e.actual_new_members, e.expected_new_members,"
        " e.conversions, e.revenue, e.actual_cost, e.budget, e.outcome_notes,"
        " (SELECT count(*) FROM registrations r WHERE r.event_id = e.id"
        "  AND r.status = 'registered' AND r.checked_in_at IS NOT NULL),"
        " (SELECT count(*) FROM registrations r WHERE r.event_id = e.id"
        "  AND r.status = 'registered' AND r.walk_in = 0)"
        " FROM events e WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        raise NotFound(Code.NO_EVENT, id=event_id)
    return Outcome(event_id, row[8], row[9], row[0], row[1], row[2], row[3], row[4], row[5],
                   row[6], row[7])


def save_outcome(conn: sqlite3.Connection, event_id: int, *, new_members: int | None,
                 conversions: int | None, revenue: int | None, actual_cost: int | None,
                 notes: str | None) -> Change:
    for name, value in (("new_members", new_members), ("conversions", conversions),
                        ("revenue", revenue), ("actual_cost", actual_cost)):
        if value is not None and value < 0:
            raise DomainError(Code.NEGATIVE, value, field=name)
    _, change = update_event(conn, event_id, actual_new_members=new_members,
                             conversions=conversions, revenue=revenue, actual_cost=actual_cost,
                             outcome_notes=notes or None)
    return change


def month_summaries(conn: sqlite3.Connection, community_id: int | None = None,
                    since: str | None = None, before: str | None = None) -> list[MonthSummary]:
    """One line per month with events (cancelled ones left out), newest first.

    A repeating series counts once, in its first month; its occurrences edited on their
    own (where registrations and outcomes live) count in their months.
    """
    where = ["e.deleted_at IS NULL", "e.status != '已取消'"]
    args: list[object] = []
    if community_id is not None:
        where.append("e.community_id = ?")
        args.append(community_id)
    if since:
        where.append("e.starts_at >= ?")
        args.append(since)
    if before:
        where.append("e.starts_at < ?")
        args.append(before)
    rows = conn.execute(
        "SELECT substr(e.starts_at, 1, 7) AS month, count(*),"
        " coalesce(sum((SELECT count(*) FROM registrations r WHERE r.event_id = e.id"
        "   AND r.status = 'registered' AND r.checked_in_at IS NOT NULL)), 0),"
        " coalesce(sum(e.actual_new_members), 0), coalesce(sum(e.conversions), 0),"
        " coalesce(sum(e.revenue), 0), coalesce(sum(e.actual_cost), 0),"
        " coalesce(sum(e.budget), 0)"
        f" FROM events e WHERE {' AND '.join(where)} GROUP BY month ORDER BY month DESC", args)
    return [MonthSummary(*r) for r in rows]
