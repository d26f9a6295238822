"""Communities (社群): the groups an operator runs, each on one platform."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from models.core.clock import now_iso
from models.core.errors import Code, DomainError
from models.core.vocab import Platform


@dataclass(frozen=True)
class Community:
    id: int
    name: str
    platform: str
    positioning: str
    tone: str
    created_at: str
    archived: bool


_COLUMNS = "id, name, platform, positioning, tone, created_at, archived"


def _row(row: tuple) -> Community:
    return Community(*row[:6], archived=bool(row[6]))


def list_communities(conn: sqlite3.Connection, *,
                     include_archived: bool = False) -> list[Community]:
    where = "" if include_archived else "WHERE archived = 0"
    rows = conn.execute(f"SELECT {_COLUMNS} FROM communities {where} ORDER BY name")
    return [_row(r) for r in rows]


def get_community(conn: sqlite3.Connection, community_id: int) -> Community | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM communities WHERE id = ?", (community_id,))
    found = row.fetchone()
    return _row(found) if found else None


def find_community(conn: sqlite3.Connection, name: str) -> Community | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM communities WHERE name = ?", (name.strip(),))
    found = row.fetchone()
    return _row(found) if found else None



def community_names(conn: sqlite3.Connection) -> set[str]:
    """Every community's name, archived ones too (a new community must not repeat one)."""
    return {row[0] for row in conn.execute("SELECT name FROM communities")}


def member_counts(conn: sqlite3.Connection) -> dict[int, int]:
    """``{community id: members}`` as the roster counts them with the community picked:
    members not in the trash with a membership there (those who left too)."""
    return dict(conn.execute(
        "SELECT ms.community_id, count(*) FROM memberships ms JOIN members m"
        " ON m.id = ms.member_id WHERE m.deleted_at IS NULL GROUP BY ms.community_id"))


def create_community(
    conn: sqlite3.Connection,
    name: str,
    platform: Platform | str = Platform.WECHAT_GROUP,
    positioning: str = "",
    tone: str = "",
) -> Community:
    name = name.strip()
    if not name:
        raise DomainError(Code.COMMUNITY_NAME_NEEDED)
    cursor = conn.execute(
        "INSERT INTO communities (name, platform, positioning, tone, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (name, str(Platform(platform)), positioning, tone, now_iso()),
    )
    created = get_community(conn, int(cursor.lastrowid or 0))
    assert created is not None
    return created
