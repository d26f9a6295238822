"""Finding members by what the operator types: Chinese of any length, pinyin, phone pieces.

``hits_sql(text)`` turns the search box's text into SQL that yields member ids, to be used
inside a larger query (``m.id IN (...)``) so filters and sorting stay in SQL. Each
whitespace-separated term must match (AND). A term of three or more characters uses the
FTS5 trigram index (any substring of any searchable field); one of letters only also
matches pinyin by word prefix (``zhangw``, ``wei``, ``zxh``). A shorter term uses
``member_grams`` (names, nicknames, pinyin initials and syllable starts) and the tag names
(a small table). Both are index look-ups, so a one-character query at a million
members costs what a rare three-character one does (see ``models/search/text_index.py``).

For the roster's pages (``models/members/roster.py``, ``models/search/query_plan.py``):
``hits_test`` is the same search as ``m.id IN`` tests, one per index; ``row_test_sql``
tests a row's own text; ``estimate`` says roughly how many members a search finds, and how
many of them sit together in name order; ``head_span`` says where.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.search import text_index
from models.search.text_index import NAME_KEY_END, normalize
from models.store.connection import connect_readonly

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


def _term_sets(term: str) -> list[tuple[str, list[str]]]:
    """The queries whose ids together (a union) are the members ``term`` finds."""
    phrase = '"' + term.replace('"', '""') + '"'
    if len(term) >= 3 and _LETTERS.match(term):
        # Pinyin by word prefix (zhangw -> zhangwei), or letters anywhere in a WeChat
        # id, an email, a Latin nickname.
        return [("SELECT rowid FROM member_grams WHERE member_grams MATCH ?",
                 ["{search_pinyin search_head} : " + phrase + " *"]),
                ("SELECT rowid FROM member_search WHERE member_search MATCH ?", [phrase])]
    if len(term) >= 3:
        return [("SELECT rowid FROM member_search WHERE member_search MATCH ?", [phrase])]
    return [("SELECT rowid FROM member_grams WHERE member_grams MATCH ?",
             ["{search_grams search_head} : " + phrase]),
            (_TAGGED, [term])]


#: Members with a tag whose name contains the term (tags are few: a scan of their names).
_TAGGED = ("SELECT mt.member_id FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
           " WHERE instr(lower(t.name), ?)")


def hits_sql(text: str) -> tuple[str, list[str]] | None:
    """(SQL yielding member ids, parameters), or None when ``text`` searches for nothing.

    Trashed members are among the ids: the caller's query filters ``deleted_at``.
    """
    parts, params = [], []
    for term in terms(text):
        sets = _term_sets(term)
        parts.append(" UNION ".join(sql for sql, _ in sets))
        params += [p for _, ps in sets for p in ps]
    if not parts:
        return None
    return " INTERSECT ".join(f"SELECT * FROM ({p})" for p in parts), params


def hits_test(text: str, column: str = "m.id") -> tuple[str, list[str]] | None:
    """An expression over ``members m`` true for the ids ``hits_sql(text)`` yields, as
    ``m.id IN (…)`` tests (one set per index, each built once per query, never a union):
    read the rows they name, or test the entries of a sort index against them while
    walking it. ``column="+m.id"`` keeps SQLite from reading rows through them."""
    parts, params = [], []
    for term in terms(text):
        test = _sets_test(_term_sets(term), column)
        parts.append(test[0])
        params += test[1]
    if not parts:
        return None
    return " AND ".join(parts), params


def _sets_test(sets: list[tuple[str, list[str]]], column: str) -> tuple[str, list[str]]:
    return ("(" + " OR ".join(f"{column} IN ({sql})" for sql, _ in sets) + ")",
            [p for _, ps in sets for p in ps])


#: One pinyin syllable as pypinyin writes it without tones (zhang, lv, er, n, hm): generous,
#: since a piece taken for a syllable that is none only costs an empty look-up.
_SYLLABLE = re.compile(r"^((zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])[aeiouv]{1,3}(n|ng|r)?"
                       r"|[aoe][aeiou]{0,2}(n|ng|r)?|m|n|ng|hm|hng)$")
#: Longer pinyin is not cut into name-order stretches (the cuts grow with its length).
_MAX_CUT = 12


def _name_starts(letters: str) -> list[str]:
    """Every way ``letters`` can start a ``name_key`` (syllables spaced: "zhang wei\x1f张伟"):
    whole, or cut after a syllable and the rest cut again (xian: "xian", "xi an", "xia n")."""
    found = [letters]
    for cut in range(1, len(letters)):
        if _SYLLABLE.match(letters[:cut]):
            found += [letters[:cut] + " " + rest for rest in _name_starts(letters[cut:])]
    return found


@dataclass(frozen=True)
class HeadSpan:
    """Where in name order the names starting with a term sit: the stretches of
    ``name_key`` starting with each of ``lows``, and a test that finds every other hit
    (``others_test``: the term later in a name, in a nickname, a tag…). ``reading``: for a
    character (李), the head reading whose names fill its one stretch, only some of them
    hits (李 among 黎, 厉…); '' for pinyin, where every name in the stretches is a hit."""

    lows: tuple[str, ...]
    reading: str
    others: tuple[tuple[str, tuple[str, ...]], ...]

    def others_test(self, column: str = "m.id") -> tuple[str, list[str]]:
        return _sets_test([(sql, list(ps)) for sql, ps in self.others], column)


def head_span(conn: sqlite3.Connection, text: str) -> HeadSpan | None:
    """The ``HeadSpan`` of a one-term search for a surname (张) or pinyin (zha, zhangw)."""
    found = terms(text)
    if len(found) != 1:
        return None
    term = found[0]
    if len(term) == 1 and text_index.head_char(term):
        # Away from its stretch 张 is never the start of a name: only search_grams and
        # the tags can hold it (search_head holds a name's first character alone).
        reading = _head_reading(conn, term)
        if not reading:
            return None
        # One-character names (张: zhang\x1f张) first, then the longer ones (zhang wei …).
        return HeadSpan((reading + NAME_KEY_END, reading + " "), reading, (
            (_GRAMS, ('search_grams : "' + term + '"',)), (_TAGGED, (term,))))
    if 3 <= len(term) <= _MAX_CUT and _LETTERS.match(term):
        # What search_head finds (the head reading, the full spelling) starts a name_key;
        # search_pinyin (later syllables, nicknames, other readings) and the trigram
        # index (WeChat ids, emails) find the rest.
        phrase = '"' + term + '"'
        return HeadSpan(tuple(_name_starts(term)), "", (
            (_GRAMS, ("search_pinyin : " + phrase + " *",)),
            ("SELECT rowid FROM member_search WHERE member_search MATCH ?", (phrase,))))
    return None


def _head_reading(conn: sqlite3.Connection, char: str) -> str:
    """How names starting with ``char`` are read in name order (张: zhang), from one of
    them: what ``pinyin_text.head_reading`` said when it was written, without loading
    pypinyin's dictionaries (~0.3 s) at the first keystroke. '' when no name starts so."""
    row = conn.execute("SELECT m.name_key FROM members m WHERE m.id = (SELECT rowid FROM"
                       " member_grams WHERE member_grams MATCH ? LIMIT 1)",
                       (f'search_head : "{char}"',)).fetchone()
    if row is None:
        return ""
    syllables, end, _ = row[0].partition(NAME_KEY_END)
    return syllables.split(" ", 1)[0] if end else ""


