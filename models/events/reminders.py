"""Reminders: what is coming up, computed when asked (on start, on a refresh); no service
runs in the background. The horizon N days is a workspace setting."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.core.errors import Code, DomainError
from models.events.occurrences import occurrences

SETTING_DAYS = "reminder_days"
DEFAULT_DAYS = 7
DONE_ITEM_STATUSES = ("已到货", "已打包", "已使用", "已归还")


@dataclass(frozen=True)
class DueItem:
    checklist_id: int
    item_id: int
    name: str
    checklist: str
    due_on: str
    status: str
    owner: str | None


@dataclass(frozen=True)
class Reminders:
    days: int
    events: list  # list[models.events.occurrences.Occurrence]
    items: list[DueItem]
    overdue_items: int

    @property
    def empty(self) -> bool:
        return not self.events and not self.items


def reminder_days(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM workspace_settings WHERE key = ?",
                       (SETTING_DAYS,)).fetchone()
    try:
        return max(1, int(row[0])) if row else DEFAULT_DAYS
    except ValueError:
        return DEFAULT_DAYS


def set_reminder_days(conn: sqlite3.Connection, days: int) -> None:
    if days < 1:
        raise DomainError(Code.REMIND_AHEAD)
    conn.execute("INSERT OR REPLACE INTO workspace_settings (key, value) VALUES (?, ?)",
                 (SETTING_DAYS, str(days)))


def reminders(conn: sqlite3.Connection, community_id: int | None = None,
              now: datetime | None = None, days: int | None = None) -> Reminders:
    """Events starting from now within ``days`` (the setting), and checklist items not yet
    ready that are due by then (overdue ones included, counted apart)."""
    now = now or datetime.now().astimezone()
    days = days or reminder_days(conn)
    end = now + timedelta(days=days)
    coming = [o for o in occurrences(conn, now, end, community_id)
              if o.start >= now and o.event.status not in ("已取消", "草稿")]
    today = now.date().isoformat()
    scope, args = "", []
    if community_id is not None:
        scope = " AND e.community_id = ?"
        args = [community_id]
    marks = ",".join("?" * len(DONE_ITEM_STATUSES))
    rows = conn.execute(
        "SELECT c.id, i.id, i.name, c.title, i.due_on, i.status, i.owner"
        " FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id"
        " LEFT JOIN events e ON e.id = c.event_id"
        f" WHERE c.deleted_at IS NULL AND i.due_on IS NOT NULL AND i.due_on <= ?"
        f" AND i.status NOT IN ({marks}){scope} ORDER BY i.due_on, c.id, i.position",
        [(now.date() + timedelta(days=days)).isoformat(), *DONE_ITEM_STATUSES, *args]).fetchall()
    items = [DueItem(*r) for r in rows]
    overdue = sum(1 for i in items if i.due_on < today)
    return Reminders(days, coming, items, overdue)


