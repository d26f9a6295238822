"""成员 Roster tab (objectName ``rosterView``). The member table arrives with its issue."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from models.stats import member_count
from models.workspace import Workspace
from views.placeholder import PlaceholderTab

translate = QCoreApplication.translate


def roster_summary(conn: sqlite3.Connection, community_id: int | None) -> str:
    count = member_count(conn, community_id)
    if not count:
        return translate(
            "RosterView",
            "No members here yet. Try File > Fill with demo data to see a realistic roster.")
    return translate(
        "RosterView",
        "{count:,} member(s) in this scope. Browsing, searching (Chinese, pinyin, phone) and "
        "editing them here comes in the next update of this tab.",
    ).format(count=count)


class RosterView(PlaceholderTab):
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, undo_stack, "rosterView", translate("RosterView", "Members"),
                         roster_summary, parent)
