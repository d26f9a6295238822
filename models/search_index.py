"""The member search index, written whenever a member's searchable text changes.

Two structures, because FTS5's trigram tokenizer cannot match fewer than three characters:

- ``member_search`` (FTS5, trigram): one row per member (rowid = member id) holding name,
  nickname, phone, WeChat id, email, notes, tags and the pinyin spellings of name and
  nickname. Finds any substring of three or more characters, case-insensitively.
- ``member_grams`` (gram, member_id): the one- and two-character pieces people type first:
  every one- and two-character substring of the Chinese in name, nickname and tags, the
  first one or two letters of other words in them, pinyin initials (张伟 -> z, w, zw) and
  syllable starts (zh, we). So one or two characters find names, nicknames and tags; three
  or more find any field. ``member_search.grams`` keeps each member's list so it can be
  removed exactly.

Every function that changes a member's name, nickname, phone, WeChat id, email, notes or
tags calls ``reindex(conn, ids)`` in its transaction (imports too). Bulk loads call
``rebuild(conn)`` once at the end.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from models.pinyin_text import spellings

SEARCH_COLUMNS = "display_name, nickname, phone, wechat_id, email, notes, tags_text"
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[0-9a-z]+")
CHUNK = 20_000


def normalize(text: str | None) -> str:
    """Full-width to half-width, lower case, trimmed: what is indexed and what is searched."""
    return unicodedata.normalize("NFKC", text or "").lower().strip()


def grams_of(name: str | None, nickname: str | None, tags_text: str | None = None) -> set[str]:
    found: set[str] = set()
    for field in (name, nickname, *(tags_text or "").split("、")):
        if field:
            found |= _field_grams(field)
    return found


@lru_cache(maxsize=500_000)
def _field_grams(raw: str) -> frozenset[str]:
    """Cached per value: names and nicknames repeat (张伟, 小雨), so most are free."""
    field = normalize(raw)
    found: set[str] = set()
    for run in _HAN_RUN.findall(field):
        found.update(run)
        found.update(run[i:i + 2] for i in range(len(run) - 1))
    for word in _WORD.findall(field):
        found.add(word[:1])
        found.add(word[:2])
    for syllables in spellings(field):
        initials = "".join(s[0] for s in syllables if s)
        found.update(initials)
        found.update(initials[i:i + 2] for i in range(len(initials) - 1))
        for syllable in syllables:
            found.add(syllable[:1])
            found.add(syllable[:2])
    found.discard("")
    return frozenset(found)


@lru_cache(maxsize=500_000)
def _field_pinyin(raw: str) -> tuple[str, ...]:
    """Full spellings and initials of one name or nickname: ("zhangwei", "zw")."""
    parts: list[str] = []
    for syllables in spellings(normalize(raw)):
        parts.append("".join(syllables))
        parts.append("".join(s[0] for s in syllables if s))
    return tuple(parts)


def text_of(row: tuple) -> str:
    """The FTS text of one member: searchable fields and pinyin, one per line."""
    parts = [normalize(v) for v in row if v]
    for field in row[:2]:
        if field:
            parts.extend(_field_pinyin(field))
    return "\n".join(parts)


def _entries(rows: Iterable[tuple]) -> Iterator[tuple[int, str, str, list[str]]]:
    for member_id, *fields in rows:
        grams = sorted(grams_of(fields[0], fields[1], fields[6]))
        yield member_id, text_of(tuple(fields)), " ".join(grams), grams


def reindex(conn: sqlite3.Connection, member_ids: Iterable[int]) -> None:
    """Bring the index up to date for ``member_ids`` (deleted and trashed ones drop out)."""
    ids = sorted(set(member_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        old = conn.execute(
            f"SELECT rowid, grams FROM member_search WHERE rowid IN ({marks})", chunk).fetchall()
        conn.executemany("DELETE FROM member_grams WHERE gram = ? AND member_id = ?",
                         [(g, mid) for mid, grams in old for g in grams.split()])
        conn.execute(f"DELETE FROM member_search WHERE rowid IN ({marks})", chunk)
        rows = conn.execute(
            f"SELECT id, {SEARCH_COLUMNS} FROM members"
            f" WHERE id IN ({marks}) AND deleted_at IS NULL", chunk).fetchall()
        _insert(conn, rows)


def rebuild(conn: sqlite3.Connection, progress: Callable[[int, int], bool] | None = None) -> None:
    """Index every member from scratch (after a bulk load or a format upgrade).

    Grams go to an unordered temporary table first and into ``member_grams`` in one
    sorted insert: appending to the clustered b-tree in key order is much faster.
    """
    conn.execute("DELETE FROM member_search")
    conn.execute("DELETE FROM member_grams")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS grams_heap (gram TEXT, member_id INTEGER)")
    conn.execute("DELETE FROM temp.grams_heap")
    total = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    done, last = 0, 0
    while True:
        rows = conn.execute(
            f"SELECT id, {SEARCH_COLUMNS} FROM members WHERE id > ? AND deleted_at IS NULL"
            f" ORDER BY id LIMIT {CHUNK}", (last,)).fetchall()
        if not rows:
            break
        _insert(conn, rows, grams_table="temp.grams_heap")
        last = rows[-1][0]
        done += len(rows)
        if progress and not progress(done, total):
            from models.errors import Cancelled

            raise Cancelled()
    conn.execute("INSERT INTO member_grams (gram, member_id)"
                 " SELECT gram, member_id FROM temp.grams_heap ORDER BY gram, member_id")
    conn.execute("DROP TABLE temp.grams_heap")


def _insert(conn: sqlite3.Connection, rows: list[tuple], grams_table: str = "member_grams") -> None:
    entries = list(_entries(rows))
    conn.executemany("INSERT INTO member_search (rowid, text, grams) VALUES (?, ?, ?)",
                     [(mid, text, joined) for mid, text, joined, _ in entries])
    conn.executemany(f"INSERT INTO {grams_table} (gram, member_id) VALUES (?, ?)",
                     [(g, mid) for mid, _, _, grams in entries for g in grams])
