"""Format 12: what a sign-up line (接龙) says beside the name: "+2" (people coming along,
who take seats too) and a note ("新朋友", "带孩子"), kept on the registration rather than
pasted into the member's name."""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 12
SUMMARY = "registrations: guests and a note from the sign-up line"

SQL = """
ALTER TABLE registrations ADD COLUMN guests INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0);
ALTER TABLE registrations ADD COLUMN note TEXT;
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
