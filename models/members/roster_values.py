"""Values of the roster's own columns for the filter bar's pickers."""

from __future__ import annotations

import sqlite3


def distinct_values(conn: sqlite3.Connection, column: str, limit: int = 200) -> list[str]:
    """Values of ``city``, ``source`` or ``lifecycle`` for filter pickers, most common first
    (a walk over that column's index: run it off the UI thread at a million members)."""
    if column not in ("city", "source", "lifecycle"):
        raise ValueError(column)
    return [r[0] for r in conn.execute(
        f"SELECT {column} FROM members WHERE {column} IS NOT NULL AND deleted_at IS NULL"
        f" GROUP BY {column} ORDER BY count(*) DESC LIMIT ?", (limit,))]
