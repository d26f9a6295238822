"""What follows every write of new activities, whoever writes them (a chat or order
import, quick logging, the door's check-in): the community's points rules grant their
points, and honours are granted or revoked as thresholds are crossed.

Writers call ``after_activities_added`` inside their transaction with a WHERE clause
over ``activities`` that selects exactly the rows they added (an id range, or
``id IN temp.x``), so the work is set-based however many rows came in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence


def after_activities_added(conn: sqlite3.Connection, where: str,
                           params: Sequence[object] = ()) -> None:
    """Apply points rules and honours to the activities ``SELECT ... FROM activities
    WHERE <where>`` selects (the rows just written). Until the points rules land this
    has nothing to apply: no workspace has rules before format 14."""
    del conn, where, params
