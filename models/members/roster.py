"""The roster as a query: filters, search and sort in SQL, read a page at a time.

``RosterFilter`` says which members (community, search text, tags, source, stage, status,
city, join dates, inactivity, trash); ``RosterSort`` says in which order. ``count``,
``page_ids`` and ``rows`` are all a table view needs: it never holds more than the pages on
screen. Every sort column has an index (format 3), and ties are broken by id so pages never
overlap. A search is read by the plan its estimated hits make cheapest (``query_plan``); a
name-sorted surname or pinyin search reads its names' stretch apart (``_head_span_page``).
"""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from enum import StrEnum

from models.core import clock
from models.members import field_roster
from models.members.roster_values import distinct_values  # noqa: F401  (its old home)
from models.search import query, query_plan
from models.search.query import MemberHit
from models.search.query_plan import Plan


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
    HONOURS = "honours_text"


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
    honours_text: str = ""
    sort_field: object = None  # the custom field's value sorted by (field_roster)

    def value(self, column: Column) -> object:
        return getattr(self, column.value)

    def sort_value(self, column: Column) -> object:
        return getattr(self, sort_key(column))


_ROW_SQL = ("m.id, m.display_name, m.nickname, m.communities_text, m.tags_text, m.city,"
            " m.source, m.lifecycle, m.points, m.joined_at, m.last_active_at, m.phone,"
            " m.deleted_at, m.name_key, m.honours_text")


@dataclass(frozen=True)
class RosterFilter:
    community_id: int | None = None
    text: str = ""
    tag_ids: tuple[int, ...] = ()
    all_tags: bool = False  # False: any of tag_ids; True: all of them
    sources: tuple[str, ...] = ()
    lifecycles: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # membership status, in the community (or any)
    roles: tuple[str, ...] = ()  # role held in the community (or any): index memberships_role
    left: bool = False  # only who left the community (or any): index memberships_left
    cities: tuple[str, ...] = ()
    joined_from: str | None = None  # ISO dates, inclusive
    joined_to: str | None = None
    inactive_days: int | None = None
    honour_ids: tuple[int, ...] = ()  # holds any of these honours
    member_ids: tuple[int, ...] = ()  # an explicit set (e.g. "slipping away" from analytics)
    trash: bool = False
    field_filters: tuple[tuple, ...] = ()  # custom fields: see field_roster

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
        return cls(**{**data, "field_filters": field_roster.normalized(
            data.get("field_filters", ()))})


@dataclass(frozen=True)
class RosterSort:
    column: Column = Column.NAME
    descending: bool = False
    field_id: int | None = None  # sort by this custom field instead (field_roster)
    blanks_first: bool = False  # with field_id: members without a value first


#: The page the search plans are costed for (the table reads 200 rows at a time).
PLAN_PAGE = 200


@dataclass(frozen=True)
class _Costing:
    """What the plans of one search are costed from."""

    members: int  # rows in the roster (max id: the trash is a few at most)
    estimate: query.Estimate
    scope: int | None  # members of the community in scope (None: all communities)

    @property
    def share(self) -> float:
        """The share of the roster in scope: a walk meets hits that much more slowly."""
        if self.scope is None or not self.members:
            return 1.0
        return min(1.0, self.scope / self.members)

    def driver(self, hits: float) -> float:
        """Rows read to collect the hits: through the hits, or the community when smaller."""
        return hits if self.scope is None else min(hits, self.scope)

    def scope_drives(self, hits: float) -> bool:
        return self.scope is not None and self.scope < hits


def _costing(conn: sqlite3.Connection, f: RosterFilter) -> _Costing:
    members = conn.execute("SELECT max(id) FROM members").fetchone()[0] or 0
    # Beyond this many spread hits a walk is the answer whatever the exact count.
    cap = max(PLAN_PAGE, int(math.sqrt(query_plan.TEST_ROW * PLAN_PAGE * members
                                       / query_plan.BUILD)))
    scope = None if f.community_id is None else _community_size(conn, f.community_id)
    return _Costing(members, query.estimate(conn, f.text, cap), scope)


#: Community sizes counted on each connection, until its workspace changes.
_SIZES: dict[tuple[int, int], tuple[tuple[int, int], int]] = {}


def _community_size(conn: sqlite3.Connection, community_id: int) -> int:
    """Members of a community: counted once (~10 ms at 500,000), then remembered until
    this connection or another one writes to the workspace."""
    version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    known = _SIZES.get((id(conn), community_id))
    if known is not None and known[0] == version:
        return known[1]
    size = int(conn.execute("SELECT count(*) FROM memberships WHERE community_id = ?",
                            (community_id,)).fetchone()[0])
    if len(_SIZES) > 64:
        _SIZES.clear()
    _SIZES[(id(conn), community_id)] = (version, size)
    return size


