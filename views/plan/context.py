"""What every page of the plan tab shares: the context (workspace, undo stack, the writer,
the plan in sight) and a few small widgets. Light to import: the tab shows its overview with
only these, before any page is built."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models.core.changes import Change
from models.plan import document
from models.store.workspace import Workspace

if TYPE_CHECKING:
    from views.tab_writer import TabWriter


@dataclass
class PlanContext:
    workspace: Workspace
    undo_stack: QUndoStack
    notify: Callable[[Change], None]
    #: Runs every write of the tab as an operation (one undo step each).
    writer: TabWriter
    community_id: int | None = None
    #: None while the community has no plan stored: it is shown empty, and the first
    #: write into it stores it (``plan_in``), inside that write's operation.
    plan_id: int | None = None

    @property
    def conn(self):
        return self.workspace.conn

    def plan_in(self) -> Callable[[sqlite3.Connection], int]:
        """For a write into the plan shown: run inside the operation, it returns the
        plan's id, storing the (empty) plan first when the community has none yet."""
        community_id = self.community_id
        if community_id is None:
            raise LookupError("no community is shown")
        return lambda conn: document.ensure_plan(conn, community_id)


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def read_only_table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: list[list[Any]], keys: list[Any] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
