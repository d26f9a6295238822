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
            params += ["{search_pinyin search_head} : " + phrase + " *", phrase]
        elif len(term) >= 3:
            parts.append("SELECT rowid FROM member_search WHERE member_search MATCH ?")
            params.append(phrase)
        else:
            parts.append("SELECT rowid FROM member_grams WHERE member_grams MATCH ?"
                         " UNION SELECT mt.member_id FROM member_tags mt"
                         " JOIN tags t ON t.id = mt.tag_id WHERE instr(lower(t.name), ?)")
            params += ["{search_grams search_head} : " + phrase, term]
    if not parts:
        return None
    return " INTERSECT ".join(f"SELECT * FROM ({p})" for p in parts), params


def _kind(term: str) -> str:
    if len(term) <= 2:
        return "gram"
    return "letters" if _LETTERS.match(term) else "trigram"


def hits_at_least(conn: sqlite3.Connection, text: str, cap: int) -> bool:
    """Whether every term of ``text`` matches at least ``cap`` members.

    Reads at most ``cap`` ids per term, so it answers in a few milliseconds however common
    the term: a common term (张, zhang, 138) is best found by walking the roster in display
    order and testing each row (``row_test_sql``), a rarer one through the index.
    """
    checked = False
    for term in terms(text):
        found = hits_sql(term)
        if found is None:
            continue
        got = conn.execute(f"SELECT count(*) FROM (SELECT * FROM ({found[0]}) LIMIT ?)",
                           [*found[1], cap]).fetchone()[0]
        if got < cap:
            return False
        checked = True
    return checked


_TRIGRAM_COLUMNS = ("display_name", "nickname", "phone", "wechat_id", "email", "notes",
                    "tags_text")


def row_test_sql(text: str) -> tuple[str, list[str]] | None:
    """An expression over ``members m`` true for the rows ``hits_sql(text)`` yields, for
    reading the roster in display order and testing row by row (common terms)."""
    parts, params = [], []
    for term in terms(text):
        kind = _kind(term)
        anywhere = " OR ".join(f"instr(lower(m.{c}), ?)" for c in _TRIGRAM_COLUMNS)
        if kind == "gram":
            parts.append("(instr(' ' || m.search_grams || ' ' || m.search_head || ' ', ?)"
                         " OR instr(lower(m.tags_text), ?))")
            params += [f" {term} ", term]
        elif kind == "letters":
            parts.append(f"(instr(' ' || m.search_pinyin || ' ' || m.search_head, ?)"
                         f" OR {anywhere})")
            params += [f" {term}", *[term] * len(_TRIGRAM_COLUMNS)]
        else:
            parts.append(f"({anywhere})")
            params += [term] * len(_TRIGRAM_COLUMNS)
    if not parts:
        return None
    return " AND ".join(parts), params


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
