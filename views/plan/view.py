"""规划 Plan tab (objectName ``planView``): the community plan. Editing arrives with its issue."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from models.workspace import Workspace
from views.placeholder import PlaceholderTab

translate = QCoreApplication.translate


def plan_summary(conn: sqlite3.Connection, community_id: int | None) -> str:
    communities = conn.execute("SELECT count(*) FROM communities WHERE archived = 0").fetchone()[0]
    if not communities:
        return translate(
            "PlanView",
            "This workspace has no community yet. Try File > Fill with demo data to explore "
            "Qunzhu with a realistic workspace.")
    where, args = ("WHERE p.community_id = ?", (community_id,)) if community_id else ("", ())
    plans, goals = conn.execute(
        f"SELECT count(DISTINCT p.id), count(g.id) FROM plans p"
        f" LEFT JOIN plan_goals g ON g.plan_id = p.id {where}", args).fetchone()
    return translate(
        "PlanView",
        "{plans} plan(s) with {goals} goal(s) in this scope. Editing positioning, goals bound "
        "to live numbers, roles, risks and the roadmap comes in the next update of this tab.",
    ).format(plans=plans, goals=goals)


class PlanView(PlaceholderTab):
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, undo_stack, "planView", translate("PlanView", "Community plan"),
                         plan_summary, parent)
