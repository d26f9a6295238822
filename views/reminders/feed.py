"""Reading the reminders off the UI thread, once for everyone who shows them (the status-bar
line, the reminders list, the notifications), so they never disagree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from models.core.changes import Change
from models.events.reminders import Reminders, reminders
from views.background import QueryHandle, run_query

#: Tables whose change can change what is coming up.
TABLES = ("events", "registrations", "checklists", "checklist_items", "communities",
          "workspace_settings", "follow_ups", "members")


class ReminderFeed(QObject):
    """``refresh`` reads; ``ready`` hands over the ``Reminders`` (the latest read wins)."""

    ready = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.community_id: int | None = None
        self.found: Reminders | None = None
        self._pending: QueryHandle | None = None

    def set_workspace(self, path: Path, community_id: int | None) -> None:
        self.path, self.community_id, self.found = path, community_id, None
        self.refresh()

    def set_community(self, community_id: int | None) -> None:
        self.community_id = community_id
        self.refresh()

    def apply_changes(self, change: Change) -> None:
        if change.touches(*TABLES):
            self.refresh()

    def refresh(self) -> None:
        if self.path is None:
            return
        if self._pending is not None:
            self._pending.cancel()  # an older read would only be overwritten
        community_id = self.community_id
        self._pending = run_query(self, self.path,
                                  lambda conn: reminders(conn, community_id), self._on_read)

    def _on_read(self, found: Reminders) -> None:
        self._pending = None
        self.found = found
        self.ready.emit(found)
