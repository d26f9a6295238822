"""The member search index: what each member can be found by, kept in step by SQLite.

FTS5's trigram tokenizer cannot match fewer than three characters, so there are two
full-text tables, both *external content* over ``members`` (they index, they do not copy):

- ``member_search`` (trigram) over name, nickname, phone, WeChat id, email, notes and tags:
  any substring of three or more characters, case-insensitively.
- ``member_grams`` (unicode61, word tokens) over ``search_grams`` and ``search_pinyin``.
  ``search_grams`` holds the one- and two-character pieces people type first: every one-
  and two-character substring of the Chinese in name and nickname, the first one or two
  letters of other words in them, pinyin initials (张伟 -> z w zw) and syllable starts
  (zh we). ``search_pinyin`` holds syllables, full spellings and initials as words
  (zhang wei zhangwei zw), matched by prefix: ``zhangw`` finds 张伟. Keeping pinyin out of
  the trigram index makes that index (the slowest part of a bulk load) a third smaller.

``search_pinyin`` and ``search_grams`` are computed here, in Python (pypinyin), whenever a
name or nickname is written: every writer of those columns calls ``search_columns``.
Triggers on ``members`` keep both FTS tables in step with every insert, update and delete;
bulk loads drop the triggers and call ``rebuild`` once (C speed).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache

from models.search import pinyin_text
from models.search.pinyin_text import head_reading, spellings

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[0-9a-z]+")


def normalize(text: str | None) -> str:
    """Full-width to half-width, lower case, trimmed: what is indexed and what is searched."""
    return unicodedata.normalize("NFKC", text or "").lower().strip()


#: The members columns ``search_columns`` computes, in its order.
SEARCH_COLUMNS = ("name_key", "search_pinyin", "search_grams", "search_head")


def search_columns(display_name: str | None,
                   nickname: str | None) -> tuple[str, str, str, str]:
    """(``name_key``, ``search_pinyin``, ``search_grams``, ``search_head``) for a member.

    ``name_key`` sorts names the way Chinese readers expect, by pinyin (丁 before 王),
    syllables separated so that li na comes before liang, and 白斌 before 白斌博.
    ``search_head`` holds what the name *starts* with: its first character when it occurs
    nowhere else, the pinyin of that character and the full spelling (张 zhang zhangwei).
    Members found by those sit together in name order, which lets a search for 张 or zhang
    sorted by name read them as one range (``models/members/roster.py``); ``search_grams`` and
    ``search_pinyin`` hold every other piece.
    """
    name, nick = display_name or "", nickname or ""
    if not nick:
        return _alone(name)  # most members have no nickname: their columns are cached whole
    key, head, head_tokens, head_once, pinyin_name, grams_name = _name_part(name)
    tokens = list(head_tokens)
    if head_once and head not in _normalized(nick):
        tokens.insert(0, head)
    pinyin = [t for t in dict.fromkeys([*pinyin_name, *_field_pinyin(nick)])
              if t not in tokens]
    grams = grams_name | _field_grams(nick)
    if tokens and tokens[0] == head:
        grams = grams - {head}
    return key, " ".join(pinyin), " ".join(sorted(grams)), " ".join(tokens)


@lru_cache(maxsize=100_000)
def _alone(name: str) -> tuple[str, str, str, str]:
    """``search_columns(name, None)``."""
    key, head, head_tokens, head_once, pinyin_name, grams = _name_part(name)
    tokens = [head, *head_tokens] if head_once else list(head_tokens)
    pinyin = [t for t in dict.fromkeys(pinyin_name) if t not in tokens]
    if tokens and tokens[0] == head:
        grams = grams - {head}
    return key, " ".join(pinyin), " ".join(sorted(grams)), " ".join(tokens)


@lru_cache(maxsize=100_000)
def _name_part(name: str) -> tuple[str, str, tuple[str, ...], bool, tuple[str, ...],
                                   frozenset[str]]:
    """What ``search_columns`` reads from the name alone: (name_key, head character,
    its head tokens without the character, whether the character may lead them,
    pinyin pieces, grams)."""
    text = _normalized(name)
    head = text[0] if text and _HAN_RUN.match(text[0]) else ""
    head_tokens: tuple[str, ...] = ()
    if head:
        readings = spellings(text)
        rest = readings[0][1:] if readings else ()
        first = head_reading(head)
        head_tokens = (first, first + "".join(rest))
    return (name_key(name), head, head_tokens, bool(head) and text.count(head) == 1,
            _field_pinyin(name), _field_grams(name))


@lru_cache(maxsize=100_000)
def _normalized(text: str) -> str:
    return normalize(text)


def head_char(display_name: str) -> str:
    """The first character of a name when it is Chinese (the surname), else ''."""
    text = normalize(display_name)
    return text[0] if text and _HAN_RUN.match(text[0]) else ""


#: Ends the syllables of a ``name_key``: below the space between syllables, so a name
#: sorts before the longer names it starts (bai bin 白斌 before bai bin bo 白斌博).
NAME_KEY_END = "\x1f"


@lru_cache(maxsize=100_000)
def name_key(display_name: str) -> str:
    """Syllables spaced, then ``NAME_KEY_END`` and the name: "zhang wei\x1f张伟"."""
    text = normalize(display_name)
    readings = spellings(text)
    if not readings:
        return text
    syllables = list(readings[0])
    head = head_char(text)
    if head:
        syllables[0] = head_reading(head)
    return " ".join(syllables) + NAME_KEY_END + text


@lru_cache(maxsize=100_000)
def _field_pinyin(raw: str) -> tuple[str, ...]:
    """Syllables, full spellings and initials of one name or nickname:
    ("zhang", "wei", "zhangwei", "zw")."""
    parts: list[str] = []
    for syllables in spellings(normalize(raw)):
        parts.extend(syllables)
        parts.append("".join(syllables))
        parts.append("".join(s[0] for s in syllables if s))
    return tuple(parts)


@lru_cache(maxsize=100_000)
def _field_grams(raw: str) -> frozenset[str]:
    """Cached per value: names and nicknames repeat (张伟, 小雨), so most are free."""
    field = _normalized(raw)
    found: set[str] = set()
    for run in _HAN_RUN.findall(field):
        found.update(run)
        found.update(map(str.__add__, run, run[1:]))  # adjacent pairs
    for word in _WORD.findall(field):
        found.add(word[:1])
        found.add(word[:2])
    readings = spellings(field)
    if readings:
        # The spellings differ only in their first syllable (the surname's readings):
        # the pieces of the others are taken once.
        rest = readings[0][1:]
        rest_initials = "".join([s[0] for s in rest if s])
        for syllable in rest:
            found.add(syllable[:1])
            found.add(syllable[:2])
        for syllables in readings:
            first = syllables[0]
            initials = first[:1] + rest_initials
            found.update(initials)
            found.update(map(str.__add__, initials, initials[1:]))
            found.add(first[:1])
            found.add(first[:2])
    found.discard("")
    return frozenset(found)


def clear_caches() -> None:
    """Free what ``search_columns`` remembered (after an import: mostly names seen once)."""
    for cached in (_alone, _name_part, _normalized, name_key, _field_pinyin, _field_grams,
                   spellings, pinyin_text.run_cache()):
        cached.cache_clear()


def rebuild(conn: sqlite3.Connection) -> None:
    """Build both full-text indexes from the members table (after a bulk load)."""
    conn.execute("INSERT INTO member_search (member_search) VALUES ('rebuild')")
    conn.execute("INSERT INTO member_grams (member_grams) VALUES ('rebuild')")


#: The full-text tables over ``members``, and the tables FTS5 keeps each one's index in.
FTS_TABLES = ("member_search", "member_grams")
_SHADOWS = ("data", "idx", "docsize", "config")


def schema_for_rebuild(conn: sqlite3.Connection) -> list[str]:
    """The statements that make, in another file, a ``members`` table and full-text tables
    like this workspace's: fill its members and ``rebuild`` there, then ``adopt`` here."""
    marks = ",".join("?" * len(FTS_TABLES))
    return [row[0] for row in conn.execute(
        f"SELECT sql FROM sqlite_schema WHERE name IN ('members', {marks})"
        " ORDER BY name != 'members'", FTS_TABLES).fetchall()]


