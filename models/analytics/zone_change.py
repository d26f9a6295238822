"""Choosing another zone for a big workspace: every stored instant rewritten in it, the
analytics summaries counted again once.

``models.core.zones.set_default_tzid`` rewrites the instants through the triggers, so each
summary moves each row as it goes: right at any size, but row by row (at a million members,
ten million activities each refreshing its member's summaries). Here the triggers are off
while the instants are rewritten (one UPDATE per column) and every summary is rebuilt
set-based after, as a bulk import does. Long at a million members (minutes): run it on a
worker.
"""

from __future__ import annotations

import sqlite3

from models.analytics import buyers_summary, funnel_summary, points_summary
from models.analytics import summary as analytics_summary
from models.core import zone_rules, zones
from models.core.changes import Change
from models.store.bulk import DroppedStructures


def change_zone(conn: sqlite3.Connection, tzid: str) -> Change:
    """Make ``tzid`` the workspace's zone and re-bucket everything, in one transaction."""
    if not zones.valid(tzid):
        raise ValueError(f"unknown time zone {tzid!r}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        tables = list(zone_rules.COLUMNS)
        indexes = {name for (name,) in conn.execute(
            f"SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN"
            f" ({','.join('?' * len(tables))})", tables)}
        dropped = DroppedStructures(conn, tables, keep=indexes)  # the triggers only
        zones.set_default_tzid(conn, tzid)  # with the triggers off: rewritten, not counted
        dropped.restore()
        analytics_summary.rebuild(conn)
        funnel_summary.rebuild(conn)
        points_summary.rebuild(conn)
        buyers_summary.rebuild(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return Change.of("workspace_settings", *zone_rules.COLUMNS)
