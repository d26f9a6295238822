"""Orders that ended without a purchase: refunded or closed, remembered by their key.

A refund or a closing is where an order ends: a later shop export never shows it paid
again, but an older one does. The order import therefore keeps the key of every order a
file says was refunded or closed (``orders_ended``, format 18), and leaves out a paid order
whose key is there, so importing last month's export again after this month's does not
bring a refunded purchase back. The rows are written in the import's own transaction and
undone with it (row snapshots, as every table).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from models.core.clock import now_iso

_CHUNK = 500


def ended_keys(conn: sqlite3.Connection, keys: Iterable[int]) -> set[int]:
    """The keys among ``keys`` of orders a file said were refunded or closed."""
    wanted = sorted(set(keys))
    found: set[int] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        found.update(r[0] for r in conn.execute(
            f"SELECT import_key FROM orders_ended WHERE import_key IN"
            f" ({','.join('?' * len(chunk))})", chunk))
    return found


def remember(conn: sqlite3.Connection, ended: Sequence[tuple[int, str]]) -> None:
    """Keep ``(key, status)`` of orders that ended; a key kept before keeps its first word."""
    at = now_iso()
    conn.executemany("INSERT OR IGNORE INTO orders_ended (import_key, status, ended_at)"
                     " VALUES (?, ?, ?)", [(key, status, at) for key, status in ended])