def plan_for(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort,
             costing: _Costing | None = None) -> tuple[Plan, bool] | None:
    """How to read ``f``'s search in ``sort`` order, and whether the community in scope
    (rather than the hits) is read to collect them; None when there is no search."""
    if not f.text or query.hits_test(f.text) is None:
        return None
    c = costing or _costing(conn, f)
    hits = c.estimate.total
    # In name order only the spread hits come at an even pace (张… sit together at zhang).
    spread = c.estimate.spread if sort.column == Column.NAME else hits
    plan, _ = query_plan.cheapest(hits, spread * c.share, c.members, PLAN_PAGE, c.driver(hits),
                                   _walk_test_cost(f, sort, c))
    return plan, plan is Plan.INDEX and c.scope_drives(hits)


def _walk_test_cost(f: RosterFilter, sort: RosterSort, c: _Costing) -> float:
    """What a walk pays per entry: the name index holds what most searches test."""
    if sort.column == Column.NAME and query.covered(f.text, c.estimate.few_trigrams):
        return query_plan.TEST_ENTRY
    return query_plan.TEST_ROW


def where(f: RosterFilter, today: date | None = None, plan: Plan = Plan.INDEX,
          drive_scope: bool = False,
          few_trigrams: frozenset[str] = frozenset()) -> tuple[str, list[object]]:
    """The WHERE clause (over ``members m``) and its parameters.

    ``plan`` (``models/search/query_plan.py``): WALK tests the search on each row's text; the
    others test ids against the index's hits. ``drive_scope``: with INDEX, SQLite reads
    the community's members and tests them against the hits (not the other way round).
    ``few_trigrams``: see ``query.row_test_sql``.
    """
    clause, params = _filters(f, today, scope_reads=drive_scope or not f.text)
    if not f.text:
        return clause, params
    if plan is Plan.WALK:
        found = query.row_test_sql(f.text, few_trigrams)
    else:
        found = query.hits_test(f.text, "+m.id" if drive_scope else "m.id")
    if found:
        clause += " AND " + found[0]
        params += found[1]
    return clause, params


def _filters(f: RosterFilter, today: date | None,
             scope_reads: bool) -> tuple[str, list[object]]:
    """Every condition of ``f`` but its search text. ``scope_reads``: SQLite may read the
    community's members as a set (to start from, or to test ids against); otherwise each
    row found is looked up in it (a search's hits are fewer than a big community)."""
    clauses = ["m.deleted_at IS NOT NULL" if f.trash else "m.deleted_at IS NULL"]
    params: list[object] = []
    scope, scope_params = _membership_scope(f)
    if scope and scope_reads:
        clauses.append(f"m.id IN (SELECT member_id FROM memberships WHERE {scope})")
        params += scope_params
    elif scope:
        clauses.append(f"EXISTS (SELECT 1 FROM memberships WHERE member_id = m.id AND {scope})")
        params += scope_params
    if f.tag_ids:
        marks = ",".join("?" * len(f.tag_ids))
        if f.all_tags:
            clauses.append(f"m.id IN (SELECT member_id FROM member_tags WHERE tag_id IN ({marks})"
                           f" GROUP BY member_id HAVING count(*) = {len(set(f.tag_ids))})")
        else:
            clauses.append(f"m.id IN (SELECT member_id FROM member_tags WHERE tag_id IN ({marks}))")
        params += list(f.tag_ids)
    if f.honour_ids:  # member_honours' key leads with the honour: an index read, like tags
        clauses.append(f"m.id IN (SELECT member_id FROM member_honours WHERE honour_id IN"
                       f" ({','.join('?' * len(f.honour_ids))}))")
        params += list(f.honour_ids)
    for column, values in (("m.source", f.sources), ("m.lifecycle", f.lifecycles),
                           ("m.city", f.cities)):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params += list(values)
    if f.inactive_days is not None:
        cutoff = (today or clock.today()) - timedelta(days=f.inactive_days)
        clauses.append("(m.last_active_at IS NULL OR m.last_active_at < ?)")
        params.append(cutoff.isoformat())
    if f.member_ids:
        clauses.append(f"m.id IN ({','.join('?' * len(f.member_ids))})")
        params += list(f.member_ids)
    field_clauses, field_params = field_roster.filter_sql(f.field_filters)
    return " AND ".join(clauses + field_clauses), params + field_params


def _membership_scope(f: RosterFilter) -> tuple[str, list[object]]:
    """Conditions on ``memberships`` (community, status, role, leaving, join dates), or ''
    for none."""
    parts, params = [], []
    if f.community_id is not None:
        parts.append("community_id = ?")
        params.append(f.community_id)
    if f.statuses:
        # active and muted mean "in the group as": someone who left is neither (the shown
        # standing, memberships.standing); removed and banned have left by definition
        parts.append(f"status IN ({','.join('?' * len(f.statuses))}) AND (left_at IS NULL"
                     " OR status NOT IN ('active', 'muted'))")
        params += list(f.statuses)
    if f.roles:
        parts.append(f"role IN ({','.join('?' * len(f.roles))})")
        params += list(f.roles)
    if f.left:
        parts.append("left_at IS NOT NULL")
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