def _kind(term: str) -> str:
    if len(term) <= 2:
        return "gram"
    return "letters" if _LETTERS.match(term) else "trigram"


@dataclass(frozen=True)
class Estimate:
    """How many members a search finds, roughly (an upper bound, capped), in two kinds:
    ``clustered`` hits sit together in name order (names starting with the term: 张…,
    zhang…), ``spread`` hits are anywhere in it. A walk of the roster in name order meets
    the spread ones at an even pace, the clustered ones all at once, somewhere."""

    clustered: int
    spread: int
    #: Pinyin terms found in few WeChat ids, emails, notes (by the trigram index): a walk
    #: tests those as a set of ids, not on each row's text (``row_test_sql``).
    few_trigrams: frozenset[str] = frozenset()

    @property
    def total(self) -> int:
        return self.clustered + self.spread


_VOCAB = (("member_grams_vocab", "member_grams", "col"),
          ("member_search_vocab", "member_search", "row"))


def _vocab(conn: sqlite3.Connection) -> sqlite3.Connection:
    """The connection to read the fts5vocab tables over both indexes through (in ``temp``:
    per connection, nothing stored): how many members each indexed word or trigram is in,
    read from the index itself.

    A connection that refuses writes (``query_only``: the window's, once its workspace was
    found damaged) cannot make even a TEMP table: the tables are then made on a read-only
    connection of their own to the same file, which the caller closes when it is not
    ``conn``. The search reads, and so works, on a file nobody may write to."""
    if conn.execute("PRAGMA query_only").fetchone()[0]:
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        if path:
            conn = connect_readonly(Path(path))
    for name, table, kind in _VOCAB:
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name}"
                     f" USING fts5vocab(main, {table}, {kind})")
    return conn


