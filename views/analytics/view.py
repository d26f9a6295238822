"""数据分析 Analytics tab (objectName ``analyticsView``). Charts arrive with their issue."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from models.workspace import Workspace
from views.placeholder import PlaceholderTab

translate = QCoreApplication.translate


def analytics_summary(conn: sqlite3.Connection, community_id: int | None) -> str:
    return translate(
        "AnalyticsView",
        "Growth, activity, retention cohorts, the AARRR funnel and event attendance, as "
        "charts you can export, come in the next update of this tab.")


class AnalyticsView(PlaceholderTab):
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, undo_stack, "analyticsView", translate("AnalyticsView", "Analytics"),
                         analytics_summary, parent)
