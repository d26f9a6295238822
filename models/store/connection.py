"""Connections that only read, and SQLite's own checks of a file.

Kept apart from ``workspace`` (which opens, locks and upgrades) so that backups, relocation
and erasure can read and check a file without importing the opener that uses them.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from models.store import recovery

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection. A WAL-mode file in a folder we cannot write (a read-only
    medium, a shared folder) has no ``-shm`` to share: with no ``-wal`` beside it nobody is
    writing, so it is read as immutable."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}").fetchall()
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    except sqlite3.OperationalError:
        conn.close()
        if recovery.leftovers(path) or os.access(path.parent, os.W_OK):
            raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    return conn


def quick_check(conn: sqlite3.Connection) -> str:
    """'' when SQLite's quick check passes, else its first findings."""
    return _check(conn, "quick_check")


def integrity_check(conn: sqlite3.Connection) -> str:
    """'' when the full integrity check (and foreign keys) pass, else the findings."""
    found = _check(conn, "integrity_check")
    if found:
        return found
    bad = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    return "; ".join(f"{t} row {r} -> {p}" for t, r, p, _ in bad)


def _check(conn: sqlite3.Connection, pragma: str) -> str:
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as error:
        return str(error)
    return "" if rows == ["ok"] else "; ".join(rows)


def file_of(conn: sqlite3.Connection) -> Path:
    """The file ``conn`` has open as its main database (to open a second connection to it,
    e.g. on a worker thread)."""
    return Path(conn.execute("PRAGMA database_list").fetchone()[2])
