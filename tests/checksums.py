"""A fingerprint of every table of a workspace, to check that undo brings back exactly the
state before (and redo the state after).

Every ordinary table is hashed row by row, in key order, with each value's type (1 and
1.0 and '1' differ). Full-text indexes (virtual tables and their shadow tables) are left
out: their pages may be laid out differently for the same contents; ``fts_ok`` checks them.
"""

from __future__ import annotations

import hashlib
import sqlite3


def table_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """Each ordinary table's name -> a hash of its rows."""
    found = {}
    names = [r[0] for r in conn.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for name in names:
        digest = hashlib.sha256()
        rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        for row in sorted(repr([(type(v).__name__, v) for v in r]) for r in rows):
            digest.update(row.encode())
        found[name] = f"{len(rows)}:{digest.hexdigest()[:16]}"
    return found


def checksum(conn: sqlite3.Connection) -> dict[str, str]:
    """``table_hashes``: compare two with ``==``; a failing assert shows which table."""
    return table_hashes(conn)


def differing(a: dict[str, str], b: dict[str, str]) -> list[str]:
    """The tables whose hashes differ between two checksums."""
    return sorted(n for n in a.keys() | b.keys() if a.get(n) != b.get(n))


def fts_ok(conn: sqlite3.Connection) -> bool:
    """SQLite's own check of the member search indexes against the members table."""
    for (name,) in conn.execute("SELECT name FROM pragma_table_list WHERE schema = 'main'"
                                " AND type = 'virtual'").fetchall():
        try:
            conn.execute(f"INSERT INTO \"{name}\"(\"{name}\") VALUES ('integrity-check')")
        except sqlite3.DatabaseError:
            return False
    return True
