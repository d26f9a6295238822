"""Rows set aside in a scratch file beside the workspace, to be put back later: what an undo
of a bulk load removed, kept for its redo.

A million activities do not belong in the undo stack's memory: ``SetAside.of(conn, selects)``
copies the rows each SELECT returns into a table of the same name in a file of its own,
in the workspace's staging folder (``models.store.staging``: private, beside the workspace,
removed on the next open after a crash), and ``load(conn)`` inserts them back into the
workspace's tables of those names, in the order the selects were given. The file goes
when the object is collected (the undo stack dropped the step).
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from models.store import staging

#: Rows per executemany while copying (memory stays flat however many there are).
BATCH = 10_000
#: The page cache of the TEMP tables rows pass through on their way back (MiB).
TEMP_CACHE_MIB = 8


class SetAside:
    """Rows of some tables, in a scratch file (see the module docstring)."""

    def __init__(self, folder: Path, tables: Sequence[str]) -> None:
        self.path = folder / "set-aside.sqlite"
        self.tables = tuple(tables)
        weakref.finalize(self, staging.remove, folder)

    @classmethod
    def of(cls, conn: sqlite3.Connection,
           selects: Mapping[str, tuple[str, Sequence[object]]]) -> SetAside:
        """The rows each ``table: (SELECT, params)`` returns (every column, in the table's
        order), copied out of ``conn``."""
        aside = cls(staging.create(staging.workspace_of(conn), "undo"), list(selects))
        out = sqlite3.connect(aside.path)
        try:
            with out:
                for table, (select, params) in selects.items():
                    cursor = conn.execute(select, params)
                    width = len(cursor.description)
                    names = ", ".join(f"c{i}" for i in range(width))
                    out.execute(f'CREATE TABLE "{table}" ({names})')
                    copy_rows(out, f'"{table}"', width, cursor)
        finally:
            out.close()
        return aside

    def count(self, table: str) -> int:
        source = sqlite3.connect(self.path)
        try:
            return int(source.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        finally:
            source.close()

    def load(self, conn: sqlite3.Connection) -> None:
        """Insert the rows back into ``conn``'s tables (inside the caller's transaction).

        Each table's rows go through a TEMP table and one ``INSERT … SELECT``: a statement
        per row inside a savepoint made SQLite keep every page each one touched in its
        statement journal until the savepoint ended (measured, a million activities put
        back row by row under a savepoint: over ten minutes and 460 MB)."""
        source = sqlite3.connect(self.path)
        # The TEMP tables spill to their file past a small cache: the rows pass through once
        cache = conn.execute("PRAGMA temp.cache_size").fetchone()[0]
        conn.execute(f"PRAGMA temp.cache_size = {-TEMP_CACHE_MIB * 1024}")
        try:
            for table in self.tables:
                cursor = source.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
                scratch = f"qz_set_aside_{table}"
                conn.execute(f'CREATE TEMP TABLE "{scratch}" AS SELECT * FROM main."{table}"'
                             f" WHERE 0")
                try:
                    copy_rows(conn, f'temp."{scratch}"', len(cursor.description), cursor)
                    conn.execute(f'INSERT INTO main."{table}" SELECT * FROM temp."{scratch}"'
                                 f" ORDER BY rowid")
                finally:
                    conn.execute(f'DROP TABLE temp."{scratch}"')
        finally:
            conn.execute(f"PRAGMA temp.cache_size = {cache}")
            source.close()


def copy_rows(target: sqlite3.Connection, table: str, width: int, rows: Iterable[tuple]) -> None:
    """``rows`` into ``table`` (a quoted name), ``BATCH`` at a time (the member import's
    undo moves its rows with it too)."""
    insert = f"INSERT INTO {table} VALUES ({','.join('?' * width)})"
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            target.executemany(insert, batch)
            batch = []
    target.executemany(insert, batch)
