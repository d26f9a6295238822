"""Format 9, part 3 (frozen with it; the app's copy is models/analytics/buyers_summary.py).

Purchases in member order (format 9), so "distinct buyers of a long period" is counted
while reading them in order instead of sorting a few hundred thousand member ids.

``purchase_members``: one row per purchase (``activities.kind = '购买'``) and scope (0, and
its community when it has one), keyed by (scope, member, time, activity). Triggers on
``activities`` keep it in step; bulk loads call ``rebuild`` once (it reads the purchases
through their own partial index, not the ten million activities).
"""

from __future__ import annotations

import sqlite3

PURCHASE = "购买"

TABLES = """
CREATE TABLE purchase_members (
    scope        INTEGER NOT NULL,
    member_id    INTEGER NOT NULL,
    occurred_at  TEXT NOT NULL,
    activity_id  INTEGER NOT NULL,
    PRIMARY KEY (scope, member_id, occurred_at, activity_id)
) WITHOUT ROWID;
"""


def _add(row: str) -> str:
    return f"""
    INSERT INTO purchase_members
    SELECT 0, {row}.member_id, {row}.occurred_at, {row}.id WHERE {row}.kind = '{PURCHASE}'
    UNION ALL SELECT {row}.community_id, {row}.member_id, {row}.occurred_at, {row}.id
    WHERE {row}.kind = '{PURCHASE}' AND {row}.community_id IS NOT NULL;"""


def _remove(row: str) -> str:
    return f"""
    DELETE FROM purchase_members WHERE scope IN (0, {row}.community_id)
      AND member_id = {row}.member_id AND occurred_at = {row}.occurred_at
      AND activity_id = {row}.id;"""


TRIGGERS = {
    "purchase_members_insert": f"""
CREATE TRIGGER purchase_members_insert AFTER INSERT ON activities
WHEN NEW.kind = '{PURCHASE}' BEGIN{_add('NEW')}
END;""",
    "purchase_members_delete": f"""
CREATE TRIGGER purchase_members_delete AFTER DELETE ON activities
WHEN OLD.kind = '{PURCHASE}' BEGIN{_remove('OLD')}
END;""",
    "purchase_members_update": f"""
CREATE TRIGGER purchase_members_update
AFTER UPDATE OF id, member_id, community_id, occurred_at, kind ON activities
WHEN OLD.kind = '{PURCHASE}' OR NEW.kind = '{PURCHASE}' BEGIN{_remove('OLD')}{_add('NEW')}
END;""",
}




def rebuild(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM purchase_members")
    conn.execute(f"""INSERT INTO purchase_members
        SELECT scope, member_id, occurred_at, id FROM (
            SELECT 0 AS scope, member_id, occurred_at, id
            FROM activities INDEXED BY activities_purchases WHERE kind = '{PURCHASE}'
            UNION ALL
            SELECT community_id, member_id, occurred_at, id
            FROM activities INDEXED BY activities_purchases
            WHERE kind = '{PURCHASE}' AND community_id IS NOT NULL)
        ORDER BY 1, 2, 3, 4""")
