"""Saved segments (分群): named roster filters an operator returns to, shared by every tab
that filters members. The community scope and the trash are never part of one."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError
from models.members.roster import RosterFilter


@dataclass(frozen=True)
class Segment:
    id: int
    name: str
    filter: RosterFilter = field(compare=False)


def segments(conn: sqlite3.Connection) -> list[Segment]:
    return [Segment(i, n, RosterFilter.from_json(j))
            for i, n, j in conn.execute("SELECT id, name, filter_json FROM segments ORDER BY name")]


def save_segment(conn: sqlite3.Connection, name: str, f: RosterFilter) -> Change:
    """Save (or replace) a named filter set. The community scope is not part of it."""
    name = name.strip()
    if not name:
        raise DomainError(Code.SEGMENT_NAME_NEEDED)
    stored = RosterFilter(**{**asdict(f), "community_id": None, "trash": False})
    conn.execute("INSERT INTO segments (name, filter_json, created_at) VALUES (?, ?, ?)"
                 " ON CONFLICT (name) DO UPDATE SET filter_json = excluded.filter_json",
                 (name, stored.to_json(), now_iso()))
    return Change.of("segments")


def delete_segment(conn: sqlite3.Connection, segment_id: int) -> Change:
    conn.execute("DELETE FROM segments WHERE id = ?", (segment_id,))
    return Change.of("segments")
