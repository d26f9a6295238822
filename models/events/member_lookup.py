"""Finding a member quickly by name, phone or pinyin, for registrations and the door.

Fast by scoping, then by index:

1. the event's own registrations (a few hundred people): substring of name or nickname,
   any fragment of the phone (the last four digits people say at the door), full pinyin
   or initials (``zhangsan``, ``zs``);
2. then the roster (the community's members when given) through the roster's search index,
   read a page at a time the way the roster table reads it (``roster.find_members``): any
   piece of a name, pinyin, phone of three digits or more.

Pasted sign-up lists (接龙) are read by ``models.events.signup_text`` and matched here, person by
person: by full phone, then by name, nickname or pinyin narrowed by the phone's tail.

pypinyin (150 ms to import) is loaded on the first Latin-letter query, never at start-up.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from models.events.signup_text import LineKind, SignupEntry, parse_signup_text
from models.members import roster
from models.search import query


@dataclass(frozen=True)
class MemberHit:
    id: int
    display_name: str
    nickname: str | None
    phone: str | None
    #: 'registered', 'waitlisted', 'cancelled' for this event, or None (not signed up).
    registration: str | None = None
    checked_in_at: str | None = None


def normalise(text: str) -> str:
    return re.sub(r"[\s\-]+", "", text).lower()


@lru_cache(maxsize=200_000)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name: 张晓明 -> ('zhangxiaoming', 'zxm')."""
    from pypinyin import Style, lazy_pinyin

    full = "".join(lazy_pinyin(name, errors="default")).lower()
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")).lower()
    return normalise(full), normalise(initials)


def _matches(text: str, name: str, nickname: str | None, phone: str | None) -> int:
    """0 = no match; lower is better (exact name, prefix, substring, phone, pinyin)."""
    if name == text:
        return 1
    digits = text.isdigit()
    if digits:
        return 4 if phone and text in phone.replace(" ", "") else 0
    if name.startswith(text):
        return 2
    if text in name or (nickname and text in nickname.lower()):
        return 3
    if text.isascii() and text.isalpha():
        full, initials = pinyin_keys(name)
        if full.startswith(text) or initials.startswith(text):
            return 5
        if len(text) >= 2 and text in full:
            return 6
    return 0


def find_members(conn: sqlite3.Connection, text: str, limit: int = 20,
                 community_id: int | None = None, *, event_id: int | None = None,
                 ) -> list[MemberHit]:
    """Members matching ``text``, best first: the event's registrations, then the roster."""
    text = normalise(text)
    if not text:
        return []
    hits: list[MemberHit] = []
    seen: set[int] = set()
    if event_id is not None:
        ranked = []
        for row in conn.execute(
                "SELECT m.id, m.display_name, m.nickname, m.phone, r.status, r.checked_in_at"
                " FROM registrations r JOIN members m ON m.id = r.member_id"
                " WHERE r.event_id = ? AND m.deleted_at IS NULL", (event_id,)):
            rank = _matches(text, row[1], row[2], row[3])
            if rank:
                ranked.append((rank, row[4] == "cancelled", row[1], MemberHit(*row)))
        ranked.sort(key=lambda r: r[:3])
        for *_, hit in ranked[:limit]:
            hits.append(hit)
            seen.add(hit.id)
    if len(hits) < limit:
        for hit in _roster(conn, text, limit - len(hits) + len(seen), community_id):
            if hit.id not in seen and len(hits) < limit:
                hits.append(hit)
                seen.add(hit.id)
    return hits


def _roster(conn: sqlite3.Connection, text: str, limit: int,
            community_id: int | None) -> list[MemberHit]:
    if text.isdigit() and len(text) < 3:
        return []  # two digits match half the roster: wait for the third
    hits = roster.find_members(conn, text, limit=limit, community_id=community_id)
    hits.sort(key=lambda h: h.display_name != text)  # the exact name first
    return [MemberHit(h.id, h.display_name, h.nickname, h.phone) for h in hits]


@dataclass(frozen=True)
class SignupLine:
    """One person's line of a pasted sign-up list (``models.events.signup_text``), and who it is."""

    entry: SignupEntry
    member_id: int | None
    #: Why nobody is registered from this line: '' (matched), 'not_found', 'ambiguous'
    #: (several members fit), 'tail_mismatch' (the name is known, with another phone) or
    #: 'duplicate' (the same person as line ``duplicate_of``).
    problem: str = ""
    duplicate_of: int | None = None
    #: The matched member's name, when it differs from the line's ("Lily 李丽" -> 李丽).
    member_name: str | None = None

    @property
    def line(self) -> int:
        return self.entry.line

    @property
    def name(self) -> str:
        return self.entry.name

    @property
    def phone(self) -> str | None:
        return self.entry.phone

    @property
    def creatable(self) -> bool:
        """A new member would be made from this line (when the operator asks for it)."""
        return self.problem == "not_found" and bool(self.entry.name)


