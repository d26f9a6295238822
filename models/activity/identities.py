"""Who a member is on each platform: the handles a chat or order import met them under.

A member can have several identities: a QQ number, a WeChat wxid, a Telegram or Discord user
id (``community_id`` None: the same everywhere), and a group nickname (``platform``
"nickname", with the community it was shown in: the same nickname in another group may be
someone else). The chat import remembers every identity of a person it matched or created,
so the next export of the same group matches itself. Erasing a member removes them
(``models.members.records.erase_personal_data``; deleting a member cascades).
"""

from __future__ import annotations

import sqlite3

#: The platforms an identity can be on ("nickname" needs a community).
PLATFORMS = ("qq", "wechat", "telegram", "discord", "nickname")


def remember(conn: sqlite3.Connection, member_id: int, platform: str, value: str,
             community_id: int | None = None) -> bool:
    """Note that ``member_id`` is ``value`` on ``platform``; True when it was new. An
    identity already held by someone (this member or another) is left as it is: the first
    match wins, and the operator relinks by hand."""
    if platform not in PLATFORMS:
        raise ValueError(f"unknown identity platform {platform!r}")
    value = value.strip()
    if not value:
        return False
    cursor = conn.execute(
        "INSERT INTO member_identities (member_id, platform, value, community_id)"
        " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (member_id, platform, value, community_id))
    return cursor.rowcount > 0


def lookup(conn: sqlite3.Connection, platform: str, value: str,
           community_id: int | None = None) -> int | None:
    """The member known as ``value`` on ``platform`` (in ``community_id`` for a nickname);
    None when nobody is, or when that member is in the trash (never matched)."""
    row = conn.execute(
        "SELECT i.member_id FROM member_identities i JOIN members m ON m.id = i.member_id"
        " WHERE i.platform = ? AND ifnull(i.community_id, 0) = ? AND i.value = ?"
        " AND m.deleted_at IS NULL", (platform, community_id or 0, value.strip())).fetchone()
    return None if row is None else int(row[0])


def of_member(conn: sqlite3.Connection, member_id: int) -> list[tuple[str, str, int | None]]:
    """(platform, value, community_id) of every identity ``member_id`` has, sorted."""
    return [tuple(r) for r in conn.execute(  # type: ignore[misc]
        "SELECT platform, value, community_id FROM member_identities WHERE member_id = ?"
        " ORDER BY platform, value", (member_id,))]
