"""Format 6: column mappings for imports, saved by name, so the next export from the same
tool (企业微信, a form) maps itself. ``kind`` says what is imported ("members"; checklists
may follow) and ``mapping_json`` is {header text: field}."""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 6
SUMMARY = "imports: column mappings saved as presets"

SQL = """
CREATE TABLE import_presets (
    name          TEXT PRIMARY KEY,
    kind          TEXT NOT NULL DEFAULT 'members',
    mapping_json  TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
