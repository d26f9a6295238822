"""Format 19: WeChat ids in lower case.

WeChat does not tell the letters of an id apart by case (Alice_88 and alice_88 are one
account), but the workspace stored them as typed and compared them exactly: a list typed
one way and an order export written the other matched nobody, and Find duplicates missed
the pair. Ids are now cleaned to lower case as emails are (``clean_wechat_id``); this step
brings the ids stored before into line. Remembered chat identities keep the exporter's
spelling (they are compared as the exporter writes them).
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 19
SUMMARY = "members: WeChat ids in lower case, as WeChat compares them"

SQL = """
UPDATE members SET wechat_id = lower(wechat_id) WHERE wechat_id GLOB '*[A-Z]*';
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
