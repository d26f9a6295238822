"""The roster as a query: filters, search and sort in SQL, read a page at a time.

``RosterFilter`` says which members (community, search text, tags, source, stage, status,
city, join dates, inactivity, trash); ``RosterSort`` says in which order. ``count``,
``page_ids`` and ``rows`` are all a table view needs: it never holds more than the pages on
screen. Every sort column has an index (format 3), and ties are broken by id so pages never
overlap.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from models import pinyin_text, search, search_index
from models.changes import Change
from models.clock import now_iso


class Column(StrEnum):
    NAME = "display_name"  # sorted by name_key (pinyin), see SORT_KEYS
    NICKNAME = "nickname"
    COMMUNITIES = "communities_text"
    TAGS = "tags_text"
    CITY = "city"
    SOURCE = "source"
    LIFECYCLE = "lifecycle"
    POINTS = "points"
    JOINED = "joined_at"
    LAST_ACTIVE = "last_active_at"


COLUMNS = list(Column)
#: What each column sorts by, when that is not the column itself.
SORT_KEYS = {Column.NAME: "name_key"}


@dataclass(frozen=True)
class RosterRow:
    id: int
    display_name: str
    nickname: str | None
    communities_text: str
    tags_text: str
    city: str | None
    source: str | None
    lifecycle: str | None
    points: int
    joined_at: str | None
    last_active_at: str | None
    phone: str | None
    deleted_at: str | None
    name_key: str

    def value(self, column: Column) -> object:
        return getattr(self, column.value)

    def sort_value(self, column: Column) -> object:
        return getattr(self, sort_key(column))


_ROW_SQL = ("m.id, m.display_name, m.nickname, m.communities_text, m.tags_text, m.city,"
            " m.source, m.lifecycle, m.points, m.joined_at, m.last_active_at, m.phone,"
            " m.deleted_at, m.name_key")


@dataclass(frozen=True)
class RosterFilter:
    community_id: int | None = None
    text: str = ""
    tag_ids: tuple[int, ...] = ()
    all_tags: bool = False  # False: any of tag_ids; True: all of them
    sources: tuple[str, ...] = ()
    lifecycles: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # membership status, in the community (or any)
    cities: tuple[str, ...] = ()
    joined_from: str | None = None  # ISO dates, inclusive
    joined_to: str | None = None
    inactive_days: int | None = None
    member_ids: tuple[int, ...] = ()  # an explicit set (e.g. "slipping away" from analytics)
    trash: bool = False

    def without_text(self) -> RosterFilter:
        return RosterFilter(**{**asdict(self), "text": ""})

    @property
    def is_plain(self) -> bool:
        """No filter but the scope: counts can come from cheap indexes."""
        return self == RosterFilter(community_id=self.community_id, trash=self.trash)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RosterFilter:
        data = json.loads(text)
        known = {f for f in cls.__dataclass_fields__}
        data = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
        return cls(**data)


@dataclass(frozen=True)
class RosterSort:
    column: Column = Column.NAME
    descending: bool = False


#: A search term matching more members than this is found by walking the roster in display
#: order and testing each row: the first page then costs ~PAGE / share-of-hits rows, where
#: collecting every hit first would cost all of them (87,000 for 张 at a million members).
#: Walking costs ~PAGE * members / hits row tests, collecting ~4x hits row reads: they break
#: even near sqrt(PAGE * members / 4) hits (about 7,000 at a million members).
WALK_PAGE = 200
WALK_MIN_HITS: int | None = None  # None: from the workspace's size, as above
#: (A term's hits are counted up to the threshold, never further: that stays cheap.)
#: ... unless the community in scope is smaller than this: then its members are read
#: through the index and sorted, however common the term.
WALK_MIN_COMMUNITY = 50_000


def walk_threshold(conn: sqlite3.Connection) -> int:
    if WALK_MIN_HITS is not None:
        return WALK_MIN_HITS
    members = conn.execute("SELECT max(id) FROM members").fetchone()[0] or 0
    return max(2_000, int(math.sqrt(WALK_PAGE * members / 4)))


def walks(conn: sqlite3.Connection, f: RosterFilter) -> bool:
    """Whether the search in ``f`` is common enough to find by walking the sort index."""
    if not f.text or search.hits_sql(f.text) is None:
        return False
    threshold = walk_threshold(conn)
    if not search.hits_at_least(conn, f.text, threshold):
        return False
    if f.community_id is not None:
        size = conn.execute("SELECT count(*) FROM memberships WHERE community_id = ?",
                            (f.community_id,)).fetchone()[0]
        return size >= WALK_MIN_COMMUNITY
    return True


def where(f: RosterFilter, today: date | None = None,
          walk: bool = False) -> tuple[str, list[object]]:
    """The WHERE clause (over ``members m``) and its parameters.

    ``walk``: test the search on each row (see ``walks``) instead of collecting the hits.
    """
    clauses = ["m.deleted_at IS NOT NULL" if f.trash else "m.deleted_at IS NULL"]
    params: list[object] = []
    scope, scope_params = _membership_scope(f)
    if scope and walk:
        clauses.append(f"EXISTS (SELECT 1 FROM memberships WHERE member_id = m.id AND {scope})")
        params += scope_params
    elif scope:
        clauses.append(f"m.id IN (SELECT member_id FROM memberships WHERE {scope})")
        params += scope_params
    found = (search.row_test_sql(f.text) if walk else search.hits_sql(f.text)) if f.text else None
    if found and walk:
        clauses.append(found[0])
        params += found[1]
    elif found:
        clauses.append(f"m.id IN ({found[0]})")
        params += found[1]
    if f.tag_ids:
        marks = ",".join("?" * len(f.tag_ids))
        if f.all_tags:
            clauses.append(f"m.id IN (SELECT member_id FROM member_tags WHERE tag_id IN ({marks})"
                           f" GROUP BY member_id HAVING count(*) = {len(set(f.tag_ids))})")
        else:
            clauses.append(f"m.id IN (SELECT member_id FROM member_tags WHERE tag_id IN ({marks}))")
        params += list(f.tag_ids)
    for column, values in (("m.source", f.sources), ("m.lifecycle", f.lifecycles),
                           ("m.city", f.cities)):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params += list(values)
    if f.inactive_days is not None:
        cutoff = (today or date.today()) - timedelta(days=f.inactive_days)
        clauses.append("(m.last_active_at IS NULL OR m.last_active_at < ?)")
        params.append(cutoff.isoformat())
    if f.member_ids:
        clauses.append(f"m.id IN ({','.join('?' * len(f.member_ids))})")
        params += list(f.member_ids)
    return " AND ".join(clauses), params


def _membership_scope(f: RosterFilter) -> tuple[str, list[object]]:
    """Conditions on ``memberships`` (community, status, join dates), or '' for none."""
    parts, params = [], []
    if f.community_id is not None:
        parts.append("community_id = ?")
        params.append(f.community_id)
    if f.statuses:
        parts.append(f"status IN ({','.join('?' * len(f.statuses))})")
        params += list(f.statuses)
    if f.joined_from:
        parts.append("joined_at >= ?")
        params.append(f.joined_from)
    if f.joined_to:
        parts.append("joined_at < ?")
        params.append((date.fromisoformat(f.joined_to[:10]) + timedelta(days=1)).isoformat())
    return " AND ".join(parts), params


def count(conn: sqlite3.Connection, f: RosterFilter, today: date | None = None) -> int:
    clause, params = where(f, today)
    return int(conn.execute(f"SELECT count(*) FROM members m WHERE {clause}", params).fetchone()[0])


#: The index that reads members in each column's order.
SORT_INDEXES = {
    Column.NAME: "members_by_name", Column.NICKNAME: "members_by_nickname",
    Column.COMMUNITIES: "members_by_communities", Column.TAGS: "members_by_tags",
    Column.CITY: "members_by_city", Column.SOURCE: "members_by_source",
    Column.LIFECYCLE: "members_by_lifecycle", Column.POINTS: "members_by_points",
    Column.JOINED: "members_by_joined", Column.LAST_ACTIVE: "members_by_last_active",
}


def _source(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort,
            today: date | None) -> tuple[str, str, list[object]]:
    """(FROM clause, WHERE clause, parameters) for reading ``f`` in ``sort`` order."""
    walk = walks(conn, f)
    clause, params = where(f, today, walk=walk)
    table = f"members m INDEXED BY {SORT_INDEXES[sort.column]}" if walk else "members m"
    return table, clause, params


def sort_key(column: Column) -> str:
    return SORT_KEYS.get(column, column.value)


def order_by(sort: RosterSort) -> str:
    direction = "DESC" if sort.descending else "ASC"
    return f"m.{sort_key(sort.column)} {direction}, m.id {direction}"


def reversed_sort(sort: RosterSort) -> RosterSort:
    """The exact reverse order (NULLs and id ties included): the last page read backwards."""
    return RosterSort(sort.column, not sort.descending)


def page(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort, offset: int, limit: int,
         today: date | None = None) -> list[RosterRow]:
    """Rows ``offset`` .. ``offset + limit`` in ``sort`` order."""
    if offset == 0:
        surname = _head_range_first_page(conn, f, sort, limit, today)
        if surname is not None:
            return surname
    table, clause, params = _source(conn, f, sort, today)
    return [RosterRow(*r) for r in conn.execute(
        f"SELECT {_ROW_SQL} FROM {table} WHERE {clause} ORDER BY {order_by(sort)}"
        f" LIMIT ? OFFSET ?", [*params, limit, offset])]


#: Looks like the start of one pinyin syllable (zha, zhang, wang, li): names whose first
#: syllable starts with it sit together in name order.
_SYLLABLE_START = re.compile(r"^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]+(n|ng|r)?$")


def _head_range_first_page(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort,
                           limit: int, today: date | None) -> list[RosterRow] | None:
    """The first page of a name-sorted search for a common surname (张, or zhang).

    Walking the name index from the top would pass every name before zhang; collecting
    all 87,000 hits would read them all. Instead: the members whose name starts with it sit
    in one range of ``name_key`` (read in order: A), and the others (张 later in a name or
    in a nickname, a tag; zhang as a second syllable: B) are found through the index columns
    that leave the start of the name out. When B is small the page is A and B merged; when
    B is large the hits are spread through the alphabet and the plain walk is quick.
    """
    if sort.column != Column.NAME or not f.text:
        return None
    found = search.terms(f.text)
    if len(found) != 1:
        return None
    term = found[0]
    if len(term) == 1 and search_index.head_char(term):
        low = pinyin_text.head_reading(term) + " "  # every name starting with it sorts here
        others_sql = ("SELECT rowid FROM member_grams WHERE member_grams MATCH ? UNION"
                      " SELECT mt.member_id FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
                      " WHERE instr(lower(t.name), ?)")
        others_params: list[object] = [f'search_grams : "{term}"', term]
    elif len(term) >= 3 and _SYLLABLE_START.match(term):
        low = term
        others_sql = ("SELECT rowid FROM member_grams WHERE member_grams MATCH ? UNION"
                      " SELECT rowid FROM member_search WHERE member_search MATCH ?")
        others_params = [f'search_pinyin : "{term}" *', f'"{term}"']
    else:
        return None
    threshold = walk_threshold(conn)
    if not search.hits_at_least(conn, f.text, threshold):
        return None  # rare: the index alone is quick
    few_others = conn.execute(f"SELECT count(*) FROM (SELECT * FROM ({others_sql}) LIMIT ?)",
                              [*others_params, threshold]).fetchone()[0] < threshold
    if not few_others:
        return None
    high = low + "\U0010ffff"
    walk_clause, walk_params = where(f, today, walk=True)
    in_range = [RosterRow(*r) for r in conn.execute(
        f"SELECT {_ROW_SQL} FROM members m INDEXED BY members_by_name WHERE {walk_clause}"
        f" AND m.name_key >= ? AND m.name_key < ? ORDER BY {order_by(sort)} LIMIT ?",
        [*walk_params, low, high, limit])]
    rest_clause, rest_params = where(replace(f, text=""), today)
    test_clause, test_params = search.row_test_sql(f.text)  # type: ignore[misc]
    others = [RosterRow(*r) for r in conn.execute(
        f"SELECT {_ROW_SQL} FROM members m WHERE {rest_clause} AND m.id IN ({others_sql})"
        f" AND NOT (m.name_key >= ? AND m.name_key < ?) AND {test_clause}"
        f" ORDER BY {order_by(sort)} LIMIT ?",
        [*rest_params, *others_params, low, high, *test_params, limit])]
    merged = sorted(in_range + others, key=lambda r: (r.name_key, r.id),
                    reverse=sort.descending)
    return merged[:limit]


def page_after(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort, after: RosterRow,
               limit: int, today: date | None = None) -> list[RosterRow]:
    """The ``limit`` rows after ``after``: keyset paging, as cheap at row 900,000 as at
    row 100, where OFFSET walks past every earlier row."""
    table, clause, params = _source(conn, f, sort, today)
    column = f"m.{sort_key(sort.column)}"
    key = after.sort_value(sort.column)
    op = "<" if sort.descending else ">"
    if key is None:  # NULLs come first ascending, last descending
        later = f"({column} IS NULL AND m.id {op} ?)"
        later_params: list[object] = [after.id]
        if not sort.descending:
            later = f"({later} OR {column} IS NOT NULL)"
    else:
        later = f"({column} {op} ? OR ({column} = ? AND m.id {op} ?))"
        later_params = [key, key, after.id]
        if sort.descending:
            later = f"({later} OR {column} IS NULL)"
    return [RosterRow(*r) for r in conn.execute(
        f"SELECT {_ROW_SQL} FROM {table} WHERE {clause} AND {later}"
        f" ORDER BY {order_by(sort)} LIMIT ?", [*params, *later_params, limit])]


def page_ids(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort, offset: int,
             limit: int, today: date | None = None) -> list[int]:
    return [row.id for row in page(conn, f, sort, offset, limit, today)]


def rows(conn: sqlite3.Connection, ids: list[int]) -> list[RosterRow]:
    """The rows for ``ids``, in that order."""
    if not ids:
        return []
    found = {r[0]: RosterRow(*r) for r in conn.execute(
        f"SELECT {_ROW_SQL} FROM members m WHERE m.id IN ({','.join('?' * len(ids))})", ids)}
    return [found[i] for i in ids if i in found]


def all_ids(conn: sqlite3.Connection, f: RosterFilter, today: date | None = None) -> list[int]:
    """Every id the filter selects (for "select all" bulk actions)."""
    clause, params = where(f, today)
    return [r[0] for r in conn.execute(f"SELECT m.id FROM members m WHERE {clause}", params)]


def distinct_values(conn: sqlite3.Connection, column: str, limit: int = 200) -> list[str]:
    """Values of ``city``, ``source`` or ``lifecycle`` for filter pickers, most common first
    (a walk over that column's index: run it off the UI thread at a million members)."""
    if column not in ("city", "source", "lifecycle"):
        raise ValueError(column)
    return [r[0] for r in conn.execute(
        f"SELECT {column} FROM members WHERE {column} IS NOT NULL AND deleted_at IS NULL"
        f" GROUP BY {column} ORDER BY count(*) DESC LIMIT ?", (limit,))]


# -- saved segments ----------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    id: int
    name: str
    filter: RosterFilter = field(compare=False)


def segments(conn: sqlite3.Connection) -> list[Segment]:
    return [Segment(i, n, RosterFilter.from_json(j))
            for i, n, j in conn.execute("SELECT id, name, filter_json FROM segments ORDER BY name")]


def save_segment(conn: sqlite3.Connection, name: str, f: RosterFilter) -> Change:
    """Save (or replace) a named filter set. The community scope is not part of it."""
    name = name.strip()
    if not name:
        raise ValueError("a segment needs a name")
    stored = RosterFilter(**{**asdict(f), "community_id": None, "trash": False})
    conn.execute("INSERT INTO segments (name, filter_json, created_at) VALUES (?, ?, ?)"
                 " ON CONFLICT (name) DO UPDATE SET filter_json = excluded.filter_json",
                 (name, stored.to_json(), now_iso()))
    return Change.of("segments")


def delete_segment(conn: sqlite3.Connection, segment_id: int) -> Change:
    conn.execute("DELETE FROM segments WHERE id = ?", (segment_id,))
    return Change.of("segments")


def days_since(iso: str | None, today: date | None = None) -> int | None:
    if not iso:
        return None
    return ((today or date.today()) - datetime.fromisoformat(iso).date()).days
