"""活动日历 Calendar tab (objectName ``calendarView``). The month grid arrives with its issue."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from models.clock import now_iso
from models.workspace import Workspace
from views.placeholder import PlaceholderTab

translate = QCoreApplication.translate


def calendar_summary(conn: sqlite3.Connection, community_id: int | None) -> str:
    scope, args = ("AND community_id = ?", (community_id,)) if community_id else ("", ())
    total = conn.execute(
        f"SELECT count(*) FROM events WHERE deleted_at IS NULL {scope}", args).fetchone()[0]
    upcoming = conn.execute(
        f"SELECT title, starts_at FROM events WHERE deleted_at IS NULL AND starts_at >= ?"
        f" {scope} ORDER BY starts_at LIMIT 1", (now_iso()[:10], *args)).fetchone()
    text = translate("CalendarView", "{total} event(s) in this scope.").format(total=total)
    if upcoming:
        text += " " + translate("CalendarView", "Next: {title} on {date}.").format(
            title=upcoming[0], date=upcoming[1][:10])
    return text + " " + translate(
        "CalendarView",
        "The month, week and agenda views, registrations and check-in come in the next "
        "update of this tab.")


class CalendarView(PlaceholderTab):
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, undo_stack, "calendarView", translate("CalendarView", "Event calendar"),
                         calendar_summary, parent)
