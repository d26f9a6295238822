"""The plan tab's pages of rows: a table, Add and Delete, each edit one operation (one undo
step, run by ``ctx.writer``; a refused one is said under the table and leaves no step).

``PlanContext`` is what every page shares: the workspace, the undo stack, the writer and
the community and plan shown. ``RowsPage`` is a page over one table; the roles, roadmap
pages are small subclasses; goals, risks, moderation and needs add their own parts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.plan import document
from views import tones
from views.error_text import describe, field_name
from views.plan import labels
from views.plan.context import PlanContext, hint_label
from views.plan.row_table import Col, RowTable
from views.tab_writer import REFUSED

translate = QCoreApplication.translate


class RowsPage(QWidget):
    """A table of ``table`` rows under the plan (or the community, ``owner='community'``)."""

    table_name = ""
    owner = "plan"
    #: Tables whose changes make this page reload.
    watches: tuple[str, ...] = ()
    can_add = True

    def __init__(self, ctx: PlanContext, columns: list[Col], hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = RowTable(columns, self)
        self.table.setObjectName(f"{self.table_name}Table")
        self.hint = hint_label(hint, self)
        self.error = QLabel(self)
        self.error.setObjectName("rowError")
        self.error.setStyleSheet(tones.text_style("error"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.add_button = QPushButton(translate("PlanPages", "Add"), self)
        self.delete_button = QPushButton(translate("PlanPages", "Delete"), self)
        self.buttons = QHBoxLayout()
        if self.can_add:
            self.buttons.addWidget(self.add_button)
            self.buttons.addWidget(self.delete_button)
        else:
            self.add_button.hide()
            self.delete_button.hide()
        self.buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.error)
        self.layout_.addLayout(self.buttons)
        self.table.edited.connect(self._on_table_edited)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)

    @property
    def owner_id(self) -> int | None:
        return self.ctx.plan_id if self.owner == "plan" else self.ctx.community_id

    def load_rows(self) -> list[dict[str, Any]]:
        return document.rows(self.ctx.conn, self.table_name, self.owner_id)

    def reload(self) -> None:
        if self.ctx.community_id is None:
            self.table.set_rows([])
            return
        self.table.set_rows(self.load_rows())

    def new_row(self) -> dict[str, Any]:
        """Values of a row added with Add."""
        return {}

    def describe(self) -> str:
        """The undo text of an edit on this page."""
        return translate("PlanPages", "Edit plan")

    def perform(self, text: str, work: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run ``work`` as one undo step and return what it returned; a refused one is
        said under the table (None returned, no step left)."""
        try:
            done = self.ctx.writer.do(text, work)
        except REFUSED as error:
            self.error.setText(describe(error, self._column_header))
            self.error.show()
            self.reload()
            return None
        self.error.hide()
        return done.value

    def edit(self, text: str, row_id: int, values: dict[str, Any]) -> None:
        """Set ``values`` on one row of this page's table."""
        table = self.table_name
        self.perform(text, lambda conn: document.update_row(conn, table, row_id, values))

    def _column_header(self, field: str) -> str:
        """A field named as this page's table heads its column."""
        for column in self.table.columns:
            if column.field == field:
                return column.header
        return field_name(field)

    def _on_table_edited(self, row_id: int, field: str, value: Any) -> None:
        self.edit(self.describe(), row_id, {field: value})

    def _on_add_clicked(self) -> None:
        if self.ctx.community_id is None:
            return
        table, values = self.table_name, self.new_row()
        community_id = self.ctx.community_id
        owner = self.ctx.plan_in() if self.owner == "plan" else lambda _conn: community_id
        added = self.perform(translate("PlanPages", "Add row"),
                             lambda conn: document.add_row(conn, table, owner(conn), values))
        if added is not None:
            self.reload()
            self.table.select_id(added[0])
            self.table.setFocus()

    def _on_delete_clicked(self) -> None:
        row_id = self.table.current_id()
        if row_id is not None:
            table = self.table_name
            self.perform(translate("PlanPages", "Delete row"),
                         lambda conn: document.delete_row(conn, table, row_id))


