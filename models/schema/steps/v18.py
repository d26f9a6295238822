"""Format 18: ``orders_ended``, the orders a shop export said were refunded or closed.

An order import takes back a purchase whose order is now refunded or closed (it deletes the
activity). Nothing remembered that, so importing an older export again, one where the
order was still 交易成功, added the purchase back and the refund was lost. A refund or a
closing is the end of an order: its key (``activities.import_key``'s, from the order
number) is kept here with the status that ended it, and a later file showing the order
paid adds nothing. No personal data: a key and a shop's status word.
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import run_script

VERSION = 18
SUMMARY = "orders: refunded or closed orders remembered, so an older export adds none back"

SQL = """
CREATE TABLE orders_ended (
    import_key INTEGER PRIMARY KEY,
    status TEXT NOT NULL,
    ended_at TEXT NOT NULL
) WITHOUT ROWID;
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SQL)
