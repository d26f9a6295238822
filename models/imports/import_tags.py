"""The tags an imported member gets: named tags created once, then linked."""

from __future__ import annotations

import sqlite3


def write_tags(conn: sqlite3.Connection, pairs: list[tuple[int, str]]) -> None:
    """Link each (member id, tag name), creating the tags that do not exist yet."""
    if not pairs:
        return
    names = sorted({t for _, t in pairs})
    conn.executemany("INSERT OR IGNORE INTO tags (name) VALUES (?)", [(n,) for n in names])
    ids: dict[str, int] = {}
    for start in range(0, len(names), 500):
        chunk = names[start:start + 500]
        ids.update(conn.execute(
            f"SELECT name, id FROM tags WHERE name IN ({','.join('?' * len(chunk))})", chunk))
    conn.executemany("INSERT OR IGNORE INTO member_tags (member_id, tag_id) VALUES (?, ?)",
                     [(m, ids[t]) for m, t in pairs])
