"""Keys of where an imported activity came from (``activities.import_key``, unique), so a
file imported again, or an overlapping later export, adds nothing twice, and a re-imported
order now refunded finds the purchase to take back.

A key is a signed 64-bit integer (SQLite's INTEGER) from BLAKE2b with an 8-byte digest of
the source's identity, prefixed with what kind of source it is, so an order number can
never share a key with a chat message by construction (only by a 2^-64 accident).
"""

from __future__ import annotations

from hashlib import blake2b


def _key(kind: str, text: str) -> int:
    digest = blake2b(f"{kind}\x1f{text}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def order_key(order_number: str) -> int:
    """The key of one shop order, by its number as the shop writes it (trimmed); the same
    number from any later export of the same shop gives the same key."""
    return _key("order", order_number.strip())
