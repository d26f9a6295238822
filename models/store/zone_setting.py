"""Changing the workspace's time zone as an operation (Edit > Workspace Settings).

The zone is a row of ``workspace_settings`` and also the zone this process writes times
in (``models.core.clock``): undoing puts back both, so a row-snapshot undo would not do.
``ChangeZone(tzid)``'s undo is ``ChangeZone(the zone before)``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from models.core import clock, zones
from models.core.changes import Change
from models.store.operations import Done
from models.store.workspace import transaction


@dataclass(frozen=True)
class ChangeZone:
    """Make ``tzid`` the workspace's zone (``models.core.zones.change_workspace_zone``)."""

    tzid: str

    def __call__(self, conn: sqlite3.Connection) -> Done:
        before = zones.default_tzid(conn)
        try:
            with transaction(conn):
                change = zones.change_workspace_zone(conn, self.tzid)
        except BaseException:
            clock.use_zone(before)  # the row went back with the transaction
            raise
        return Done(change | Change.of("workspace_settings"), ChangeZone(before), self.tzid,
                    wrote=before != self.tzid)
