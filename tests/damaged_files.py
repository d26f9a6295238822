"""Workspaces with one page overwritten, for the tests of what damage must never cause."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.store.workspace import open_workspace


def damage_an_index(path: Path) -> None:
    """Fill ``path`` with 3,000 members and an index over their notes, then overwrite the
    index's root page: the header and the tables stay readable, SQLite's checks fail."""
    with open_workspace(path) as ws, ws.transaction() as c:
        c.executemany("INSERT INTO members (display_name, notes, created_at, updated_at)"
                      " VALUES (?, ?, 'x', 'x')", [(f"成员{i}", "备注" * 80) for i in range(3000)])
        c.execute("CREATE INDEX members_notes ON members(notes)")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'members_notes'"
                        ).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    raw = bytearray(path.read_bytes())
    raw[(root - 1) * page_size:root * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(raw))
