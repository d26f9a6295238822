"""The activity summaries brought up to date after a bulk load of activities, for what the
load touched only.

``models.analytics.summary.rebuild`` counts every activity of the workspace again: right,
but at ten million activities a thousand-row import would wait for all of them. A load
adds rows to a few communities (a chat export: one; an order export: one, or none — an
activity without a community counts in scope 0, "all communities", only), so only these
rows of the summaries can change.

The new rows (a range of ids) are read once, grouped by community, day and member
(``temp.bulk_new``; ``grouped``), and everything is counted from that and from the pairs
(member, day) of the rows the workspace held before in the months the load touched
(``temp.bulk_old``: none when it was empty):

- ``member_activity``: the new rows added to their members' (the columns add up), in
  their community and in scope 0;
- ``activity_daily``: actions, purchases and revenue add up; the day's members are the
  distinct members of the old and the new pairs;
- ``activity_cohorts``: the months with new activities counted again from the old and new
  pairs, each member under their cohort as the memberships are now;
- ``purchase_members``: a row per new purchase and scope (what its trigger adds);
- ``people_counts``: the new messages and invitations added to their members' counts.

Measured at 200,000 new messages (2 cores): 1.9 s of CPU when every statement read the
touched days' activities again (seven passes, each looking up kind and amount row by row);
0.9 s for the grouping pass and the counts from it (at a million: 8.5 s before, about 4 s).

Membership changes made meanwhile (a chat's system lines) kept their triggers, which moved
the members' cohorts for months counted before; the months counted here are counted from
the memberships as they are now. Run inside the import's transaction, with the
activities' indexes in place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from models.analytics import people_summary

PURCHASE = "购买"
#: The new rows by (place: their community, 0 when none; local day; member).
NEW = "temp.bulk_new"
#: The new pairs by scope: every place's in its own scope (but place 0) and in scope 0.
PAIRS = "temp.bulk_pairs"
#: The (scope, day, member) of the rows before the load in the (scope, month)s it touched.
OLD = "temp.bulk_old"
MONTHS = "temp.bulk_months"
MEMBERS = "temp.bulk_members"


def _table(conn: sqlite3.Connection, name: str, columns: str) -> None:
    conn.execute(f"DROP TABLE IF EXISTS {name}")
    conn.execute(f"CREATE TEMP TABLE {name.split('.')[1]} ({columns}) WITHOUT ROWID")


@contextmanager
def grouped(conn: sqlite3.Connection, first_new: int) -> Iterator[None]:
    """``temp.bulk_new`` holds the activities ``id >= first_new`` grouped (one read of
    them, by their ids: ``NOT INDEXED``, else SQLite reads a whole index), until the end
    of the block; ``refresh_grouped`` counts from it."""
    _table(conn, NEW, "place INTEGER NOT NULL, day TEXT NOT NULL, member_id INTEGER NOT NULL,"
                      " actions INTEGER NOT NULL, purchases INTEGER NOT NULL,"
                      " revenue INTEGER NOT NULL, first_at TEXT NOT NULL,"
                      " last_at TEXT NOT NULL, PRIMARY KEY (place, day, member_id)")
    conn.execute(f"""INSERT INTO {NEW}
        SELECT coalesce(community_id, 0), substr(occurred_at, 1, 10), member_id, count(*),
               sum(kind = '{PURCHASE}'),
               sum(CASE WHEN kind = '{PURCHASE}' THEN amount ELSE 0 END),
               min(occurred_at), max(occurred_at)
        FROM activities NOT INDEXED WHERE id >= ? GROUP BY 1, 2, 3""", (first_new,))
    try:
        yield
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {NEW}")


def refresh_after_load(conn: sqlite3.Connection, first_new: int) -> None:
    """Count again what the activities ``id >= first_new`` changed, in every scope they
    count in (they were written with the activities' triggers off)."""
    with grouped(conn, first_new):
        refresh_grouped(conn, first_new)


def refresh_grouped(conn: sqlite3.Connection, first_new: int) -> None:
    """``refresh_after_load`` inside ``grouped(conn, first_new)``."""
    # One place (a chat export, an order export): scope 0's new rows are that place's,
    # copied in their order rather than grouped again.
    first, last = conn.execute(f"SELECT min(place), max(place) FROM {NEW}").fetchone()
    one = first == last
    _members(conn, one)
    if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {NEW} WHERE purchases > 0)").fetchone()[0]:
        _purchases(conn, first_new)
    people_summary.add_loaded(conn, first_new)
    _table(conn, PAIRS, "scope INTEGER NOT NULL, day TEXT NOT NULL, member_id INTEGER NOT NULL,"
                        " actions INTEGER NOT NULL, purchases INTEGER NOT NULL,"
                        " revenue INTEGER NOT NULL, PRIMARY KEY (scope, day, member_id)")
    conn.execute(f"""INSERT INTO {PAIRS}
        SELECT place, day, member_id, actions, purchases, revenue FROM {NEW} WHERE place <> 0""")
    conn.execute(f"""INSERT INTO {PAIRS}
        SELECT 0, day, member_id, actions, purchases, revenue FROM {NEW}""" if one else f"""
        INSERT INTO {PAIRS}
        SELECT 0, day, member_id, sum(actions), sum(purchases), sum(revenue) FROM {NEW}
        GROUP BY day, member_id""")
    _table(conn, MONTHS, "scope INTEGER NOT NULL, month TEXT NOT NULL, PRIMARY KEY (scope, month)")
    conn.execute(f"INSERT INTO {MONTHS} SELECT DISTINCT scope, substr(day, 1, 7) FROM {PAIRS}")
    _old_pairs(conn, first_new)
    _daily(conn)
    _cohorts(conn)
    for name in (PAIRS, MONTHS, OLD):
        conn.execute(f"DROP TABLE {name}")


