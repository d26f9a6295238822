"""A tab whose feature is still to come: it says so, and shows what the workspace holds.

Honest by design: the text names the feature and the numbers come from the workspace,
computed off the UI thread so a million-member file never stalls the switch to the tab.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from models.core.changes import Change
from models.store.workspace import Workspace
from views.background import run_query
from views.empty_state import EmptyState

Summary = Callable[[sqlite3.Connection, int | None], str]


class PlaceholderTab(QWidget):
    """An ``EmptyState`` whose body is ``summary(conn, community_id)``, refreshed on demand.

    It has the surface every tab has (see ``views/tab.py``).
    """

    changed = Signal(object)

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, object_name: str,
                 title: str, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.summary = summary
        self.community_id: int | None = None
        self.empty = EmptyState(title, "…", parent=self)
        QVBoxLayout(self).addWidget(self.empty)
        self._generation = 0

    def set_community(self, community_id: int | None) -> None:
        self.community_id = community_id
        self.refresh()

    def apply_changes(self, _change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, community_id = self._generation, self.community_id
        run_query(self, self.workspace.path,
                  lambda conn: self.summary(conn, community_id),
                  lambda text: self._show(generation, text))

    def _show(self, generation: int, text: str) -> None:
        if generation == self._generation:  # a newer refresh supersedes this one
            self.empty.set_body(text)
