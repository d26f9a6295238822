"""Find a member by typing (name, nickname, phone, pinyin) and pick one: for a need's
"raised by" and a role's person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.members import roster
from views.plan.context import PlanContext

translate = QCoreApplication.translate


class MemberFinder(QDialog):
    """Type a name, pick the member."""

    def __init__(self, ctx: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberFinder")
        self.ctx = ctx
        self.setWindowTitle(translate("PlanNeeds", "Link a member"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("PlanNeeds", "Name, nickname, phone or pinyin…"))
        self.hits = QListWidget(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hits)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _on_search_text_changed(self, text: str) -> None:
        self.hits.clear()
        for hit in roster.find_members(self.ctx.conn, text, 20, self.ctx.community_id):
            item = QListWidgetItem(hit.display_name, self.hits)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def member_id(self) -> int | None:
        item = self.hits.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