def _members(conn: sqlite3.Connection, one_place: bool) -> None:
    """``member_activity`` plus the new rows: its columns add up (first, last, counts,
    sums), in their community and in scope 0 (from one place: the same sums)."""
    sums = "min(first_at), max(last_at), sum(actions), sum(purchases), sum(revenue)"
    _table(conn, MEMBERS, "member_id INTEGER NOT NULL, place INTEGER NOT NULL,"
                          " first_at TEXT, last_at TEXT, actions INTEGER, purchases INTEGER,"
                          " revenue INTEGER, PRIMARY KEY (member_id, place)")
    conn.execute(f"INSERT INTO {MEMBERS} SELECT member_id, place, {sums} FROM {NEW}"
                 f" GROUP BY member_id, place")
    upsert = """ON CONFLICT (member_id, community_id) DO UPDATE SET
                first_at = min(first_at, excluded.first_at),
                last_at = max(last_at, excluded.last_at),
                actions = actions + excluded.actions,
                purchases = purchases + excluded.purchases,
                revenue = revenue + excluded.revenue"""
    conn.execute(f"""INSERT INTO member_activity SELECT member_id, place, first_at, last_at,
        actions, purchases, revenue FROM {MEMBERS} WHERE place <> 0 {upsert}""")
    conn.execute(f"""INSERT INTO member_activity SELECT member_id, 0, first_at, last_at,
        actions, purchases, revenue FROM {MEMBERS} WHERE 1 {upsert}""" if one_place else f"""
        INSERT INTO member_activity SELECT member_id, 0, {sums} FROM {MEMBERS}
        GROUP BY member_id {upsert}""")
    conn.execute(f"DROP TABLE {MEMBERS}")


def _purchases(conn: sqlite3.Connection, first_new: int) -> None:
    """``purchase_members``: the new purchases, in scope 0 and in their community (a
    rebuild would read every purchase of the workspace)."""
    conn.execute(f"""INSERT INTO purchase_members
        SELECT 0, member_id, occurred_at, id FROM activities NOT INDEXED
        WHERE id >= :n AND kind = '{PURCHASE}'
        UNION ALL SELECT community_id, member_id, occurred_at, id FROM activities NOT INDEXED
        WHERE id >= :n AND kind = '{PURCHASE}' AND community_id IS NOT NULL
        ORDER BY 1, 2, 3, 4""", {"n": first_new})


