"""Who invited whom (邀请人): setting a member's referrer, and reading the referral tree.

A referral never goes in a circle: A invites B invites A would make every tree walk endless
and every "brought in" count wrong, so ``set_referrer`` refuses it (``Code.REFERRER_LOOP``,
naming the chain) as it refuses a member inviting themselves. Walks are recursive CTEs over
the ``members_referrer`` index, bounded by ``MAX_DEPTH`` so even a file damaged by hand
cannot make them run forever.
"""

from __future__ import annotations

import sqlite3

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError, NotFound
from models.store.workspace import transaction

#: How far up or down a referral chain is followed (a real 裂变 is a handful of levels).
MAX_DEPTH = 64


def chain_up(conn: sqlite3.Connection, member_id: int) -> list[int]:
    """``member_id`` and the referrer above it, and theirs, up to the top (or ``MAX_DEPTH``)."""
    rows = conn.execute(
        "WITH RECURSIVE up(id, depth) AS (SELECT ?, 0 UNION"
        " SELECT m.referrer_id, up.depth + 1 FROM up JOIN members m ON m.id = up.id"
        " WHERE m.referrer_id IS NOT NULL AND up.depth < ?)"
        " SELECT id FROM up ORDER BY depth", (member_id, MAX_DEPTH)).fetchall()
    seen: list[int] = []
    for (i,) in rows:
        if i in seen:
            break
        seen.append(i)
    return seen


def makes_loop(conn: sqlite3.Connection, member_id: int, referrer_id: int) -> bool:
    """Would ``referrer_id`` as ``member_id``'s referrer close a circle (the member is the
    referrer, or up the referrer's chain)? Every path that sets a referrer asks this."""
    return member_id in chain_up(conn, referrer_id)


def _names(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    marks = ",".join("?" * len(ids))
    return dict(conn.execute(f"SELECT id, display_name FROM members WHERE id IN ({marks})", ids))


def check_referrer(conn: sqlite3.Connection, member_id: int, referrer_id: int | None) -> None:
    """Raise ``DomainError`` when ``referrer_id`` cannot be ``member_id``'s referrer: the
    member themselves, someone gone, or someone they invited (directly or down a chain)."""
    if referrer_id is None:
        return
    if referrer_id == member_id:
        raise DomainError(Code.REFERRER_SELF, referrer_id)
    found = conn.execute("SELECT deleted_at FROM members WHERE id = ?",
                         (referrer_id,)).fetchone()
    if found is None or found[0] is not None:
        raise NotFound(Code.RECORD_GONE, referrer_id, table="members", id=referrer_id)
    up = chain_up(conn, referrer_id)
    if member_id in up:  # makes_loop, keeping the chain to name it
        # up = [referrer, their referrer, ..., member]: the member invited down to the
        # referrer; setting it would close the circle back to the member.
        path = list(reversed(up[:up.index(member_id) + 1]))
        names = _names(conn, path)
        raise DomainError(Code.REFERRER_LOOP, referrer_id, name=names[member_id],
                          referrer=names[referrer_id],
                          chain=" → ".join(names[i] for i in [*path, member_id]))


def set_referrer(conn: sqlite3.Connection, member_id: int, referrer_id: int | None) -> Change:
    """Make ``referrer_id`` (None: nobody) the member's referrer, in one transaction."""
    with transaction(conn):
        if conn.execute("SELECT 1 FROM members WHERE id = ?", (member_id,)).fetchone() is None:
            raise NotFound(Code.RECORD_GONE, member_id, table="members", id=member_id)
        check_referrer(conn, member_id, referrer_id)
        conn.execute("UPDATE members SET referrer_id = ?, updated_at = ? WHERE id = ?",
                     (referrer_id, now_iso(), member_id))
    return Change.of("members", ids=[member_id])