def estimate(conn: sqlite3.Connection, text: str, cap: int) -> Estimate:
    """About how many members ``text`` finds (its rarest term), in a millisecond
    or so where reading the hits would take up to a hundred. Counts are not exact beyond
    ``SAMPLE`` (see ``_about``) and stop near ``cap``: beyond it the plan no longer changes."""
    vocab = _vocab(conn)
    try:
        top = conn.execute("SELECT max(id) FROM members").fetchone()[0] or 0
        found = [_term_estimate(conn, vocab, term, cap, top) for term in terms(text)]
    finally:
        if vocab is not conn:
            vocab.close()
    rarest = min(found, key=lambda e: e.total, default=Estimate(0, 0))
    few = frozenset(t for e in found for t in e.few_trigrams)
    return Estimate(rarest.clustered, rarest.spread, few)


#: A pinyin term in fewer trigram hits than this is tested on a walk as a set of their ids.
FEW_TRIGRAMS = 20_000


#: Hits counted one by one; beyond, their number is inferred from where the last one sits.
SAMPLE = 1_000


def _first(conn: sqlite3.Connection, sql: str, params: list[object]) -> tuple[int, int]:
    """(how many of the first ``SAMPLE`` ids ``sql`` yields, the last of them), in one pass."""
    found, last = conn.execute(f"WITH hits(id) AS ({sql}) SELECT count(*), max(id)"
                               f" FROM (SELECT id FROM hits LIMIT {SAMPLE})", params).fetchone()
    return int(found), int(last or 0)


def _about(conn: sqlite3.Connection, sql: str, params: list[object], top: int) -> int:
    """How many ids ``sql`` yields (in increasing order): exact up to ``SAMPLE``, else
    extrapolated from the ``SAMPLE``-th id, as hits are spread evenly over member ids (the
    order members were added in). A doclist is read only that far: ~0.1 ms for 张."""
    found, last = _first(conn, sql, params)
    return found if found < SAMPLE else int(SAMPLE * top / max(last, 1))


_GRAMS = "SELECT rowid FROM member_grams WHERE member_grams MATCH ?"


def _grams_split(conn: sqlite3.Connection, term: str, top: int) -> tuple[int, int]:
    """(members with the word ``term`` in ``search_head``, in ``search_grams`` only),
    roughly. A column filter alone would read the word's whole doclist to find a column it
    is rarely in (小 is in 200,000 grams, few heads): instead take the first ``SAMPLE``
    members with it anywhere, and the share of them with it in the head."""
    phrase = '"' + term.replace('"', '""') + '"'
    found, last = _first(conn, _GRAMS, ["{search_grams search_head} : " + phrase])
    if not found:
        return 0, 0
    in_head = conn.execute(f"SELECT count(*) FROM ({_GRAMS} AND rowid <= ?)",
                           ["search_head : " + phrase, last]).fetchone()[0]
    total = found if found < SAMPLE else SAMPLE * top / max(last, 1)
    return int(total * in_head / found), int(total * (found - in_head) / found)


