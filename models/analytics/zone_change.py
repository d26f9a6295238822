"""Choosing another time zone for the workspace (Edit > Workspace Settings), as an operation.

``models.core.zones.set_default_tzid`` rewrites the instants through the triggers, so each
summary moves each row as it goes: right at any size, but row by row (at a million members,
ten million activities each refreshing its member's summaries). ``change_zone`` turns the
triggers off while the instants are rewritten (one UPDATE per column) and rebuilds every
summary set-based after, as a bulk import does: minutes at a million members, so the window
runs it on a worker (``ChangeZone.long``).

The zone is a row of ``workspace_settings`` and also the zone this process writes times in
(``models.core.clock``): undoing puts back both, so a row-snapshot undo would not do.
``ChangeZone(tzid)``'s undo is ``ChangeZone(the zone before)``, exact because every stored
instant carries its zone's offset.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from models.analytics import buyers_summary, funnel_summary, points_summary
from models.analytics import summary as analytics_summary
from models.core import clock, zone_rules, zones
from models.core.changes import Change
from models.store.bulk import DroppedStructures
from models.store.operations import Done
from models.store.workspace import transaction

#: Past this many stored rows (members and activities) the set-based rewrite is faster than
#: the triggers' row-by-row one.
FEW_ROWS = 50_000


def change_zone(conn: sqlite3.Connection, tzid: str) -> Change:
    """Make ``tzid`` the workspace's zone and re-bucket everything, set-based, in the
    caller's transaction."""
    if not zones.valid(tzid):
        raise ValueError(f"unknown time zone {tzid!r}")
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
    return Change.of("workspace_settings", *zone_rules.COLUMNS)


def is_big(conn: sqlite3.Connection) -> bool:
    """True when a zone change had better run set-based, on a worker (from the largest
    ids: no count over ten million rows to decide)."""
    rows = sum(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
               for table in ("members", "activities"))
    return rows > FEW_ROWS


@dataclass(frozen=True)
class ChangeZone:
    """Make ``tzid`` the workspace's zone: through the triggers, or set-based
    (``change_zone``) when ``big``."""

    tzid: str
    #: Set-based (``is_big`` said so when the window chose to run it on a worker).
    big: bool = False

    @property
    def long(self) -> bool:
        """The window runs a big one's undo and redo on a worker (``views.operation_runner``)."""
        return self.big

    def __call__(self, conn: sqlite3.Connection) -> Done:
        before = zones.default_tzid(conn)
        try:
            with transaction(conn):
                if before != self.tzid and self.big:
                    change = change_zone(conn, self.tzid)
                else:
                    change = zones.change_workspace_zone(conn, self.tzid)
        except BaseException:
            clock.use_zone(before)  # the row went back with the transaction
            raise
        return Done(change | Change.of("workspace_settings"), ChangeZone(before, self.big),
                    self.tzid, wrote=before != self.tzid)