def _source(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort, today: date | None,
            costing: _Costing | None = None) -> tuple[str, str, list[object]]:
    """(FROM clause, WHERE clause, parameters) for reading ``f`` in ``sort`` order."""
    chosen = plan_for(conn, f, sort, costing)
    if chosen is None:
        clause, params = where(f, today)
        return "members m", clause, params
    plan, drive_scope = chosen
    few = costing.estimate.few_trigrams if costing else frozenset()
    clause, params = where(f, today, plan, drive_scope, few)
    if plan is Plan.INDEX:
        return "members m NOT INDEXED", clause, params  # through the hits' ids, then sorted
    walk = SORT_INDEXES.get(sort.column)  # honours: only a partial index (its holders)
    return (f"members m INDEXED BY {walk}" if walk else "members m"), clause, params


def sort_key(column: Column) -> str:
    return SORT_KEYS.get(column, column.value)


def order_by(sort: RosterSort) -> str:
    if sort.field_id is not None:
        return field_roster.order_by(sort.field_id, sort.descending, sort.blanks_first)
    direction = "DESC" if sort.descending else "ASC"
    return f"m.{sort_key(sort.column)} {direction}, m.id {direction}"


def reversed_sort(sort: RosterSort) -> RosterSort:
    """The exact reverse order (NULLs and id ties included): the last page read backwards."""
    return RosterSort(sort.column, not sort.descending, sort.field_id, not sort.blanks_first)


def page(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort, offset: int, limit: int,
         today: date | None = None) -> list[RosterRow]:
    """Rows ``offset`` .. ``offset + limit`` in ``sort`` order."""
    if sort.field_id is not None:
        return field_roster.page(conn, sort, *where(f, today), _ROW_SQL, RosterRow, offset,
                                 limit)
    costing = _costing(conn, f) if f.text else None
    if offset == 0 and costing is not None:
        split = _head_span_page(conn, f, sort, limit, today, costing)
        if split is not None:
            return split
    table, clause, params = _source(conn, f, sort, today, costing)
    return [RosterRow(*r) for r in conn.execute(
        f"SELECT {_ROW_SQL} FROM {table} WHERE {clause} ORDER BY {order_by(sort)}"
        f" LIMIT ? OFFSET ?", [*params, limit, offset])]


def page_after(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort, after: RosterRow,
               limit: int, today: date | None = None) -> list[RosterRow]:
    """The ``limit`` rows after ``after``: keyset paging, as cheap at row 900,000 as at
    row 100, where OFFSET walks past every earlier row."""
    if sort.field_id is not None:
        return field_roster.page(conn, sort, *where(f, today), _ROW_SQL, RosterRow, 0, limit,
                                 after)
    costing = _costing(conn, f) if f.text else None
    if costing is not None:
        split = _head_span_page(conn, f, sort, limit, today, costing, after)
        if split is not None:
            return split
    table, clause, params = _source(conn, f, sort, today, costing)
    later, later_params = _later(sort, after)
    return [RosterRow(*r) for r in conn.execute(
        f"SELECT {_ROW_SQL} FROM {table} WHERE {clause} AND {later}"
        f" ORDER BY {order_by(sort)} LIMIT ?", [*params, *later_params, limit])]


def _later(sort: RosterSort, after: RosterRow) -> tuple[str, list[object]]:
    """The rows after ``after`` in ``sort`` order, as a condition."""
    column = f"m.{sort_key(sort.column)}"
    key = after.sort_value(sort.column)
    op = "<" if sort.descending else ">"
    if key is None:  # NULLs come first ascending, last descending
        later = f"({column} IS NULL AND m.id {op} ?)"
        if not sort.descending:
            later = f"({later} OR {column} IS NOT NULL)"
        return later, [after.id]
    later = f"({column} {op} ? OR ({column} = ? AND m.id {op} ?))"
    if sort.descending:
        later = f"({later} OR {column} IS NULL)"
    return later, [key, key, after.id]


