"""The needs backlog (需求池): needs by priority (urgency x importance), with who raised
them, filtered by status. "Link member…" ties a need to the member who asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QWidget

from models.core.vocab import NeedKind, NeedStatus
from models.plan import needs
from views import tones
from views.plan import labels
from views.plan.context import PlanContext
from views.plan.member_finder import MemberFinder
from views.plan.pages import RowsPage, choices
from views.plan.row_table import Col

translate = QCoreApplication.translate



class NeedsPage(RowsPage):
    table_name = "needs"
    owner = "community"
    watches = ("needs", "members")

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, [
            Col("priority", translate("PlanNeeds", "Priority"), "readonly", width=60),
            Col("text", translate("PlanNeeds", "Need"), width=240),
            Col("kind", translate("PlanNeeds", "Kind"), "choice",
                choices([k.value for k in NeedKind], labels.need_kind), width=70),
            Col("urgency", translate("PlanNeeds", "Urgency"), "score", width=60),
            Col("importance", translate("PlanNeeds", "Importance"), "score", width=75),
            Col("status", translate("PlanNeeds", "Status"), "choice",
                choices([s.value for s in NeedStatus], labels.need_status), width=80),
            Col("member", translate("PlanNeeds", "Raised by"), "readonly", width=90),
            Col("source", translate("PlanNeeds", "Source"), width=100),
            Col("community", translate("PlanNeeds", "Community"), "readonly", width=90),
            Col("created_at", translate("PlanNeeds", "Collected"), "readonly",
                show=lambda v, row: (v or "")[:10]),
        ], translate("PlanNeeds",
                     "Needs collected from members or research. Priority = urgency (1-5) x "
                     "importance (1-5); common needs (共性) shape the plan, individual ones (个性) "
                     "are answered one by one."), parent)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("needStatusFilter")
        self.status_filter.addItem(translate("PlanNeeds", "Open (new and planned)"),
                                   ("new", "planned"))
        self.status_filter.addItem(translate("PlanNeeds", "All"), ())
        for s in NeedStatus:
            self.status_filter.addItem(labels.need_status(s.value), (s.value,))
        self.counts = QLabel(self)
        self.link_button = QPushButton(translate("PlanNeeds", "Link member…"), self)
        self.buttons.insertWidget(2, self.link_button)
        self.buttons.addWidget(self.status_filter)
        self.layout_.insertWidget(1, self.counts)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.link_button.clicked.connect(self._on_link_clicked)
        self.shown: list[needs.Need] = []

    def load_rows(self) -> list[dict[str, Any]]:
        statuses = tuple(self.status_filter.currentData() or ())
        self.shown = needs.list_needs(self.ctx.conn, self.ctx.community_id, statuses)
        return [{**n.__dict__, "priority": n.priority} for n in self.shown]

    def reload(self) -> None:
        rows = self.load_rows()
        self.table.set_rows(rows)
        for r, need in enumerate(self.shown):
            fill, text = tones.tint(needs.priority_band(need.priority))
            item = self.table.item(r, 0)
            item.setBackground(fill)
            item.setForeground(text)
        counts = needs.counts_by_status(self.ctx.conn, self.ctx.community_id)
        self.counts.setText(" · ".join(f"{labels.need_status(s.value)} {counts.get(s.value, 0)}"
                                       for s in NeedStatus))
        self.add_button.setEnabled(self.ctx.community_id is not None)

    def new_row(self) -> dict[str, Any]:
        return {"text": translate("PlanNeeds", "New need"), "kind": NeedKind.COMMON.value,
                "urgency": 3, "importance": 3, "status": NeedStatus.NEW.value}

    def describe(self) -> str:
        return translate("PlanNeeds", "Edit need")

    def _on_link_clicked(self) -> None:
        need_id = self.table.current_id()
        if need_id is None:
            return
        finder = MemberFinder(self.ctx, self)
        if finder.exec() == QDialog.DialogCode.Accepted and finder.member_id() is not None:
            self.link(need_id, finder.member_id())
        finder.deleteLater()

    def link(self, need_id: int, member_id: int | None) -> None:
        self.edit(translate("PlanNeeds", "Link need to member"), need_id,
                  {"member_id": member_id})
