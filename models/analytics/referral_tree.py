"""The referral tree (裂变): who brought in whom, how far each tree has grown, and who brings
in the most, for one community or the whole workspace.

Scope. For the workspace, every member not in the trash; for a community, its members
(a membership, left or not: they were brought in). A tree is read inside its scope: a
member whose referrer is outside it (another community only, or in the trash) starts a
tree of their own, a *root*. The structure is all-time; a period only narrows top referrers
to the invitees who joined during it (as the dashboard's referrals chart does).

Every walk is a recursive CTE over the ``members_referrer`` index, bounded by
``referrals.MAX_DEPTH``: a tree of 10,000 is read in milliseconds, and even a circle made
by hand in the file ends. The tree is paged: a node's children come ``limit`` at a time
(keyset on the id), each with its own tree's size and depth.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from models.analytics.cohorts import LATE_WINDOW
from models.analytics.growth import scope_of
from models.analytics.period import Period
from models.core import clock
from models.members.referrals import MAX_DEPTH

#: Children read per page when a node is expanded.
PAGE = 200


@dataclass(frozen=True)
class Node:
    """A member in the tree: ``invitees`` directly below, ``size`` everyone below at any
    level, ``depth`` how many levels go down (0: nobody below)."""

    member_id: int
    name: str
    joined: str          # 'YYYY-MM-DD' (the community's join day, or added to the workspace)
    invitees: int
    size: int
    depth: int


def _in_scope(alias: str, community_id: int | None) -> str:
    """SQL: member row ``alias`` belongs to the scope (never in the trash).

    The trash is asked of its own small index, not of each member's row: a walk through
    ``members_referrer`` then reads no member row at all (4x faster at 1M)."""
    alive = (f"{alias}.id NOT IN (SELECT id FROM members INDEXED BY members_deleted"
             " WHERE deleted_at IS NOT NULL)")
    if community_id is None:
        return alive
    return (f"{alive} AND EXISTS (SELECT 1 FROM memberships s WHERE s.member_id = {alias}.id"
            f" AND s.community_id = {int(community_id)})")


def _joined(alias: str, community_id: int | None) -> str:
    if community_id is None:
        return f"substr({alias}.created_at, 1, 10)"
    return (f"(SELECT substr(s.joined_at, 1, 10) FROM memberships s WHERE s.member_id ="
            f" {alias}.id AND s.community_id = {int(community_id)})")


def tree_stats(conn: sqlite3.Connection, member_ids: Sequence[int],
               community_id: int | None = None) -> dict[int, tuple[int, int, int]]:
    """For each member: (direct invitees, tree size, depth) inside the scope, in one walk."""
    if not member_ids:
        return {}
    marks = ",".join("?" * len(member_ids))
    rows = conn.execute(
        f"""WITH RECURSIVE t(root, id, d) AS (
            SELECT id, id, 0 FROM members WHERE id IN ({marks})
            UNION ALL
            SELECT t.root, m.id, t.d + 1 FROM t JOIN members m INDEXED BY members_referrer
              ON m.referrer_id = t.id
            WHERE t.d < {MAX_DEPTH} AND {_in_scope('m', community_id)})
        SELECT root, sum(d = 1), count(*) - 1, max(d) FROM t GROUP BY root""",
        [int(i) for i in member_ids]).fetchall()
    return {int(r): (int(n), int(s), int(d)) for r, n, s, d in rows}


def node(conn: sqlite3.Connection, member_id: int, community_id: int | None = None) -> Node:
    """One member with their tree's figures (the top of a tree view)."""
    row = conn.execute(
        f"SELECT m.id, m.display_name, {_joined('m', community_id)} FROM members m"
        " WHERE m.id = ?", (member_id,)).fetchone()
    if row is None:
        raise LookupError(member_id)
    n, s, d = tree_stats(conn, [member_id], community_id).get(member_id, (0, 0, 0))
    return Node(int(row[0]), str(row[1]), str(row[2] or ""), n, s, d)


