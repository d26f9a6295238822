"""The needs backlog (需求池): what members ask for, sorted by priority.

Priority is urgency (1-5) x importance (1-5), 1-25; ties go to the more urgent, then the
older need. Writes go through ``models.plan.document``'s row functions (table ``needs``, owned by
a community).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Need:
    id: int
    community_id: int | None
    community: str | None
    member_id: int | None
    member: str | None
    text: str
    kind: str
    urgency: int
    importance: int
    status: str
    source: str | None
    notes: str | None
    created_at: str

    @property
    def priority(self) -> int:
        return priority(self.urgency, self.importance)


def priority(urgency: int, importance: int) -> int:
    return int(urgency) * int(importance)


def priority_band(value: int) -> str:
    """'high' (15+), 'medium' (8-14), 'low': the backlog's colours."""
    return "high" if value >= 15 else "medium" if value >= 8 else "low"


ORDER = "n.urgency * n.importance DESC, n.urgency DESC, n.created_at, n.id"


def list_needs(conn: sqlite3.Connection, community_id: int | None,
               statuses: tuple[str, ...] = (), limit: int = 2000) -> list[Need]:
    """Needs in scope (one community, or all), highest priority first."""
    where, args = [], []
    if community_id:
        where.append("n.community_id = ?")
        args.append(community_id)
    if statuses:
        where.append(f"n.status IN ({', '.join('?' for _ in statuses)})")
        args.extend(statuses)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return [Need(*r) for r in conn.execute(
        "SELECT n.id, n.community_id, c.name, n.member_id, m.display_name, n.text, n.kind,"
        " n.urgency, n.importance, n.status, n.source, n.notes, n.created_at FROM needs n"
        " LEFT JOIN communities c ON c.id = n.community_id"
        f" LEFT JOIN members m ON m.id = n.member_id {clause} ORDER BY {ORDER} LIMIT ?",
        [*args, limit])]


def counts_by_status(conn: sqlite3.Connection, community_id: int | None) -> dict[str, int]:
    where, args = ("WHERE community_id = ?", [community_id]) if community_id else ("", [])
    return dict(conn.execute(f"SELECT status, count(*) FROM needs {where} GROUP BY status",
                             args).fetchall())