def _old_pairs(conn: sqlite3.Connection, first_new: int) -> None:
    """``temp.bulk_old``: who was active on which day, before the load, in the months it
    touched. Read from the old rows by their ids when they are fewer than the new ones (an
    empty workspace: nothing to read), else from the covering ``activities_community``
    index, month by touched month (it holds the new rows too: at most as many)."""
    _table(conn, OLD, "scope INTEGER NOT NULL, day TEXT NOT NULL, member_id INTEGER NOT NULL,"
                      " PRIMARY KEY (scope, day, member_id)")
    new = conn.execute(f"SELECT coalesce(sum(actions), 0) FROM {PAIRS} WHERE scope = 0"
                       ).fetchone()[0]
    if first_new - 1 <= new:
        conn.execute(f"""INSERT OR IGNORE INTO {OLD}
            WITH old(place, day, member_id) AS MATERIALIZED (
                SELECT community_id, substr(occurred_at, 1, 10), member_id FROM activities
                WHERE id < :n)
            SELECT place, day, member_id FROM old
            WHERE place IS NOT NULL AND (place, substr(day, 1, 7)) IN {MONTHS}
            UNION ALL SELECT 0, day, member_id FROM old
            WHERE (0, substr(day, 1, 7)) IN {MONTHS}""", {"n": first_new})
        return
    rows = """SELECT {scope}, substr(a.occurred_at, 1, 10), a.member_id
        FROM {MONTHS} t {join} activities a INDEXED BY activities_community
          ON a.community_id {place} AND a.occurred_at >= t.month
          AND a.occurred_at < t.month || '-99'
        WHERE t.scope {which} AND a.id < :n"""
    conn.execute(f"INSERT OR IGNORE INTO {OLD} " + rows.format(
        scope="t.scope", MONTHS=MONTHS, join="JOIN", place="= t.scope", which="<> 0"),
        {"n": first_new})
    conn.execute(f"INSERT OR IGNORE INTO {OLD} " + rows.format(
        scope="0", MONTHS=MONTHS, join="CROSS JOIN (SELECT id FROM communities) c JOIN",
        place="= c.id", which="= 0"), {"n": first_new})
    conn.execute(f"INSERT OR IGNORE INTO {OLD} " + rows.format(
        scope="0", MONTHS=MONTHS, join="JOIN", place="IS NULL", which="= 0"), {"n": first_new})


def _daily(conn: sqlite3.Connection) -> None:
    """``activity_daily`` of the touched days: the counts add up; the members are the new
    pairs and the old ones not among them."""
    conn.execute(f"""INSERT INTO activity_daily (scope, day, members, actions, purchases,
                                                 revenue)
        SELECT n.scope, n.day, n.members + (
                   SELECT count(*) FROM {OLD} o WHERE o.scope = n.scope AND o.day = n.day
                   AND NOT EXISTS (SELECT 1 FROM {PAIRS} p WHERE p.scope = o.scope
                                   AND p.day = o.day AND p.member_id = o.member_id)),
               n.actions, n.purchases, n.revenue
        FROM (SELECT scope, day, count(*) AS members, sum(actions) AS actions,
                     sum(purchases) AS purchases, sum(revenue) AS revenue
              FROM {PAIRS} GROUP BY scope, day) AS n WHERE 1
        ON CONFLICT (scope, day) DO UPDATE SET members = excluded.members,
            actions = actions + excluded.actions, purchases = purchases + excluded.purchases,
            revenue = revenue + excluded.revenue""")


def _cohorts(conn: sqlite3.Connection) -> None:
    """``activity_cohorts`` of the touched months, counted again from the pairs: a
    community's members under the month they joined it, scope 0's under the month they
    were created."""
    conn.execute(f"DELETE FROM activity_cohorts WHERE (scope, month) IN {MONTHS}")
    conn.execute(f"""INSERT INTO activity_cohorts
        WITH t(scope, month, member_id) AS MATERIALIZED (
            SELECT DISTINCT scope, substr(day, 1, 7), member_id FROM (
                SELECT scope, day, member_id FROM {PAIRS}
                UNION ALL SELECT scope, day, member_id FROM {OLD}))
        SELECT t.scope, coalesce(substr(ms.joined_at, 1, 7), ''), t.month, count(*)
        FROM t LEFT JOIN memberships ms ON ms.member_id = t.member_id
            AND ms.community_id = t.scope
        WHERE t.scope <> 0 GROUP BY 1, 2, 3
        UNION ALL
        SELECT 0, substr(m.created_at, 1, 7), t.month, count(*)
        FROM t JOIN members m ON m.id = t.member_id WHERE t.scope = 0 GROUP BY 2, 3""")