def children(conn: sqlite3.Connection, parent_id: int, community_id: int | None = None,
             after: int = 0, limit: int = PAGE) -> list[Node]:
    """The members ``parent_id`` invited (inside the scope), by id after ``after``, at most
    ``limit``; each with their own tree's figures. The next page starts after the last id."""
    rows = conn.execute(
        f"SELECT m.id, m.display_name, {_joined('m', community_id)}"
        " FROM members m INDEXED BY members_referrer"
        f" WHERE m.referrer_id = ? AND m.id > ? AND {_in_scope('m', community_id)}"
        " ORDER BY m.id LIMIT ?", (parent_id, after, limit)).fetchall()
    stats = tree_stats(conn, [r[0] for r in rows], community_id)
    return [Node(int(i), str(name), str(joined or ""), *stats.get(int(i), (0, 0, 0)))
            for i, name, joined in rows]


def root_figures(conn: sqlite3.Connection,
                 community_id: int | None = None) -> list[tuple[int, int, int, int]]:
    """The 裂变 trees: members who brought someone in (inside the scope) and whose own
    referrer is nobody, outside the scope or in the trash, as (id, invitees, size, depth),
    biggest tree first. One walk down from every root reads each referred member once;
    no name is read (``named`` reads a page's), so 100,000 trees stay cheap."""
    in_p, in_q = _in_scope("p", community_id), _in_scope("q", community_id)
    rows = conn.execute(
        f"""WITH RECURSIVE
        tops(id) AS (
            SELECT p.id FROM (SELECT DISTINCT referrer_id AS id FROM members
                              INDEXED BY members_referrer WHERE referrer_id IS NOT NULL) AS r
            JOIN members p ON p.id = r.id
            WHERE {in_p} AND (p.referrer_id IS NULL OR NOT EXISTS (
                SELECT 1 FROM members q WHERE q.id = p.referrer_id AND {in_q}))),
        t(root, id, d) AS (
            SELECT id, id, 0 FROM tops
            UNION ALL
            SELECT t.root, m.id, t.d + 1 FROM t JOIN members m INDEXED BY members_referrer
              ON m.referrer_id = t.id
            WHERE t.d < {MAX_DEPTH} AND {_in_scope('m', community_id)})
        SELECT root, sum(d = 1) AS n, count(*) - 1 AS s, max(d) FROM t
        GROUP BY root HAVING count(*) > 1 ORDER BY s DESC, root""").fetchall()
    return [(int(i), int(n), int(s), int(d)) for i, n, s, d in rows]


def named(conn: sqlite3.Connection, figures: Sequence[tuple[int, int, int, int]],
          community_id: int | None = None) -> list[Node]:
    """``Node``s for rows of ``root_figures`` (a page of them), in their order."""
    if not figures:
        return []
    marks = ",".join("?" * len(figures))
    found = {int(i): (str(name), str(joined or "")) for i, name, joined in conn.execute(
        f"SELECT m.id, m.display_name, {_joined('m', community_id)} FROM members m"
        f" WHERE m.id IN ({marks})", [f[0] for f in figures])}
    return [Node(i, *found[i], n, s, d) for i, n, s, d in figures if i in found]


def roots(conn: sqlite3.Connection, community_id: int | None = None) -> list[Node]:
    """Every 裂变 tree of the scope, named, biggest first (see ``root_figures``)."""
    return named(conn, root_figures(conn, community_id), community_id)


def anyone_referred(conn: sqlite3.Connection, community_id: int | None = None) -> bool:
    """Has anyone in the scope a referrer (else the tree view explains how to get them)?"""
    return conn.execute(
        "SELECT 1 FROM members m INDEXED BY members_referrer WHERE m.referrer_id IS NOT NULL"
        f" AND {_in_scope('m', community_id)} LIMIT 1").fetchone() is not None