def fts_statements(conn: sqlite3.Connection) -> list[str]:
    """The statements that make this workspace's full-text tables (over a ``members``)."""
    marks = ",".join("?" * len(FTS_TABLES))
    return [row[0] for row in conn.execute(
        f"SELECT sql FROM main.sqlite_schema WHERE name IN ({marks}) ORDER BY name",
        FTS_TABLES).fetchall()]


def indexed_text_columns(conn: sqlite3.Connection) -> list[str]:
    """The members columns the full-text tables read, but the ``SEARCH_COLUMNS`` (which
    ``search_columns`` computes from the names), in the tables' order."""
    found: list[str] = []
    for table in FTS_TABLES:
        for row in conn.execute(f"PRAGMA main.table_info({table})").fetchall():
            if row[1] not in found and row[1] not in SEARCH_COLUMNS:
                found.append(row[1])
    return found


def adopt(conn: sqlite3.Connection, schema: str) -> None:
    """Take the full-text indexes built in the attached file ``schema`` over the same
    members (same ids, same indexed text) in place of this workspace's.

    A bulk load builds them in another process while this one builds the other indexes.
    FTS5 keeps an index in plain tables; copying their rows copies the index, which the
    tests check with FTS5's ``integrity-check``. Adopt before anything in this connection
    has read the full-text tables (FTS5 caches what it read).
    """
    for table in FTS_TABLES:
        for shadow in _SHADOWS:
            name = f"{table}_{shadow}"
            conn.execute(f'DELETE FROM main."{name}"')
            conn.execute(f'INSERT INTO main."{name}" SELECT * FROM {schema}."{name}"')


#: The schema name under which ``adopt_built`` attaches a file with built indexes.
BUILT = "search_build"


def adopt_built(conn: sqlite3.Connection, path: object) -> None:
    """Attach the file ``path`` as ``BUILT`` and ``adopt`` its indexes. SQLite cannot
    detach a file a transaction has read: call ``detach_built`` once it ends."""
    conn.execute(f"ATTACH DATABASE ? AS {BUILT}", (str(path),))
    adopt(conn, BUILT)


def detach_built(conn: sqlite3.Connection) -> None:
    """Detach the file ``adopt_built`` attached, if it is attached (outside a transaction)."""
    if BUILT in {row[1] for row in conn.execute("PRAGMA database_list").fetchall()}:
        conn.execute(f"DETACH DATABASE {BUILT}")


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the indexes into one segment each, so deleted entries leave no trace."""
    conn.execute("INSERT INTO member_search (member_search) VALUES ('optimize')")
    conn.execute("INSERT INTO member_grams (member_grams) VALUES ('optimize')")
