"""Format 2: settings that belong to the workspace rather than to one computer (its time
zone for calendar files, reminder horizon ...), as text keyed by a stable name."""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 2
SUMMARY = "workspace settings"

SQL = """
CREATE TABLE workspace_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