@dataclass(frozen=True)
class TopReferrer:
    """A referrer and what became of the people they brought in.

    - ``invitees``: people they brought into the scope (in the period: who joined during it),
      the trash included (their joining happened, as the dashboard counts newcomers);
    - ``size``/``depth``: their whole tree inside the scope, all-time;
    - ``settled``: invitees who joined at least 60 days before the day it is as of, so their
      day 30-59 is over; ``retained``: those of them retained as the dashboard's funnel and
      the "30-day retention" goal define it (active in their first 7 days, and active again
      on day 30-59 after joining). Retention = retained / settled; the others are pending,
      never failures;
    - ``still_in``: invitees still here: not in the trash and, for a community, not left
      (nor removed or banned); for the workspace, in at least one group they have not left
      (or in none at all);
    - ``buyers``/``revenue``: invitees who bought (activities of kind 购买, in the scope), and
      what they spent in fen, to date.
    """

    member_id: int
    name: str
    invitees: int
    size: int
    depth: int
    settled: int
    retained: int
    still_in: int
    buyers: int
    revenue: int

    @property
    def retention(self) -> float | None:
        return self.retained / self.settled if self.settled else None

    @property
    def still_in_rate(self) -> float | None:
        return self.still_in / self.invitees if self.invitees else None


def _still_in(community_id: int | None) -> str:
    if community_id is not None:
        return (f"EXISTS (SELECT 1 FROM memberships s WHERE s.member_id = m.id AND"
                f" s.community_id = {int(community_id)} AND s.left_at IS NULL"
                " AND s.status NOT IN ('removed', 'banned'))")
    return ("(NOT EXISTS (SELECT 1 FROM memberships s WHERE s.member_id = m.id) OR EXISTS"
            " (SELECT 1 FROM memberships s WHERE s.member_id = m.id AND s.left_at IS NULL"
            " AND s.status NOT IN ('removed', 'banned')))")


def top_referrers(conn: sqlite3.Connection, community_id: int | None = None,
                  period: Period | None = None, limit: int = 50,
                  today: date | None = None) -> list[TopReferrer]:
    """The members who brought in the most people (see ``TopReferrer``), most first.

    Referrers in the trash are left out, as every list of people leaves them out. Ranked in
    one pass over the funnel summary's referral index; the figures are read for the ranked
    ones only, through the ``members_referrer`` index (CROSS JOIN: left to itself the
    planner reads the whole scope's funnel by day instead, 50x slower at 1M)."""
    scope = scope_of(community_id)
    lo, hi = (period.lo, period.hi) if period else ("", "9999")
    as_of = period.end if period else (today or clock.today())
    settled_by = (as_of - timedelta(days=LATE_WINDOW - 1)).isoformat()
    ranked = conn.execute(
        f"""SELECT t.referrer_id, r.display_name, t.n FROM (
            SELECT referrer_id, count(*) AS n FROM member_funnel INDEXED BY member_funnel_referrals
            WHERE scope = :s AND day >= :lo AND day < :hi AND referrer_id IS NOT NULL
              AND referrer_id NOT IN (SELECT id FROM members INDEXED BY members_deleted
                                      WHERE deleted_at IS NOT NULL)
            GROUP BY referrer_id ORDER BY n DESC, referrer_id LIMIT {int(limit)}) AS t
        JOIN members r ON r.id = t.referrer_id ORDER BY t.n DESC, t.referrer_id""",
        {"s": scope, "lo": lo, "hi": hi}).fetchall()
    trees = tree_stats(conn, [r[0] for r in ranked], community_id)
    found = []
    for member_id, name, count in ranked:
        settled, retained, still_in, buyers, revenue = conn.execute(
            f"""SELECT coalesce(sum(f.day <= :by), 0),
                   coalesce(sum(f.day <= :by AND f.activated AND f.retained), 0),
                   coalesce(sum(m.deleted_at IS NULL AND {_still_in(community_id)}), 0),
                   coalesce(sum(coalesce(ma.purchases, 0) > 0), 0),
                   coalesce(sum(ma.revenue), 0)
            FROM members m INDEXED BY members_referrer
            CROSS JOIN member_funnel f ON f.scope = :s AND f.member_id = m.id
            LEFT JOIN member_activity ma ON ma.member_id = m.id AND ma.community_id = :s
            WHERE m.referrer_id = :r AND f.day >= :lo AND f.day < :hi""",
            {"by": settled_by, "s": scope, "r": member_id, "lo": lo, "hi": hi}).fetchone()
        _n, size, depth = trees.get(int(member_id), (0, 0, 0))
        found.append(TopReferrer(int(member_id), str(name), int(count), size, depth,
                                 int(settled), int(retained), int(still_in), int(buyers),
                                 int(revenue)))
    return found
