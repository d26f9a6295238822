"""Honours (荣誉称号/勋章): titles members earn at a threshold of one measure.

An honour belongs to a community, or to every community (``community_id`` None), and is
earned when a member's measure reaches ``threshold``:

- ``points``: the member's points balance, ``members.points`` (the whole ledger: points are
  the member's, not a community's), for a community's honour only while the member has a
  membership there;
- ``events``: events attended (a registration checked in) among the community's events
  (every community's for an honour of all);
- ``invited``: members not in the trash whose referrer (邀请人) is the member, for a
  community's honour only invitees with a membership there;
- ``months_active``: distinct months (the workspace zone's, ``substr(occurred_at, 1, 7)``)
  with any activity in the community (anywhere, for an honour of all).

``refresh`` grants and revokes, set-based, for the members given (all when None): a member
who falls below a threshold (points deducted, an activity undone) loses the honour.
``member_honours`` rows keep when it was granted; ``members.honours_text`` (the roster's
column, kept by the format's triggers) lists a member's honours by name.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError, NotFound
from models.members import records
from models.store.workspace import transaction

TABLES = ("honours", "member_honours", "members")


class Metric(StrEnum):
    POINTS = "points"
    EVENTS = "events"
    INVITED = "invited"
    MONTHS_ACTIVE = "months_active"


@dataclass(frozen=True)
class Honour:
    id: int
    community_id: int | None  # None: every community
    name: str
    metric: str
    threshold: int
    created_at: str


@dataclass(frozen=True)
class MemberHonour:
    honour_id: int
    name: str
    metric: str
    threshold: int
    community: str | None  # None: every community
    granted_at: str


_COLUMNS = "id, community_id, name, metric, threshold, created_at"


def list_honours(conn: sqlite3.Connection, community_id: int | None = None, *,
                 every: bool = False) -> list[Honour]:
    """Honours of one community and those of all communities (``every``: all of them), the
    highest threshold first."""
    if every:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM honours ORDER BY threshold DESC, name")
    else:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM honours WHERE community_id IS NULL"
                            " OR community_id IS ? ORDER BY threshold DESC, name",
                            (community_id,))
    return [Honour(*r) for r in rows]


def get_honour(conn: sqlite3.Connection, honour_id: int) -> Honour:
    row = conn.execute(f"SELECT {_COLUMNS} FROM honours WHERE id = ?", (honour_id,)).fetchone()
    if row is None:
        raise NotFound(Code.RECORD_GONE, honour_id, table="honours", id=honour_id)
    return Honour(*row)


def _checked(conn: sqlite3.Connection, name: str, metric: str, threshold: int,
             community_id: int | None, honour_id: int | None = None) -> str:
    name = (name or "").strip()
    if not name:
        raise DomainError(Code.HONOUR_NAME_NEEDED, name)
    if metric not in set(Metric):
        raise DomainError(Code.HONOUR_METRIC, metric, value=metric)
    if not isinstance(threshold, int) or threshold <= 0:
        raise DomainError(Code.HONOUR_THRESHOLD, threshold)
    if community_id is not None and conn.execute(
            "SELECT 1 FROM communities WHERE id = ?", (community_id,)).fetchone() is None:
        raise NotFound(Code.NO_COMMUNITY_ID, community_id, id=community_id)
    other = conn.execute("SELECT id FROM honours WHERE ifnull(community_id, 0) = ? AND name = ?",
                         (community_id or 0, name)).fetchone()
    if other is not None and other[0] != honour_id:
        raise DomainError(Code.HONOUR_EXISTS, name, name=name)
    return name


def add_honour(conn: sqlite3.Connection, name: str, metric: str, threshold: int,
               community_id: int | None = None) -> tuple[Honour, Change]:
    """A new honour, granted at once to every member who has earned it."""
    with transaction(conn):
        name = _checked(conn, name, metric, threshold, community_id)
        cursor = conn.execute("INSERT INTO honours (community_id, name, metric, threshold,"
                              " created_at) VALUES (?, ?, ?, ?, ?)",
                              (community_id, name, str(metric), threshold, now_iso()))
        honour = get_honour(conn, int(cursor.lastrowid or 0))
        refresh(conn, honour_ids=[honour.id])
    return honour, Change.of(*TABLES, ids=[honour.id])


def update_honour(conn: sqlite3.Connection, honour_id: int, *, name: str, metric: str,
                  threshold: int, community_id: int | None) -> tuple[Honour, Change]:
    """Change an honour; who holds it follows the new measure at once."""
    with transaction(conn):
        _checked(conn, name, metric, threshold, community_id, honour_id)
        get_honour(conn, honour_id)
        conn.execute("UPDATE honours SET name = ?, metric = ?, threshold = ?, community_id = ?"
                     " WHERE id = ?", (name.strip(), str(metric), threshold, community_id,
                                       honour_id))
        refresh(conn, honour_ids=[honour_id])
        honour = get_honour(conn, honour_id)
    return honour, Change.of(*TABLES, ids=[honour_id])


def delete_honour(conn: sqlite3.Connection, honour_id: int) -> Change:
    """Remove an honour from everyone who holds it, then the honour."""
    with transaction(conn):
        get_honour(conn, honour_id)
        # Explicitly, not by cascade: the rows are recorded for undo like any other write.
        conn.execute("DELETE FROM member_honours WHERE honour_id = ?", (honour_id,))
        conn.execute("DELETE FROM honours WHERE id = ?", (honour_id,))
    return Change.of(*TABLES, ids=[honour_id])


# -- who holds what ------------------------------------------------------------------------

def _qualifying(h: Honour, members: bool) -> tuple[str, list[object]]:
    """SQL for the ids of members at or past ``h``'s threshold (among ``temp.qz_honour_
    members`` when ``members``)."""
    params: list[object] = []
    community = h.community_id
    if h.metric == Metric.POINTS:
        sql = "SELECT m.id FROM members m WHERE m.points >= ?"
        params.append(h.threshold)
        if members:
            sql += " AND m.id IN (SELECT member_id FROM temp.qz_honour_members)"
        if community is not None:
            sql += " AND m.id IN (SELECT member_id FROM memberships WHERE community_id = ?)"
            params.append(community)
        return sql, params
    if h.metric == Metric.EVENTS:
        sql = ("SELECT r.member_id FROM registrations r JOIN events e ON e.id = r.event_id"
               " WHERE r.checked_in_at IS NOT NULL AND r.status = 'registered'")
        if community is not None:
            sql += " AND e.community_id = ?"
            params.append(community)
        column = "r.member_id"
        counted = "count(*)"
    elif h.metric == Metric.INVITED:
        sql = "SELECT i.referrer_id FROM members i WHERE i.deleted_at IS NULL"
        if community is not None:
            sql += (" AND EXISTS (SELECT 1 FROM memberships ms WHERE ms.member_id = i.id"
                    " AND ms.community_id = ?)")
            params.append(community)
        column = "i.referrer_id"
        counted = "count(*)"
        sql += " AND i.referrer_id IS NOT NULL"
    else:
        sql = "SELECT a.member_id FROM activities a WHERE 1"
        if community is not None:
            sql += " AND a.community_id = ?"
            params.append(community)
        column = "a.member_id"
        counted = "count(DISTINCT substr(a.occurred_at, 1, 7))"
    if members:
        sql += f" AND {column} IN (SELECT member_id FROM temp.qz_honour_members)"
    sql += f" GROUP BY {column} HAVING {counted} >= ?"
    params.append(h.threshold)
    return sql, params


def refresh(conn: sqlite3.Connection, member_ids_sql: str | None = None,
            params: Sequence[object] = (), honour_ids: Sequence[int] | None = None) -> Change:
    """Grant each honour to the members who reached it and revoke it from those who fell
    below, among the members ``member_ids_sql`` selects (with ``params``; every member when
    None), for every honour (``honour_ids`` only, when given). Set-based: a few statements
    per honour, however many members. Inside the caller's transaction."""
    found = list_honours(conn, every=True) if honour_ids is None else \
        [get_honour(conn, h) for h in honour_ids]
    if not found:
        return Change()
    now = now_iso()
    with transaction(conn):
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS qz_honour_ok"
                     " (member_id INTEGER PRIMARY KEY)")
        members = member_ids_sql is not None
        if members:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS qz_honour_members"
                          " (member_id INTEGER PRIMARY KEY)")
            conn.execute("DELETE FROM temp.qz_honour_members")
            conn.execute(f"INSERT OR IGNORE INTO temp.qz_honour_members {member_ids_sql}",
                         tuple(params))
        for h in found:
            conn.execute("DELETE FROM temp.qz_honour_ok")
            sql, qualifying_params = _qualifying(h, members)
            conn.execute(f"INSERT OR IGNORE INTO temp.qz_honour_ok {sql}", qualifying_params)
            among = " AND member_id IN (SELECT member_id FROM temp.qz_honour_members)" \
                if members else ""
            conn.execute("DELETE FROM member_honours WHERE honour_id = ?" + among
                         + " AND member_id NOT IN (SELECT member_id FROM temp.qz_honour_ok)",
                         (h.id,))
            conn.execute("INSERT OR IGNORE INTO member_honours (honour_id, member_id,"
                         " granted_at) SELECT ?, member_id, ? FROM temp.qz_honour_ok",
                         (h.id, now))
        conn.execute("DELETE FROM temp.qz_honour_ok")
        if members:
            conn.execute("DELETE FROM temp.qz_honour_members")
    return Change.of(*TABLES)