def _term_estimate(conn: sqlite3.Connection, vocab: sqlite3.Connection, term: str, cap: int,
                   top: int) -> Estimate:
    kind = _kind(term)
    if kind == "gram":
        tags = [r[0] for r in conn.execute("SELECT id FROM tags WHERE instr(lower(name), ?)",
                                           (term,))]
        tagged = sum(_about(conn, "SELECT member_id FROM member_tags INDEXED BY member_tags_tag"
                            " WHERE tag_id = ? ORDER BY member_id", [tag], top) for tag in tags)
        in_head, in_grams = _grams_split(conn, term, top)
        found = Estimate(in_head, in_grams + tagged)
    elif kind == "letters":
        # Prefix queries merge every word's doclist before their first hit: count the words'
        # members instead (an upper bound: zhang and zhangwei are one member).
        clustered = spread = 0
        for col, doc in vocab.execute(
                "SELECT col, doc FROM member_grams_vocab WHERE term >= ? AND term < ?",
                (term, term + "\U0010ffff")):
            if col == "search_head":
                clustered += doc
            elif col == "search_pinyin":
                spread += doc
            if clustered >= cap or spread >= cap:
                break
        trigrams = _trigram_hits(conn, term, top)
        few = frozenset([term]) if trigrams < FEW_TRIGRAMS else frozenset()
        found = Estimate(clustered, spread + trigrams, few)
    else:
        found = Estimate(0, _trigram_hits(conn, term, top))
    return _surname_led(conn, term, found, top)


def _trigram_hits(conn: sqlite3.Connection, term: str, top: int) -> int:
    phrase = '"' + term.replace('"', '""') + '"'
    return _about(conn, "SELECT rowid FROM member_search WHERE member_search MATCH ?", [phrase],
                  top)


def _surname_led(conn: sqlite3.Connection, term: str, found: Estimate, top: int) -> Estimate:
    """A term of several Chinese characters that starts like a surname (张伟, 欧阳娜) is
    mostly found at the start of names: count it as clustered, up to that surname's
    members (a bound: which of its hits start a name is not known without reading them)."""
    if len(term) < 2 or not text_index.head_char(term):
        return found
    moved = min(found.spread, _grams_split(conn, term[0], top)[0])
    return Estimate(found.clustered + moved, found.spread - moved, found.few_trigrams)


def span_size(conn: sqlite3.Connection, head: str) -> int:
    """How many names are read ``head`` at their start (the head reading of their first
    character: every name sorted into that stretch of the roster), roughly."""
    top = conn.execute("SELECT max(id) FROM members").fetchone()[0] or 0
    return _grams_split(conn, head, top)[0]


_TRIGRAM_COLUMNS = ("display_name", "nickname", "phone", "wechat_id", "email", "notes",
                    "tags_text")


def row_test_sql(text: str, few_trigrams: frozenset[str] = frozenset()
                 ) -> tuple[str, list[str]] | None:
    """An expression over ``members m`` true for the rows ``hits_sql(text)`` yields, for
    reading the roster in display order and testing row by row (common terms).

    One- and two-character terms, and pinyin terms in ``few_trigrams`` (their trigram
    hits tested as a set of ids), read only columns the name index holds: walking it,
    SQLite never reads a row that fails (format 10)."""
    parts, params = [], []
    for term in terms(text):
        kind = _kind(term)
        anywhere = " OR ".join(f"instr(lower(m.{c}), ?)" for c in _TRIGRAM_COLUMNS)
        if kind == "gram":
            parts.append("(instr(' ' || m.search_grams || ' ' || m.search_head || ' ', ?)"
                         " OR instr(lower(m.tags_text), ?))")
            params += [f" {term} ", term]
        elif kind == "letters" and term in few_trigrams:
            parts.append("(instr(' ' || m.search_pinyin || ' ' || m.search_head, ?) OR m.id IN"
                         " (SELECT rowid FROM member_search WHERE member_search MATCH ?))")
            params += [f" {term}", '"' + term + '"']
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


def covered(text: str, few_trigrams: frozenset[str]) -> bool:
    """Whether ``row_test_sql(text, few_trigrams)`` reads only the name index's columns."""
    return all(_kind(t) == "gram" or (_kind(t) == "letters" and t in few_trigrams)
               for t in terms(text))


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
