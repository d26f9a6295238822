"""Running SQL scripts inside the caller's transaction, and installing a summary table.

Shared by the frozen steps and by the analytics summaries (which install and rebuild their
tables with the same helpers); it imports nothing of ours, so both may use it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator


def split_statements(script: str) -> Iterator[str]:
    """The statements of ``script``, one by one (a trigger's body stays whole)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip() and not _only_comments(pending):
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run ``script`` statement by statement inside the caller's transaction.

    (``executescript`` would commit first, which is exactly what a migration must not do.)
    """
    for statement in split_statements(script):
        conn.execute(statement)


def install_summary(conn: sqlite3.Connection, tables: str,
                    fill: Callable[[sqlite3.Connection], None], triggers: dict[str, str]) -> None:
    """A summary's tables (``tables``), filled by ``fill``, then the ``triggers`` that keep
    it (after the fill, so it does not run them row by row)."""
    run_script(conn, tables)
    fill(conn)
    for sql in triggers.values():
        conn.execute(sql)
