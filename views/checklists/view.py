"""物料清单 Checklists tab (objectName ``checklistView``). Item tables arrive with their issue."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from models.workspace import Workspace
from views.placeholder import PlaceholderTab

translate = QCoreApplication.translate


def checklist_summary(conn: sqlite3.Connection, community_id: int | None) -> str:
    scope, args = ("WHERE e.community_id = ?", (community_id,)) if community_id else ("", ())
    lists, items = conn.execute(
        f"SELECT count(DISTINCT c.id), count(i.id) FROM checklists c"
        f" LEFT JOIN events e ON e.id = c.event_id"
        f" LEFT JOIN checklist_items i ON i.checklist_id = c.id {scope}", args).fetchone()
    return translate(
        "ChecklistView",
        "{lists} checklist(s) with {items} item(s) in this scope. Editing items, templates, "
        "stock and Excel lists for suppliers come in the next update of this tab.",
    ).format(lists=lists, items=items)


class ChecklistView(PlaceholderTab):
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, undo_stack, "checklistView",
                         translate("ChecklistView", "Material checklists"),
                         checklist_summary, parent)
