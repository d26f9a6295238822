"""Where an imported activity came from, as one signed 64-bit integer
(``activities.import_key``, unique): importing a file again, or an overlapping later
export, finds the rows it wrote before and adds nothing twice.

Keys are blake2b digests (8 bytes) of the parts that tell one source row from another,
each kind of source in its own namespace. A message's instant is given in UTC, so changing
the workspace's zone (which rewrites ``occurred_at``) never changes its key.
"""

from __future__ import annotations

from hashlib import blake2b

_SEPARATOR = "\x1f"  # the ASCII unit separator: never in a name or a time


def _key(*parts: str) -> int:
    digest = blake2b(_SEPARATOR.join(parts).encode("utf-8", "surrogatepass"),
                     digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def message_key(community_id: int, person_key: tuple[str, str] | str, at_utc_iso: str,
                kind: str, text: str, ordinal: int) -> int:
    """One message of a chat export: who (``person_key``: the reader's ``Person.key``),
    when (to the second, UTC), which kind, what it said, and ``ordinal``: the n-th (from 0)
    message with all these the same in the file (two "+1" in the same second)."""
    who = person_key if isinstance(person_key, str) else f"{person_key[0]}:{person_key[1]}"
    digest = blake2b(f"chat\x1f{community_id}\x1f{who}\x1f{at_utc_iso}\x1f{kind}\x1f{text}"
                     f"\x1f{ordinal}".encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # as _key, inlined: once a message


def order_key(order_number: str) -> int:
    """One order of a shop's export, by its order number (the same in every export)."""
    return _key("order", order_number.strip())
