"""Points issued and redeemed per scope and day (format 9), so neither the dashboard nor a
plan goal sums a year of the ledger (800,000 rows at 1,000,000 members).

``points_daily``: per scope (0 = every member; a community id = its members, past ones
too: the ledger belongs to members, and a member counts for every community they have a
membership in) and local day: points issued (positive deltas), redeemed (negative deltas,
as a positive number) and how many ledger rows issued points (``earning``).

Triggers on ``points_ledger`` and ``memberships`` keep it in step (a new membership brings
the member's whole ledger into that community); bulk loads call ``rebuild`` once.
"""

from __future__ import annotations

import sqlite3

from models.schema.sql import install_summary

TABLES = """
CREATE TABLE points_daily (
    scope     INTEGER NOT NULL,
    day       TEXT NOT NULL,
    issued    INTEGER NOT NULL,
    redeemed  INTEGER NOT NULL,
    earning   INTEGER NOT NULL,  -- ledger rows with a positive delta
    PRIMARY KEY (scope, day)
) WITHOUT ROWID;
"""

_UPSERT = """
    ON CONFLICT (scope, day) DO UPDATE SET issued = issued + excluded.issued,
        redeemed = redeemed + excluded.redeemed, earning = earning + excluded.earning;"""


def _row(sign: str, row: str) -> str:
    """Add (``+``) or take out (``-``) ledger row ``row`` in scope 0 and its member's
    communities."""
    return f"""
    INSERT INTO points_daily
    SELECT s.scope, substr({row}.occurred_at, 1, 10), {sign}max({row}.delta, 0),
           {sign}max(-{row}.delta, 0), {sign}({row}.delta > 0)
    FROM (SELECT 0 AS scope UNION ALL SELECT community_id FROM memberships
          WHERE member_id = {row}.member_id) AS s WHERE 1{_UPSERT}"""


def _ledger(sign: str, row: str) -> str:
    """Add or take out every ledger row of membership ``row``'s member in its community."""
    return f"""
    INSERT INTO points_daily
    SELECT {row}.community_id, substr(occurred_at, 1, 10), {sign}sum(max(delta, 0)),
           {sign}sum(max(-delta, 0)), {sign}sum(delta > 0)
    FROM points_ledger WHERE member_id = {row}.member_id GROUP BY 2{_UPSERT}"""


TRIGGERS = {
    "points_daily_ledger_insert": f"""
CREATE TRIGGER points_daily_ledger_insert AFTER INSERT ON points_ledger BEGIN{_row('+', 'NEW')}
END;""",
    "points_daily_ledger_delete": f"""
CREATE TRIGGER points_daily_ledger_delete AFTER DELETE ON points_ledger BEGIN{_row('-', 'OLD')}
END;""",
    "points_daily_ledger_update": f"""
CREATE TRIGGER points_daily_ledger_update
AFTER UPDATE OF member_id, delta, occurred_at ON points_ledger BEGIN{_row('-', 'OLD')}
{_row('+', 'NEW')}
END;""",
    "points_daily_membership_insert": f"""
CREATE TRIGGER points_daily_membership_insert AFTER INSERT ON memberships BEGIN
{_ledger('+', 'NEW')}
END;""",
    "points_daily_membership_delete": f"""
CREATE TRIGGER points_daily_membership_delete AFTER DELETE ON memberships BEGIN
{_ledger('-', 'OLD')}
END;""",
    "points_daily_membership_update": f"""
CREATE TRIGGER points_daily_membership_update
AFTER UPDATE OF member_id, community_id ON memberships BEGIN
{_ledger('-', 'OLD')}
{_ledger('+', 'NEW')}
END;""",
}


def create(conn: sqlite3.Connection) -> None:
    """Table and triggers, filled, in a file that lacks them (format 9 installed them
    with its own frozen copy: ``models/schema/steps/v09.py``)."""
    install_summary(conn, TABLES, rebuild, TRIGGERS)


def rebuild(conn: sqlite3.Connection) -> None:
    """Count the table again from the ledger: two passes over its covering date index
    (measured: a per-member first pass was twice as slow)."""
    conn.execute("DELETE FROM points_daily")
    sums = "sum(max(p.delta, 0)), sum(max(-p.delta, 0)), sum(p.delta > 0)"
    conn.execute(f"""INSERT INTO points_daily
        SELECT 0, substr(p.occurred_at, 1, 10), {sums}
        FROM points_ledger p INDEXED BY points_ledger_occurred GROUP BY 2""")
    conn.execute(f"""INSERT INTO points_daily
        SELECT ms.community_id, substr(p.occurred_at, 1, 10), {sums}
        FROM points_ledger p INDEXED BY points_ledger_occurred
        JOIN memberships ms ON ms.member_id = p.member_id GROUP BY 1, 2""")
