"""The profile's "Communities" tab: each membership with its role and leaving, and the
controls that change them (role, 退群 with a day and a reason, rejoining).

Every change is one undo step through the profile's writer (``perform``); the table is read
again after each, so the tab shows what the workspace now holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.vocab import Role
from models.members import memberships, profile
from models.store.workspace import Workspace
from views import labels
from views.roster import profile_hints as hints
from views.table_hint import set_empty_hint

#: Runs ``work`` as one undo step named ``text``; False when refused (and said).
Perform = Callable[[str, Callable], bool]


class MembershipsTab(QWidget):
    def __init__(self, workspace: Workspace, member_id: int, who: str, perform: Perform,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileMemberships")
        self.rows: list[profile.MembershipRow] = []
        self.workspace, self.member_id, self.who, self.perform = (
            workspace, member_id, who, perform)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("membershipsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Community"), self.tr("Role"), self.tr("Status"), self.tr("Joined"),
            self.tr("Left"), self.tr("Reason for leaving")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        set_empty_hint(self.table, hints.communities())

        self.role = QComboBox(self)
        self.role.setObjectName("membershipRole")
        for role in Role:
            self.role.addItem(labels.role(role), role.value)
        self.set_role_button = QPushButton(self.tr("Set role"), self)
        self.set_role_button.setObjectName("setRole")
        self.left_on = QDateEdit(QDate.currentDate(), self)
        self.left_on.setObjectName("leftOn")
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat("yyyy-MM-dd")
        self.left_reason = QLineEdit(self)
        self.left_reason.setObjectName("leftReason")
        self.left_reason.setPlaceholderText(self.tr("why, e.g. 换城市了 or 不感兴趣"))
        self.leave_button = QPushButton(self.tr("Record leaving"), self)
        self.leave_button.setObjectName("recordLeaving")
        self.rejoin_button = QPushButton(self.tr("Mark as rejoined"), self)
        self.rejoin_button.setObjectName("rejoin")
        self.rejoin_button.setToolTip(self.tr(
            "Back in the group: clears the leaving day and its reason"))

        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.set_role_button)
        leave_row = QHBoxLayout()
        leave_row.addWidget(self.left_on)
        leave_row.addWidget(self.left_reason, 1)
        leave_row.addWidget(self.leave_button)
        leave_row.addWidget(self.rejoin_button)
        form = QFormLayout()
        self.selected_label = QLabel(self)
        form.addRow(self.tr("Selected"), self.selected_label)
        form.addRow(self.tr("Role"), role_row)
        form.addRow(self.tr("Left on (退群)"), leave_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)

        self.table.itemSelectionChanged.connect(self._on_selection)
        self.set_role_button.clicked.connect(self.set_role)
        self.leave_button.clicked.connect(self.record_leave)
        self.rejoin_button.clicked.connect(self.rejoin)
        self.reload()

    def reload(self) -> None:
        """Read the memberships again, keeping the selected community selected."""
        current = self.current()
        keep = current.community_id if current else None
        self.rows = profile.memberships(self.workspace.conn, self.member_id)
        self.table.setRowCount(len(self.rows))
        for r, m in enumerate(self.rows):
            for c, value in enumerate([m.community, labels.role(m.role),
                                       labels.membership_status(
                                           memberships.standing(m.status, m.left_at)),
                                       m.joined_at[:10],
                                       (m.left_at or "")[:10], m.left_reason or ""]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        at = next((i for i, m in enumerate(self.rows) if m.community_id == keep), 0)
        if self.rows:
            self.table.selectRow(at)
        self._on_selection()

    def current(self) -> profile.MembershipRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _on_selection(self) -> None:
        m = self.current()
        for widget in (self.role, self.set_role_button, self.left_on, self.left_reason,
                       self.leave_button):
            widget.setEnabled(m is not None)
        self.rejoin_button.setEnabled(bool(m and m.left_at))
        self.selected_label.setText(m.community if m else self.tr("no community"))
        if m is None:
            return
        self.role.setCurrentIndex(max(self.role.findData(m.role), 0))
        if m.left_at:
            self.left_on.setDate(QDate.fromString(m.left_at[:10], "yyyy-MM-dd"))
            self.left_reason.setText(m.left_reason or "")
        else:
            self.left_on.setDate(QDate.currentDate())
            self.left_reason.clear()

    # -- writes ------------------------------------------------------------------------

    def set_role(self) -> bool:
        m, role = self.current(), self.role.currentData()
        if m is None or role == m.role:
            return False
        member_id = self.member_id
        return self._run(self.tr("{name}: {role} in {community}").format(
            name=self.who, role=labels.role(role), community=m.community),
            lambda conn: memberships.set_role(conn, [member_id], m.community_id, role))

    def record_leave(self) -> bool:
        m = self.current()
        if m is None:
            return False
        member_id, day = self.member_id, self.left_on.date().toString("yyyy-MM-dd")
        reason = self.left_reason.text()
        return self._run(self.tr("{name} left {community}").format(
            name=self.who, community=m.community),
            lambda conn: memberships.record_leave(conn, member_id, m.community_id, day,
                                                  reason))

    def rejoin(self) -> bool:
        m = self.current()
        if m is None or not m.left_at:
            return False
        member_id = self.member_id
        return self._run(self.tr("{name} rejoined {community}").format(
            name=self.who, community=m.community),
            lambda conn: memberships.rejoin(conn, member_id, m.community_id))

    def _run(self, text: str, work) -> bool:
        done = self.perform(text, work)
        if done:
            self.reload()
        return done