def match_signup_list(conn: sqlite3.Connection, text: str,
                      community_id: int | None = None) -> list[SignupLine]:
    """The people of a pasted list (a 接龙, a sheet's column), each matched to a member.

    Headings, empty numbered lines and remarks are left out (``parse_signup_text`` names
    them). A line matches by its full phone first; then by name (display name, then
    nickname, then full pinyin for a Latin name), narrowed by the phone's tail when the
    line gives one. The same person twice is matched once, the later line marked.
    """
    return match_signup_entries(conn, [e for e in parse_signup_text(text)
                                       if e.kind == LineKind.ENTRY], community_id)


def match_signup_entries(conn: sqlite3.Connection, entries: list[SignupEntry],
                         community_id: int | None = None) -> list[SignupLine]:
    found: list[SignupLine] = []
    first_line: dict[object, int] = {}
    for entry in entries:
        member_id, problem, member_name = _match_entry(conn, entry, community_id)
        key: object = member_id if member_id is not None else (
            entry.name, entry.phone or entry.tail)
        if key in first_line:
            found.append(SignupLine(entry, member_id, "duplicate", first_line[key],
                                    member_name))
            continue
        first_line[key] = entry.line
        found.append(SignupLine(entry, member_id, problem, None, member_name))
    return found


def _match_entry(conn: sqlite3.Connection, entry: SignupEntry,
                 community_id: int | None) -> tuple[int | None, str, str | None]:
    """(member id, problem, the member's name when it is not the line's)."""
    if entry.phone:
        rows = conn.execute("SELECT id, display_name FROM members WHERE phone = ? AND"
                            " deleted_at IS NULL LIMIT 2", (entry.phone,)).fetchall()
        if len(rows) == 1:
            return rows[0][0], "", _other(rows[0][1], entry.name)
    if not entry.name:
        return None, "not_found", None
    tiers = _name_candidates(conn, entry.name, community_id)
    if not tiers:
        return None, "not_found", None
    if entry.tail:
        tiers = [[c for c in tier if c[2] and c[2].endswith(entry.tail)] for tier in tiers]
        tiers = [tier for tier in tiers if tier]
        if not tiers:
            return None, "tail_mismatch", None
    best = tiers[0]
    if len(best) > 1:
        return None, "ambiguous", None
    return best[0][0], "", _other(best[0][1], entry.name)


def _other(member_name: str, line_name: str) -> str | None:
    return member_name if member_name != line_name else None


#: At most this many members looked at per name (a name this common is ambiguous anyway).
_NAME_LIMIT = 50


def _name_candidates(conn: sqlite3.Connection, name: str, community_id: int | None,
                     ) -> list[list[tuple[int, str, str | None]]]:
    """Members a line's name can mean, best kind of match first: each tier is a list of
    (id, display name, phone). Tiers: the whole name as display name; one of its words
    as display name (Lily 李丽); a nickname; full pinyin (zhangwei)."""
    words = name.split()
    parts = list(dict.fromkeys([name, *words])) if len(words) > 1 else [name]
    scope, scope_args = "", []
    if community_id is not None:
        scope = (" AND EXISTS (SELECT 1 FROM memberships s WHERE s.member_id = m.id"
                 " AND s.community_id = ?)")
        scope_args = [community_id]
    by_tier: list[dict[int, tuple[int, str, str | None]]] = [{}, {}, {}, {}]
    for part in parts:
        # The search index narrows a million rows to the few with this name in them.
        hits = query.hits_sql(part)
        if hits is None:
            continue
        select = (f"SELECT m.id, m.display_name, m.phone, m.nickname FROM members m"
                  f" WHERE m.id IN ({hits[0]}) AND m.deleted_at IS NULL{scope}")
        rows = conn.execute(
            f"{select} AND (m.display_name = ? OR lower(m.nickname) = lower(?)) LIMIT ?",
            [*hits[1], *scope_args, part, part, _NAME_LIMIT]).fetchall()
        latin = part.replace(" ", "").isascii() and part.replace(" ", "").isalpha()
        if latin:  # pinyin: the index found the syllables; the whole spelling must match
            rows += conn.execute(f"{select} LIMIT ?",
                                 [*hits[1], *scope_args, _NAME_LIMIT * 4]).fetchall()
        for member_id, display, phone, nickname in rows:
            hit = (member_id, display, phone)
            if display == part:
                by_tier[0 if part == name else 1][member_id] = hit
            elif nickname and nickname.casefold() == part.casefold():
                by_tier[2][member_id] = hit
            elif latin and pinyin_keys(display)[0] == normalise(part):
                by_tier[3][member_id] = hit
    return [list(tier.values()) for tier in by_tier if tier]
