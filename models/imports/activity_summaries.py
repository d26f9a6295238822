"""The activity summaries brought up to date after a bulk load of activities, for what the
load touched only.

``models.analytics.summary.rebuild`` counts every activity of the workspace again: right,
but at ten million activities a thousand-row import would wait for all of them. A load
adds rows to a few communities (a chat export: one; an order export: one, or none — an
activity without a community counts in scope 0, "all communities", only), so only these
rows of the summaries can change, and they are counted again from the activities (their
indexes), as the rebuild counts them:

- ``member_activity``: the new rows added to their members' (the columns add up), in
  their community and in scope 0;
- ``activity_daily``: the days with new activities, per community that has them and in
  scope 0;
- ``activity_cohorts``: the months with new activities, the same way;
- ``purchase_members``: a row per new purchase and scope (what its trigger adds);
- ``people_counts``: the new messages and invitations added to their members' counts.

Membership changes made meanwhile (a chat's system lines) kept their triggers, which moved
the members' cohorts for months counted before; the months counted here are counted from
the memberships as they are now. Run inside the import's transaction, with the
activities' indexes in place.
"""

from __future__ import annotations

import sqlite3

from models.analytics import people_summary

PURCHASE = "购买"
#: Every activity in a window of time, whatever its community (or none), through the
#: community index: scope 0's rows read these.
_ALL_IN = """(SELECT member_id, occurred_at, kind, amount FROM activities
        WHERE community_id IN (SELECT id FROM communities)
          AND occurred_at >= :lo AND occurred_at < :hi
    UNION ALL SELECT member_id, occurred_at, kind, amount FROM activities
        WHERE community_id IS NULL AND occurred_at >= :lo AND occurred_at < :hi)"""
_IN_COMMUNITY = """(SELECT member_id, occurred_at, kind, amount FROM activities
        WHERE community_id = :c AND occurred_at >= :lo AND occurred_at < :hi)"""
#: The cohort a member's activity in scope :c counts under: the month they joined the
#: community, or (scope 0) the month they were created.
_COHORT = {
    "community": """SELECT :c, coalesce(substr(ms.joined_at, 1, 7), ''), t.month, count(*)
        FROM (SELECT substr(occurred_at, 1, 7) AS month, member_id FROM {rows}
              GROUP BY 1, 2) AS t
        LEFT JOIN memberships ms ON ms.member_id = t.member_id AND ms.community_id = :c""",
    "all": """SELECT 0, substr(m.created_at, 1, 7), t.month, count(*)
        FROM (SELECT member_id, substr(occurred_at, 1, 7) AS month FROM {rows}
              GROUP BY 1, 2) AS t
        JOIN members m ON m.id = t.member_id""",
}
DAYS = "temp.bulk_days"


def refresh_after_load(conn: sqlite3.Connection, first_new: int) -> None:
    """Count again what the activities ``id >= first_new`` changed, in every scope they
    count in."""
    conn.execute(f"DROP TABLE IF EXISTS {DAYS}")
    conn.execute(f"CREATE TEMP TABLE {DAYS.split('.')[1]} (scope INTEGER, day TEXT,"
                 f" PRIMARY KEY (scope, day)) WITHOUT ROWID")
    # NOT INDEXED: the new rows are a range of ids; any index would read them all
    conn.execute(f"""INSERT OR IGNORE INTO {DAYS}
        SELECT 0, substr(occurred_at, 1, 10) FROM activities NOT INDEXED WHERE id >= ?
        UNION SELECT community_id, substr(occurred_at, 1, 10) FROM activities NOT INDEXED
        WHERE id >= ? AND community_id IS NOT NULL""", (first_new, first_new))
    _members(conn, first_new)
    _purchases(conn, first_new)
    people_summary.add_loaded(conn, first_new)
    scopes = conn.execute(f"SELECT scope, min(day), date(max(day), '+1 day'),"
                          f" date(max(day), 'start of month', '+1 month')"
                          f" FROM {DAYS} GROUP BY scope").fetchall()
    for scope, first, after, next_month in scopes:
        rows = _ALL_IN if scope == 0 else _IN_COMMUNITY
        days = {"c": scope, "lo": first, "hi": after}
        months = {"c": scope, "lo": first[:7] + "-01", "hi": next_month}
        touched = f"(SELECT day FROM {DAYS} WHERE scope = :c)"
        conn.execute(f"DELETE FROM activity_daily WHERE scope = :c AND day IN {touched}", days)
        conn.execute(f"""INSERT INTO activity_daily
            SELECT :c, day, count(DISTINCT member_id), count(*), sum(kind = '{PURCHASE}'),
                   sum(CASE WHEN kind = '{PURCHASE}' THEN amount ELSE 0 END)
            FROM (SELECT member_id, substr(occurred_at, 1, 10) AS day, kind, amount
                  FROM {rows})
            WHERE day IN {touched} GROUP BY day""", days)
        month_set = f"(SELECT DISTINCT substr(day, 1, 7) FROM {DAYS} WHERE scope = :c)"
        conn.execute(f"DELETE FROM activity_cohorts WHERE scope = :c AND month IN {month_set}",
                     months)
        cohort = _COHORT["all" if scope == 0 else "community"].format(rows=rows)
        conn.execute(f"""INSERT INTO activity_cohorts {cohort}
            WHERE t.month IN {month_set} GROUP BY 2, 3""", months)
    conn.execute(f"DROP TABLE {DAYS}")


def _members(conn: sqlite3.Connection, first_new: int) -> None:
    """``member_activity`` plus the new rows: its columns add up (first, last, counts,
    sums), so only the new rows are read, in their community and in scope 0."""
    for community, where in (("community_id", "AND community_id IS NOT NULL"), ("0", "")):
        conn.execute(f"""INSERT INTO member_activity
            SELECT member_id, {community}, min(occurred_at), max(occurred_at), count(*),
                   sum(kind = '{PURCHASE}'),
                   sum(CASE WHEN kind = '{PURCHASE}' THEN amount ELSE 0 END)
            FROM activities NOT INDEXED WHERE id >= ? {where} GROUP BY 1, 2
            ON CONFLICT (member_id, community_id) DO UPDATE SET
                first_at = min(first_at, excluded.first_at),
                last_at = max(last_at, excluded.last_at),
                actions = actions + excluded.actions,
                purchases = purchases + excluded.purchases,
                revenue = revenue + excluded.revenue""", (first_new,))


def _purchases(conn: sqlite3.Connection, first_new: int) -> None:
    """``purchase_members``: the new purchases, in scope 0 and in their community (a
    rebuild would read every purchase of the workspace)."""
    conn.execute(f"""INSERT INTO purchase_members
        SELECT 0, member_id, occurred_at, id FROM activities NOT INDEXED
        WHERE id >= :n AND kind = '{PURCHASE}'
        UNION ALL SELECT community_id, member_id, occurred_at, id FROM activities NOT INDEXED
        WHERE id >= :n AND kind = '{PURCHASE}' AND community_id IS NOT NULL
        ORDER BY 1, 2, 3, 4""", {"n": first_new})
