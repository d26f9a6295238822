"""Matching the people a chat export names to members of the workspace.

For each person, in this order (members in the trash are never matched):

1. an identity remembered from an earlier import (``models.activity.identities``): their
   platform id (QQ number, wxid, Telegram or Discord user id), then the group nickname
   remembered in this community. The nickname is only trusted when it cannot contradict an
   id: when the person has no id, or the member it names has no identity on that platform;
2. a handle the file gives against the members' own columns: WeChat id
   (``members.wechat_id``), QQ number (no column: identities only), phone, email;
3. a name: the person's shown name or alias (a WeChat remark, a Discord nickname) equal to
   a member's display name or nickname, unique first among the community's live members
   (memberships not ended), then among everyone who ever was in it, then in the whole
   workspace (a roster imported without a community). Two or more at the first level
   with any is *ambiguous*: the candidates are listed and nobody is picked. A member
   already known under another id on the same platform is never matched by name.

Names are matched set-based (one pass over the members), so a file with thousands of
speakers costs one scan, not one per speaker. The exporting account ("you" in a WeChat
system line) has no name to match and is left unmatched unless an id matches it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.activity import identities
from models.core.validation import Invalid, clean_email, clean_phone, clean_wechat_id

#: Reader platforms whose ``user_id`` is an identity of the same name.
ID_PLATFORMS = ("qq", "wechat", "telegram", "discord")
_CHUNK = 400


@dataclass(frozen=True)
class SpeakerMatch:
    """Who a person is in the workspace: ``member_id`` and ``how`` ("identity",
    "wechat_id", "qq", "phone", "email", "name"), or ``candidates`` (two or more: the same
    name) when it cannot be told, or nothing (unmatched)."""

    member_id: int | None = None
    how: str | None = None
    candidates: tuple[int, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


UNMATCHED = SpeakerMatch()


def match_people(conn: sqlite3.Connection, people: Sequence[Any],
                 community_id: int) -> list[SpeakerMatch]:
    """The match of each of ``people`` (reader ``Person`` records), in their order."""
    found: list[SpeakerMatch | None] = [_by_handle(conn, p, community_id) for p in people]
    waiting = [i for i, m in enumerate(found) if m is None and not people[i].is_self]
    if waiting:
        names = {i: _names(people[i]) for i in waiting}
        holders = _name_holders(conn, {n for ns in names.values() for n in ns}, community_id)
        for i in waiting:
            found[i] = _by_name(names[i], holders, _known_elsewhere(conn, people[i], names[i],
                                                                    holders))
    return [m or UNMATCHED for m in found]


def _by_handle(conn: sqlite3.Connection, person: Any,
               community_id: int) -> SpeakerMatch | None:
    platform = person.platform if person.platform in ID_PLATFORMS else None
    if platform and person.user_id:
        member = identities.lookup(conn, platform, person.user_id)
        if member is not None:
            return SpeakerMatch(member, "identity")
    if person.name and not person.is_self:
        member = identities.lookup(conn, "nickname", person.name, community_id)
        if member is not None and (not (platform and person.user_id)
                                   or not _has_identity(conn, member, platform)):
            return SpeakerMatch(member, "identity")
    wechat = _cleaned(person.wechat_id, clean_wechat_id)
    if wechat:
        found = _column_match(conn, "wechat_id", wechat)
        if found is not None:
            return SpeakerMatch(found[0], "wechat_id", found[1])
    qq = (person.qq or "").strip()
    if qq and not (platform == "qq" and qq == person.user_id):
        member = identities.lookup(conn, "qq", qq)
        if member is not None:
            return SpeakerMatch(member, "qq")
    for column, value, clean in (("phone", person.phone, clean_phone),
                                 ("email", person.email, clean_email)):
        values = _cleaned(value, clean)
        found = _column_match(conn, column, values) if values else None
        if found is not None:
            return SpeakerMatch(found[0], column, found[1])
    return None


def _cleaned(value: str | None, clean: Any) -> list[str]:
    """The value as members store it (and as given, in case the cleaning differs)."""
    if not value or not value.strip():
        return []
    values = [value.strip()]
    try:
        cleaned = clean(value)
    except (Invalid, ValueError):
        cleaned = None
    if cleaned and cleaned not in values:
        values.insert(0, cleaned)
    return values


def _column_match(conn: sqlite3.Connection, column: str,
                  values: list[str]) -> tuple[int | None, tuple[int, ...]] | None:
    """(member, ()) when one live member has ``column`` in ``values``; (None, ids) when
    several do; None when nobody does."""
    marks = ",".join("?" * len(values))
    ids = sorted({r[0] for r in conn.execute(
        f"SELECT id FROM members WHERE {column} IN ({marks}) AND deleted_at IS NULL", values)})
    if not ids:
        return None
    if len(ids) == 1:
        return ids[0], ()
    return None, tuple(ids)


def _has_identity(conn: sqlite3.Connection, member_id: int, platform: str) -> bool:
    return conn.execute("SELECT 1 FROM member_identities WHERE member_id = ? AND platform = ?"
                        " AND community_id IS NULL", (member_id, platform)).fetchone() is not None


def _names(person: Any) -> set[str]:
    return {n.strip() for n in (person.name, person.alias) if n and n.strip()}


@dataclass
class _Holders:
    """Name -> member ids holding it, in three circles (see the module docstring)."""

    live: dict[str, set[int]]
    ever: dict[str, set[int]]
    anyone: dict[str, set[int]]


def _name_holders(conn: sqlite3.Connection, names: set[str], community_id: int) -> _Holders:
    # The names as one JSON parameter (json_each): no temporary table, so a read-only
    # connection (the window's worker) can match. display_name has no index: one scan of
    # the members, probing the few names. Both as ``IN (SELECT …)``, which SQLite reads
    # once into a probe table: as a join, it read json_each again for every member (2,000
    # names x 2,000 members: 0.4 s, twice an import).
    listed = json.dumps(sorted(names), ensure_ascii=False)
    anyone: dict[str, set[int]] = defaultdict(set)
    for name, member in conn.execute(
            "SELECT m.display_name, m.id FROM members m WHERE m.deleted_at IS NULL"
            " AND m.display_name IN (SELECT value FROM json_each(?))"
            " UNION SELECT m.nickname, m.id FROM members m WHERE m.deleted_at IS NULL"
            " AND m.nickname IN (SELECT value FROM json_each(?))",
            (listed, listed)):
        anyone[name].add(member)
    ids = sorted({i for s in anyone.values() for i in s})
    live: set[int] = set()
    ever: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for member, ended in conn.execute(
                f"SELECT member_id, left_at IS NOT NULL FROM memberships WHERE community_id = ?"
                f" AND member_id IN ({','.join('?' * len(chunk))})", [community_id, *chunk]):
            ever.add(member)
            if not ended:
                live.add(member)
    return _Holders({n: s & live for n, s in anyone.items()},
                    {n: s & ever for n, s in anyone.items()}, dict(anyone))


def _known_elsewhere(conn: sqlite3.Connection, person: Any, names: set[str],
                     holders: _Holders) -> set[int]:
    """Members holding one of ``names`` who are known under another id on the person's
    platform: not them, whatever the name says."""
    if person.platform not in ID_PLATFORMS or not person.user_id:
        return set()
    ids = sorted({i for n in names for i in holders.anyone.get(n, ())})
    if not ids:
        return set()
    return {r[0] for r in conn.execute(
        f"SELECT DISTINCT member_id FROM member_identities WHERE platform = ?"
        f" AND community_id IS NULL AND value <> ? AND member_id IN"
        f" ({','.join('?' * len(ids))})", [person.platform, person.user_id, *ids])}


def _by_name(names: set[str], holders: _Holders, excluded: set[int]) -> SpeakerMatch:
    for circle in (holders.live, holders.ever, holders.anyone):
        ids = sorted({i for n in names for i in circle.get(n, ())} - excluded)
        if len(ids) == 1:
            return SpeakerMatch(ids[0], "name")
        if ids:
            return SpeakerMatch(None, None, tuple(ids))
    return UNMATCHED