def of_member(conn: sqlite3.Connection, member_id: int) -> list[MemberHonour]:
    """A member's honours, the highest threshold first (the profile's badges)."""
    return [MemberHonour(*r) for r in conn.execute(
        "SELECT h.id, h.name, h.metric, h.threshold, c.name, mh.granted_at"
        " FROM member_honours mh JOIN honours h ON h.id = mh.honour_id"
        " LEFT JOIN communities c ON c.id = h.community_id WHERE mh.member_id = ?"
        " ORDER BY h.threshold DESC, h.name", (member_id,))]


def holders(conn: sqlite3.Connection, honour_id: int) -> int:
    """How many members hold an honour."""
    return int(conn.execute("SELECT count(*) FROM member_honours WHERE honour_id = ?",
                            (honour_id,)).fetchone()[0])


def grant_points(conn: sqlite3.Connection, member_ids: Sequence[int], delta: int,
                 reason: str) -> tuple[list[int], Change]:
    """Points granted or deducted by hand (``records.grant_points``), with the honours of
    those members following their new balance in the same transaction."""
    ids = list(member_ids)
    with transaction(conn):
        entries, change = records.grant_points(conn, ids, delta, reason)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS qz_points_by_hand"
                     " (member_id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.qz_points_by_hand")
        conn.executemany("INSERT OR IGNORE INTO temp.qz_points_by_hand VALUES (?)",
                         [(i,) for i in ids])
        refresh(conn, "SELECT member_id FROM temp.qz_points_by_hand")
        conn.execute("DELETE FROM temp.qz_points_by_hand")
    return entries, change | Change.of("member_honours", ids=ids)
