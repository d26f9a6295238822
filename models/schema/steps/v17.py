"""Format 17: ``members_alike``, a narrow index for the duplicate scan's names pass.

"Find duplicates" groups live members whose names read the same in pinyin (the syllables
that start ``name_key``) and looks in each small group for a shared city, source or phone
ending. No index held a name beside those fields, so the members of every small group
were read from their wide rows (search columns), seconds at a million members. This index
holds exactly what the pass reads, so both the grouping and the look-up read only it.
``deleted_at`` follows the name because the pass counts live members only (SQLite 3.40
uses neither a partial nor an expression index as covering, so the full phone is kept and
the trash mark is a column). Building it takes a few seconds at a million members.
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 17
SUMMARY = "duplicates: a narrow index of names with city, source and phone"

SQL = """
CREATE INDEX members_alike ON members(name_key, deleted_at, city, source, phone);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