def _head_span_plan(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort, limit: int,
                    costing: _Costing) -> tuple[query.HeadSpan, Plan] | None:
    """Whether to read a search's names-starting-with-it apart (see ``_head_span_page``),
    and the plan for its other hits."""
    if sort.column != Column.NAME or query_plan.FORCE_SPLIT is False or not f.text:
        return None
    span = query.head_span(conn, f.text)
    if span is None:
        return None
    c, est = costing, costing.estimate
    # Names in the stretch: all hits for pinyin (zha), some for a character (李 among li).
    stretch = query.span_size(conn, span.reading) if span.reading else est.clustered
    test = _walk_test_cost(f, sort, c)
    cost_in = (test * query_plan.walked(est.clustered * c.share, stretch, limit)
               + query_plan.SEEK * len(span.lows))
    plan, cost_out = query_plan.cheapest(est.spread, est.spread * c.share, c.members, limit,
                                          c.driver(est.spread), test)
    _, whole = query_plan.cheapest(est.total, est.spread * c.share, c.members, limit,
                                    c.driver(est.total), test)
    if query_plan.FORCE_SPLIT is None and whole <= cost_in + cost_out:
        return None
    return span, plan


def describe_plan(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort) -> str:
    """How the first page of ``f`` in ``sort`` order is read, in words (benchmarks)."""
    if not f.text:
        return "no search"
    costing = _costing(conn, f)
    split = _head_span_plan(conn, f, sort, PLAN_PAGE, costing)
    if split is not None:
        return f"{len(split[0].lows)} name stretch(es) + {split[1]} for the other hits"
    chosen = plan_for(conn, f, sort, costing)
    return str(chosen[0]) if chosen else "no search"


def _head_span_page(conn: sqlite3.Connection, f: RosterFilter, sort: RosterSort, limit: int,
                    today: date | None, costing: _Costing,
                    after: RosterRow | None = None) -> list[RosterRow] | None:
    """A page of a name-sorted search for a surname (张) or pinyin (zhang, zhangw), or
    None when reading it as one query is cheaper.

    Walking the name index from the top would pass every name before zhang; collecting
    all 87,000 hits would read them all. Instead: the members whose name starts with it sit
    in a few stretches of ``name_key`` (zhang…, and zhan g… for 詹歌), each read in order
    by a walk that finds a hit nearly every row, and the others (张 later in a name, in a
    nickname, a tag; zhang as a second syllable) are read by the cheapest plan for *their*
    number; the first ``limit`` of all of them, merged, are the page.
    """
    chosen = _head_span_plan(conn, f, sort, limit, costing)
    if chosen is None:
        return None
    span, plan = chosen
    c, est = costing, costing.estimate
    later, later_params = _later(sort, after) if after is not None else ("1", [])
    walk_clause, walk_params = where(f, today, Plan.WALK, few_trigrams=est.few_trigrams)
    stretch_sql = (f"SELECT * FROM (SELECT {_ROW_SQL} FROM members m INDEXED BY members_by_name"
                   f" WHERE {walk_clause} AND m.name_key >= ? AND m.name_key < ? AND {later}"
                   f" ORDER BY {order_by(sort)} LIMIT ?)")
    stretch_params = [[*walk_params, low, low + "\U0010ffff", *later_params, limit]
                      for low in span.lows]
    found = [RosterRow(*r) for r in conn.execute(
        " UNION ALL ".join([stretch_sql] * len(span.lows)),
        [p for ps in stretch_params for p in ps])]
    if plan is Plan.WALK:
        clause, params = walk_clause, walk_params
    else:
        drive_scope = plan is Plan.INDEX and c.scope_drives(est.spread)
        clause, params = _filters(f, today, scope_reads=drive_scope)
        test, test_params = span.others_test("+m.id" if drive_scope else "m.id")
        clause, params = f"{clause} AND {test}", [*params, *test_params]
    table = "members m NOT INDEXED" if plan is Plan.INDEX else \
        "members m INDEXED BY members_by_name"
    found += [RosterRow(*r) for r in conn.execute(
        f"SELECT {_ROW_SQL} FROM {table} WHERE {clause} AND {later}"
        f" ORDER BY {order_by(sort)} LIMIT ?", [*params, *later_params, limit])]
    unique = {r.id: r for r in found}.values()  # a name in a stretch may be an "other" too
    return sorted(unique, key=lambda r: (r.name_key, r.id), reverse=sort.descending)[:limit]


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


def find_members(conn: sqlite3.Connection, text: str, limit: int = 20,
                 community_id: int | None = None) -> list[MemberHit]:
    """The first ``limit`` members matching ``text`` (not in the trash) in name order, for
    pickers and check-in: ``query.find_members``, read the roster's way (a common term at
    a million members costs a page, not every hit)."""
    if not query.terms(text):
        return []
    found = page(conn, RosterFilter(community_id=community_id, text=text), RosterSort(), 0,
                 limit)
    return [MemberHit(r.id, r.display_name, r.nickname, r.phone, r.city) for r in found]


def all_ids(conn: sqlite3.Connection, f: RosterFilter, today: date | None = None) -> list[int]:
    """Every id the filter selects (for "select all" bulk actions)."""
    clause, params = where(f, today)
    return [r[0] for r in conn.execute(f"SELECT m.id FROM members m WHERE {clause}", params)]