def _step_text(step: int) -> str:
    """``3. 制定策略``, with the English name beside it when the window speaks English."""
    stored = document.step_name(step)
    shown = labels.step(stored)
    return f"{step}. {stored}" if shown == stored else f"{step}. {shown} · {stored}"


def choices(values, label) -> list[tuple[str, str]]:
    return [(v, label(v)) for v in values]


class RolesPage(RowsPage):
    table_name = "plan_roles"
    watches = ("plan_roles", "members")

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [
            Col("role", translate("PlanPages", "Role"), width=140),
            Col("person", translate("PlanPages", "Person"), width=140,
                show=lambda v, row: v or row.get("member_name") or ""),
            Col("duties", translate("PlanPages", "Duties")),
        ], translate("PlanPages",
                     "Who does what: the role, the person (a member or a name), and the duties "
                     "with their rhythm (e.g. 每日巡群两次)."), parent)

        self.link_button = QPushButton(translate("PlanPages", "Link member…"), self)
        self.link_button.setToolTip(translate("PlanPages", "The person is a member of the "
                                                           "roster (or type a name)"))
        self.buttons.insertWidget(2, self.link_button)
        self.link_button.clicked.connect(self._on_link_clicked)

    def load_rows(self) -> list[dict[str, Any]]:
        return document.roles(self.ctx.conn, self.ctx.plan_id)

    def new_row(self) -> dict[str, Any]:
        return {"role": translate("PlanPages", "New role")}

    def _on_link_clicked(self) -> None:
        from PySide6.QtWidgets import QDialog

        from views.plan.member_finder import MemberFinder

        role_id = self.table.current_id()
        if role_id is None:
            return
        finder = MemberFinder(self.ctx, self)
        if finder.exec() == QDialog.DialogCode.Accepted and finder.member_id() is not None:
            self.link(role_id, finder.member_id())
        finder.deleteLater()

    def link(self, role_id: int, member_id: int) -> None:
        """The role is held by this member (the free-text name is cleared)."""
        self.edit(translate("PlanPages", "Link role to member"), role_id,
                  {"member_id": member_id, "person": None})

    def describe(self) -> str:
        return translate("PlanPages", "Edit role")


class RoadmapPage(RowsPage):
    table_name = "plan_stages"
    watches = ("plan_stages",)
    can_add = False

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [
            Col("step", translate("PlanPages", "Step"), "readonly", width=230,
                show=lambda v, row: _step_text(v)),
            Col("status", translate("PlanPages", "Status"), "choice",
                choices(document.STAGE_STATUSES, labels.stage_status), width=100),
            Col("starts_on", translate("PlanPages", "Starts"), "date", width=105),
            Col("due_on", translate("PlanPages", "Due"), "date", width=105),
            Col("notes", translate("PlanPages", "Notes")),
        ], translate("PlanPages",
                     "The seven steps of building a community, in order. Keep each step's status "
                     "and dates current; the notes say what it means for this community."), parent)

    def load_rows(self) -> list[dict[str, Any]]:
        # A step not stored yet gets the key -step: its first edit stores it.
        return [{**row, "id": row["id"] if row["id"] is not None else -row["step"]}
                for row in document.stages(self.ctx.conn, self.ctx.plan_id)]

    def edit(self, text: str, row_id: int, values: dict[str, Any]) -> None:
        if row_id > 0 or self.ctx.community_id is None:
            super().edit(text, row_id, values)
            return
        community_id, step = self.ctx.community_id, -row_id
        self.perform(text, lambda conn: document.edit_stage(conn, community_id, step, values))

    def describe(self) -> str:
        return translate("PlanPages", "Edit roadmap")
