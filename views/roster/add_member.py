"""Adding one member by hand: the profile form, a community to join, validation as you type."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from models.members.communities import list_communities
from models.store.workspace import Workspace
from views.roster.member_form import MemberForm


class AddMemberDialog(QDialog):
    def __init__(self, workspace: Workspace, community_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addMemberDialog")
        self.setWindowTitle(self.tr("Add member"))
        self.resize(560, 620)
        self.form = MemberForm(workspace, parent=self)
        self.community = QComboBox(self)
        self.community.setObjectName("addMemberCommunity")
        self.community.addItem(self.tr("(no community)"), None)
        for community in list_communities(workspace.conn):
            self.community.addItem(community.name, community.id)
        self.community.setCurrentIndex(max(self.community.findData(community_id), 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(self.ok_button.setEnabled)
        self.ok_button.setEnabled(False)
        joins = QFormLayout()
        joins.addRow(self.tr("Joins community"), self.community)
        layout = QVBoxLayout(self)
        layout.addLayout(joins)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)

    def community_id(self) -> int | None:
        return self.community.currentData()

    def _on_accepted(self) -> None:
        if self.form.validate():
            self.accept()
