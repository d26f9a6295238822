"""Finding a member quickly by name, phone or pinyin, for registrations and the door.

Fast by scoping, then by index:

1. the event's own registrations (a few hundred people): substring of name or nickname,
   any fragment of the phone (the last four digits people say at the door), full pinyin
   or initials (``zhangsan``, ``zs``);
2. then the roster (the community's members when given) through the roster's search index,
   read a page at a time the way the roster table reads it (``roster.find_members``): any
   piece of a name, pinyin, phone of three digits or more.

pypinyin (150 ms to import) is loaded on the first Latin-letter query, never at start-up.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from models import roster, search


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
    """One line of a pasted sign-up list, and who it matched."""

    line: int
    name: str
    phone: str | None
    member_id: int | None
    #: Why nothing (or not one) matched: '', 'not_found', 'ambiguous'.
    problem: str = ""


_PHONE = re.compile(r"(\+?\d[\d\s\-]{5,}\d)")
_FIELDS = re.compile(r"[,，;；\t|]+")
_HEADER_WORDS = {"姓名", "名字", "昵称", "手机", "手机号", "电话", "联系方式", "序号", "备注",
                 "name", "phone", "mobile", "no", "no.", "#"}


def _split_line(raw: str) -> tuple[str | None, str | None]:
    """(name, phone) of one line; (None, None) for blank lines and a header row.

    Spreadsheet rows (comma/tab separated): the first field that looks like a phone, and
    the first other field with letters. Chat lines: the phone anywhere, the rest is the name.
    """
    line = raw.strip().strip("，,;；\t")
    line = re.sub(r"^\d{1,3}[.、)\]]\s*", "", line)  # "1. 张三" / "12、李四" (接龙)
    if not line:
        return None, None
    fields = [f.strip() for f in _FIELDS.split(line) if f.strip()]
    if fields and all(f.lower() in _HEADER_WORDS for f in fields):
        return None, None
    if len(fields) > 1:
        phone = next((re.sub(r"[\s\-]", "", f) for f in fields if _PHONE.fullmatch(f)), None)
        name = next((f for f in fields if not _PHONE.fullmatch(f) and not f.isdigit()), "")
        return name, phone
    match = _PHONE.search(line)
    phone = re.sub(r"[\s\-]", "", match.group(1)) if match else None
    name = (line[:match.start()] + line[match.end():]) if match else line
    return re.sub(r"\s+", " ", name).strip(), phone


def match_signup_list(conn: sqlite3.Connection, text: str,
                      community_id: int | None = None) -> list[SignupLine]:
    """Read a pasted list (one person a line: name and/or phone, separated by spaces,
    commas, tabs — as copied from a WeChat group or a spreadsheet) and match each line:
    by phone exactly first, then by exact name when it is unique in scope."""
    found = []
    for number, raw in enumerate(text.splitlines(), start=1):
        name, phone = _split_line(raw)
        if name is None:
            continue
        member_id, problem = None, ""
        if phone:
            row = conn.execute("SELECT id FROM members WHERE phone = ? AND deleted_at IS NULL"
                               " LIMIT 2", (phone,)).fetchall()
            if len(row) == 1:
                member_id = row[0][0]
        if member_id is None and name:
            scope, args = "", []
            if community_id is not None:
                scope = (" AND EXISTS (SELECT 1 FROM memberships s WHERE s.member_id = m.id"
                         " AND s.community_id = ?)")
                args = [community_id]
            # The search index narrows a million rows to the few with this name in them.
            hits = search.hits_sql(name)
            narrow, narrow_args = (f" AND m.id IN ({hits[0]})", hits[1]) if hits else ("", [])
            rows = conn.execute(f"SELECT m.id FROM members m WHERE m.display_name = ? AND"
                                f" m.deleted_at IS NULL{narrow}{scope} LIMIT 2",
                                [name, *narrow_args, *args]).fetchall()
            if len(rows) == 1:
                member_id = rows[0][0]
            elif len(rows) > 1:
                problem = "ambiguous"
        if member_id is None and not problem:
            problem = "not_found"
        found.append(SignupLine(number, name, phone, member_id, problem))
    return found
