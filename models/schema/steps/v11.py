"""Format 11: ``name_key`` ends its syllables below the space between them, so a name sorts
before the longer names it starts (白斌 before 白斌博); every key is computed again (about
a minute at a million members), with the name index dropped meanwhile and built once after
(a million keys moved one by one in an index is many times slower)."""

from __future__ import annotations

import sqlite3

from models.schema.steps import name_search

VERSION = 11
SUMMARY = "roster: a name sorts before the longer names it starts"


def apply(conn: sqlite3.Connection, chunk: int = 50_000) -> None:
    index = conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'index'"
                         " AND name = 'members_by_name'").fetchone()
    if index is not None:
        conn.execute("DROP INDEX members_by_name")
    last = 0
    while True:
        rows = conn.execute("SELECT id, display_name FROM members WHERE id > ? ORDER BY id"
                            " LIMIT ?", (last, chunk)).fetchall()
        if not rows:
            break
        conn.executemany("UPDATE members SET name_key = ? WHERE id = ?",
                         [(name_search.name_key(name or ""), mid) for mid, name in rows])
        last = rows[-1][0]
    if index is not None:
        conn.execute(index[0])
