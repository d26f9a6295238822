"""Finding members by what the operator types: Chinese of any length, pinyin, phone pieces.

``hits_sql(text)`` turns the search box's text into SQL that yields member ids, to be used
inside a larger query (``m.id IN (...)``) so filters and sorting stay in SQL. Each
whitespace-separated term must match (AND). A term of three or more characters uses the
FTS5 trigram index (any substring of any searchable field); one of letters only also
matches pinyin by word prefix (``zhangw``, ``wei``, ``zxh``). A shorter term uses
``member_grams`` (names, nicknames, pinyin initials and syllable starts) and the tag names
(a small table). Both are index look-ups, so a one-character query at a million
members costs what a rare three-character one does (see ``models/search_index.py``).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from models.search_index import normalize

_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]{3,}$")
_LETTERS = re.compile(r"^[a-z]+$")


def terms(text: str) -> list[str]:
    """Normalized search terms; a phone number typed with spaces or dashes is one term."""
    text = normalize(text)
    if not text:
        return []
    if _PHONE_LIKE.match(text) and sum(c.isdigit() for c in text) >= 3:
        digits = re.sub(r"\D", "", text)
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        return [digits]
    return list(dict.fromkeys(text.split()))


def hits_sql(text: str) -> tuple[str, list[str]] | None:
    """(SQL yielding member ids, parameters), or None when ``text`` searches for nothing.

    Trashed members are among the ids: the caller's query filters ``deleted_at``.
    """
    parts, params = [], []
    for term in terms(text):
        phrase = '"' + term.replace('"', '""') + '"'
        if len(term) >= 3 and _LETTERS.match(term):
            # Pinyin by word prefix (zhangw -> zhangwei), or letters anywhere in a WeChat
            # id, an email, a Latin nickname.
            parts.append("SELECT rowid FROM member_grams WHERE member_grams MATCH ?"
                         " UNION SELECT rowid FROM member_search WHERE member_search MATCH ?")
            params += ["search_pinyin : " + phrase + " *", phrase]
        elif len(term) >= 3:
            parts.append("SELECT rowid FROM member_search WHERE member_search MATCH ?")
            params.append(phrase)
        else:
            parts.append("SELECT rowid FROM member_grams WHERE member_grams MATCH ?"
                         " UNION SELECT mt.member_id FROM member_tags mt"
                         " JOIN tags t ON t.id = mt.tag_id WHERE instr(lower(t.name), ?)")
            params += ["search_grams : " + phrase, term]
    if not parts:
        return None
    return " INTERSECT ".join(f"SELECT * FROM ({p})" for p in parts), params


@dataclass(frozen=True)
class MemberHit:
    id: int
    display_name: str
    nickname: str | None
    phone: str | None
    city: str | None


def find_members(conn: sqlite3.Connection, text: str, limit: int = 20,
                 community_id: int | None = None) -> list[MemberHit]:
    """Members matching ``text`` (not in the trash), in name order, for pickers and check-in."""
    found = hits_sql(text)
    if found is None:
        return []
    sql, params = found
    scope, scope_params = "", []
    if community_id is not None:
        scope = " AND m.id IN (SELECT member_id FROM memberships WHERE community_id = ?)"
        scope_params = [community_id]
    rows = conn.execute(
        f"SELECT m.id, m.display_name, m.nickname, m.phone, m.city FROM members m"
        f" WHERE m.id IN ({sql}) AND m.deleted_at IS NULL{scope}"
        f" ORDER BY m.name_key, m.id LIMIT ?", [*params, *scope_params, limit])
    return [MemberHit(*row) for row in rows]
