"""A member's standing in each community: the role they hold there (群主, 管理员, ...), and
leaving (退群, a day and a reason) and rejoining.

One row per member and community (``memberships``), so a membership has one stay on record:
leaving sets ``left_at`` and ``left_reason``; rejoining clears both (a reason without a
leaving day would describe nothing; the profile shows the two together), keeping the first
``joined_at``. Each function is one transaction returning a ``Change``; the window runs them
through ``recorded(...)``, whose row images are the undo.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from models.core.changes import Change
from models.core.errors import Code, DomainError
from models.core.validation import clean_date
from models.core.vocab import Role
from models.store.workspace import transaction

_CHUNK = 900


#: The standing shown for a membership that was left (退群): not a stored status (the
#: ``status`` column keeps how they were in the group: active, muted; removed and banned
#: say themselves), so it is worked out from ``left_at``.
LEFT = "left"
#: Statuses that describe someone still in the group: a membership left is none of them.
IN_GROUP = ("active", "muted")


def standing(status: str, left_at: str | None) -> str:
    """What the operator sees for a membership: ``LEFT`` once they left (unless removed or
    banned, which say more), else the stored status."""
    return LEFT if left_at and status in IN_GROUP else status


def clean_role(value: object, field: str = "role") -> str:
    """The stored role for ``value`` (one of ``Role``'s values, spaces around ignored)."""
    text = str(value or "").strip()
    try:
        return Role(text).value
    except ValueError:
        raise DomainError(Code.ONE_OF, value, field=field,
                          allowed=", ".join(r.value for r in Role), value=text) from None


def set_role(conn: sqlite3.Connection, member_ids: Iterable[int], community_id: int,
             role: str) -> tuple[list[int], Change]:
    """Give ``role`` in the community to those of ``member_ids`` who have a membership
    there; returns the ids changed (members not in the community are left alone)."""
    role = clean_role(role)
    ids = list(dict.fromkeys(member_ids))
    changed: list[int] = []
    with transaction(conn):
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            changed += [r[0] for r in conn.execute(
                f"UPDATE memberships SET role = ? WHERE community_id = ? AND role != ?"
                f" AND member_id IN ({','.join('?' * len(chunk))}) RETURNING member_id",
                [role, community_id, role, *chunk])]
    return changed, Change.of("memberships", "members", ids=changed)


def _membership(conn: sqlite3.Connection, member_id: int, community_id: int) -> sqlite3.Row:
    row = conn.execute("SELECT joined_at, left_at FROM memberships WHERE member_id = ?"
                       " AND community_id = ?", (member_id, community_id)).fetchone()
    if row is None:
        raise DomainError(Code.NO_MEMBERSHIP)
    return row


def record_leave(conn: sqlite3.Connection, member_id: int, community_id: int, day: object,
                 reason: str | None = None) -> Change:
    """The member left the community (退群) on ``day`` (a date), for ``reason`` (optional).
    Refused when the day is before they joined. Recording it again replaces the day and
    reason (a correction)."""
    left = clean_date(day)
    if left is None:
        raise DomainError(Code.EMPTY, field="left")
    with transaction(conn):
        joined = str(_membership(conn, member_id, community_id)[0])[:10]
        if left < joined:
            raise DomainError(Code.LEFT_BEFORE_JOINED, day, joined=joined, left=left)
        conn.execute("UPDATE memberships SET left_at = ?, left_reason = ? WHERE member_id = ?"
                     " AND community_id = ?",
                     (left, (reason or "").strip() or None, member_id, community_id))
    return Change.of("memberships", "members", ids=[member_id])


def rejoin(conn: sqlite3.Connection, member_id: int, community_id: int) -> Change:
    """The member is back in the community: no leaving day, no reason; a removal (移出)
    is lifted (a ban stays until lifted on purpose)."""
    with transaction(conn):
        _membership(conn, member_id, community_id)
        conn.execute("UPDATE memberships SET left_at = NULL, left_reason = NULL,"
                     " status = CASE status WHEN 'removed' THEN 'active' ELSE status END"
                     " WHERE member_id = ? AND community_id = ?", (member_id, community_id))
    return Change.of("memberships", "members", ids=[member_id])


def members_of(conn: sqlite3.Connection, member_ids: Iterable[int],
               community_id: int) -> set[int]:
    """Those of ``member_ids`` with a membership of the community."""
    ids = list(member_ids)
    found: set[int] = set()
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        found |= {r[0] for r in conn.execute(
            f"SELECT member_id FROM memberships WHERE community_id = ?"
            f" AND member_id IN ({','.join('?' * len(chunk))})", [community_id, *chunk])}
    return found
