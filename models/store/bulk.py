"""Loading many rows fast: drop tables' secondary indexes and triggers, insert, restore.

Building an index once over sorted keys is several times faster than keeping it up to date
row by row, and a trigger per row (the roster's summaries) costs more than one UPDATE over
the table afterwards. Use inside a transaction so a failure restores everything with the
rows. Indexes and triggers are read from ``sqlite_schema``, so ones added by later
migrations are handled too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class DroppedStructures:
    """The indexes and triggers of ``tables`` (but those named in ``keep``), dropped on
    creation until ``restore``."""

    def __init__(self, conn: sqlite3.Connection, tables: list[str],
                 keep: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        self.conn = conn
        marks = ",".join("?" * len(tables))
        self.pending = [row for row in conn.execute(
            f"SELECT type, name, tbl_name, sql FROM sqlite_schema"
            f" WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ({marks})",
            tables,
        ) if row[1] not in keep]
        for kind, name, _, _ in self.pending:
            conn.execute(f'DROP {kind.upper()} "{name}"')

    def restore(self, *tables: str, triggers: bool = True) -> None:
        """Build again what was dropped, for ``tables`` (all when none are named).

        ``triggers=False`` restores only the indexes, so a summary UPDATE can run before
        the triggers are back.
        """
        keep = []
        for entry in self.pending:
            kind, _, table, sql = entry
            if (tables and table not in tables) or (kind == "trigger" and not triggers):
                keep.append(entry)
            else:
                self.conn.execute(sql)
        self.pending = keep


@contextmanager
def bulk_settings(conn: sqlite3.Connection, cache_mib: int = 512) -> Iterator[None]:
    """A large page cache, in-memory sort space and a second sorting thread while indexes
    are built (the thread took 10-20% off building an index over millions of rows)."""
    old_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    old_temp = conn.execute("PRAGMA temp_store").fetchone()[0]
    old_threads = conn.execute("PRAGMA threads").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-cache_mib * 1024}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA threads = 2").fetchall()
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {old_cache}")
        conn.execute(f"PRAGMA temp_store = {old_temp}")
        conn.execute(f"PRAGMA threads = {old_threads}").fetchall()


@contextmanager
def foreign_keys_trusted(conn: sqlite3.Connection) -> Iterator[None]:
    """No foreign key look-up per row while a bulk load writes rows whose references it
    made itself, from ids it just wrote (the demo, a big import; their tests run the full
    ``foreign_key_check``)."""
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


@contextmanager
def rollback_journal(conn: sqlite3.Connection) -> Iterator[None]:
    """Load with a rollback journal instead of the WAL.

    New pages appended to the file need no journal, while the WAL would hold a second copy
    of the whole load until the checkpoint. Back to WAL afterwards, as every open sets.
    """
    mode = conn.execute("PRAGMA main.journal_mode").fetchone()[0]
    try:
        conn.execute("PRAGMA main.journal_mode = DELETE").fetchall()
    except sqlite3.OperationalError:
        pass  # another connection (the window's) has the file open: keep the WAL
    try:
        yield
    finally:
        conn.execute(f"PRAGMA main.journal_mode = {mode}").fetchall()
        # Back in WAL mode, a checkpoint before the first read fails with "database table
        # is locked" (measured: closing the workspace right after a bulk load); a read
        # opens the WAL index.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchall()
