"""What follows every write of new activities, whoever writes them (a chat or order
import, quick logging, the door's check-in): the community's points rules grant their
points, and honours are granted or revoked as thresholds are crossed.

Writers call ``after_activities_added`` inside their transaction with a WHERE clause
over ``activities`` that selects exactly the rows they added (an id range, or
``id IN temp.x``), so the work is set-based however many rows came in. Writers that
remove activities call ``after_activities_removed``: the points those activities earned
went with them (the ledger rows cascade), and honours follow.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from models.activity import honours, points_rules
from models.core.changes import Change
from models.store.workspace import transaction


def after_activities_added(conn: sqlite3.Connection, where: str,
                           params: Sequence[object] = ()) -> Change:
    """Apply points rules and honours to the activities ``SELECT ... FROM activities
    WHERE <where>`` selects (the rows just written). Costs two cheap reads when the
    workspace has no rules and no honours."""
    has_rules = conn.execute("SELECT 1 FROM points_rules LIMIT 1").fetchone() is not None
    has_honours = conn.execute("SELECT 1 FROM honours LIMIT 1").fetchone() is not None
    change = Change()
    if not (has_rules or has_honours):
        return change
    with transaction(conn):
        if has_rules:
            change = points_rules.grant(conn, where, params).change
        if has_honours:
            change = change | honours.refresh(
                conn, f"SELECT DISTINCT member_id FROM activities WHERE {where}", params)
    return change


def after_activities_removed(conn: sqlite3.Connection, member_ids_sql: str,
                             params: Sequence[object] = ()) -> Change:
    """Honours of the members ``member_ids_sql`` selects (those whose activities were just
    removed), revoked where a threshold is no longer met."""
    if conn.execute("SELECT 1 FROM honours LIMIT 1").fetchone() is None:
        return Change()
    return honours.refresh(conn, member_ids_sql, params)
