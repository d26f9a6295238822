"""Cheap counts for the status bar and ``qunzhu check``."""

from __future__ import annotations

import sqlite3


def member_count(conn: sqlite3.Connection, community_id: int | None = None) -> int:
    """Members not in the trash; in one community when ``community_id`` is given.

    All members minus the trash (a partial index), so SQLite counts b-tree pages rather
    than testing every row: still a scan at a million members, so the window calls it
    off the UI thread.
    """
    if community_id is None:
        sql = (
            "SELECT (SELECT count(*) FROM members)"
            " - (SELECT count(*) FROM members WHERE deleted_at IS NOT NULL)"
        )
        return int(conn.execute(sql).fetchone()[0])
    sql = (
        "SELECT count(*) FROM memberships ms JOIN members m ON m.id = ms.member_id"
        " WHERE ms.community_id = ? AND m.deleted_at IS NULL"
    )
    return int(conn.execute(sql, (community_id,)).fetchone()[0])



def has_members(conn: sqlite3.Connection) -> bool:
    """Whether the workspace holds any member at all, in the trash too (one row read)."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM members)").fetchone()[0])

def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row count of every ordinary table in the workspace, by name."""
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0])
            for n in table_names(conn)}


def table_names(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def table_counts_or_errors(conn: sqlite3.Connection) -> dict[str, int | str]:
    """Like ``table_counts`` but a damaged table gives SQLite's message instead of a count."""
    found: dict[str, int | str] = {}
    for name in table_names(conn):
        try:
            found[name] = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        except sqlite3.DatabaseError as error:
            found[name] = str(error)
    return found
