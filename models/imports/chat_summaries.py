"""The activity summaries brought up to date after a bulk load of one community's
activities, for what the load touched only.

``models.analytics.summary.rebuild`` counts every activity of the workspace again: right,
but at ten million activities a thousand-message import would wait for all of them. A
chat import adds rows to one community, so only these rows of the summaries can change,
and they are counted again from the activities (their indexes), as the rebuild counts them:

- ``member_activity``: the new rows added to their members' (the columns add up);
- ``activity_daily``: the days with new activities, in the community and in scope 0 (all
  communities);
- ``activity_cohorts``: the months with new activities, in the community and in scope 0.

Membership changes made meanwhile (the system lines) kept their triggers, which moved the
members' cohorts for months counted before; the months counted here are counted from the
memberships as they are now. Run inside the import's transaction, with the activities'
indexes in place.
"""

from __future__ import annotations

import sqlite3

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
def refresh_after_load(conn: sqlite3.Connection, first_new: int, community_id: int) -> None:
    """Count again what activities ``id >= first_new`` (all in ``community_id``) changed."""
    conn.execute("DROP TABLE IF EXISTS temp.chat_days")
    conn.execute("CREATE TEMP TABLE chat_days (day TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("INSERT OR IGNORE INTO temp.chat_days SELECT substr(occurred_at, 1, 10)"
                 " FROM activities NOT INDEXED WHERE id >= ?", (first_new,))
    span = conn.execute("SELECT min(day), date(max(day), '+1 day') FROM temp.chat_days"
                        ).fetchone()
    if span[0] is None:
        return
    days = {"c": community_id, "lo": span[0], "hi": span[1]}
    months = {"c": community_id, "lo": span[0][:7] + "-01",
              "hi": conn.execute("SELECT date(max(day), 'start of month', '+1 month')"
                                 " FROM temp.chat_days").fetchone()[0]}
    _members(conn, first_new)
    conn.execute("DELETE FROM activity_daily WHERE scope IN (0, ?)"
                 " AND day IN (SELECT day FROM temp.chat_days)", (community_id,))
    for scope, rows in ((":c", _IN_COMMUNITY), ("0", _ALL_IN)):
        conn.execute(f"""INSERT INTO activity_daily
            SELECT {scope}, day, count(DISTINCT member_id), count(*), sum(kind = '{PURCHASE}'),
                   sum(CASE WHEN kind = '{PURCHASE}' THEN amount ELSE 0 END)
            FROM (SELECT member_id, substr(occurred_at, 1, 10) AS day, kind, amount
                  FROM {rows})
            WHERE day IN (SELECT day FROM temp.chat_days) GROUP BY day""", days)
    conn.execute("""DELETE FROM activity_cohorts WHERE scope IN (0, :c) AND month IN
        (SELECT DISTINCT substr(day, 1, 7) FROM temp.chat_days)""", days)
    conn.execute(f"""INSERT INTO activity_cohorts
        SELECT :c, coalesce(substr(ms.joined_at, 1, 7), ''), t.month, count(*)
        FROM (SELECT substr(occurred_at, 1, 7) AS month, member_id FROM {_IN_COMMUNITY}
              GROUP BY 1, 2) AS t
        LEFT JOIN memberships ms ON ms.member_id = t.member_id AND ms.community_id = :c
        WHERE t.month IN (SELECT DISTINCT substr(day, 1, 7) FROM temp.chat_days)
        GROUP BY 2, 3""", months)
    conn.execute(f"""INSERT INTO activity_cohorts
        SELECT 0, substr(m.created_at, 1, 7), t.month, count(*)
        FROM (SELECT member_id, substr(occurred_at, 1, 7) AS month FROM {_ALL_IN}
              GROUP BY 1, 2) AS t
        JOIN members m ON m.id = t.member_id
        WHERE t.month IN (SELECT DISTINCT substr(day, 1, 7) FROM temp.chat_days)
        GROUP BY 2, 3""", months)
    conn.execute("DROP TABLE temp.chat_days")


def _members(conn: sqlite3.Connection, first_new: int) -> None:
    """``member_activity`` plus the new rows: its columns add up (first, last, counts,
    sums), so only the new rows are read, in the community and in scope 0."""
    for community in ("community_id", "0"):
        conn.execute(f"""INSERT INTO member_activity
            SELECT member_id, {community}, min(occurred_at), max(occurred_at), count(*),
                   sum(kind = '{PURCHASE}'),
                   sum(CASE WHEN kind = '{PURCHASE}' THEN amount ELSE 0 END)
            FROM activities NOT INDEXED WHERE id >= ? GROUP BY 1, 2
            ON CONFLICT (member_id, community_id) DO UPDATE SET
                first_at = min(first_at, excluded.first_at),
                last_at = max(last_at, excluded.last_at),
                actions = actions + excluded.actions,
                purchases = purchases + excluded.purchases,
                revenue = revenue + excluded.revenue""", (first_new,))
