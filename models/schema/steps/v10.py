"""Format 10: the name index carries what a search tests on each name it walks past (the
trash mark, the pinyin and one- and two-character pieces, the tags), so a walk of the
roster in name order reads only the index, never a member's row it does not show. ``id``
follows the name, so the index gives the roster's exact order (name, then id)."""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 10
SUMMARY = "roster: the name index covers the search's row tests"

SQL = """
DROP INDEX members_by_name;
CREATE INDEX members_by_name ON members(name_key, id, deleted_at, search_head, search_pinyin,
    search_grams, tags_text);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
