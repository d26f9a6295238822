"""Loading many rows fast: drop a table's secondary indexes, insert, build them again.

Building an index once over sorted keys is several times faster than keeping it up to date
row by row. Call inside a transaction so a failure restores the indexes with the rows.
Indexes are read from ``sqlite_schema``, so ones added by later migrations are handled too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def indexes_dropped(conn: sqlite3.Connection, tables: list[str]) -> Iterator[None]:
    marks = ",".join("?" * len(tables))
    found = conn.execute(
        f"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks})",
        tables,
    ).fetchall()
    for name, _ in found:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in found:
        conn.execute(sql)


@contextmanager
def bulk_settings(conn: sqlite3.Connection, cache_mib: int = 512) -> Iterator[None]:
    """A large page cache and in-memory sort space while indexes are built."""
    old_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    old_temp = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-cache_mib * 1024}")
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {old_cache}")
        conn.execute(f"PRAGMA temp_store = {old_temp}")
