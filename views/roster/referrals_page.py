"""The profile's "Referrals" tab: who invited this member (邀请人, editable), whom they
brought in, and their whole referral tree (read-only).

Choosing a referrer is a search over the roster (``models.members.roster.find_members``,
the roster's own search: name, nickname, pinyin, phone) and a click; "Clear" removes it.
Each is one undoable operation run by the profile's writer (``perform``); a circle (A
invites B invites A) or the member themselves is refused by the domain
(``models.members.referrals``) with the chain named.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.members import profile, referrals, roster
from models.store.workspace import Workspace
from views.roster import profile_hints as hints
from views.table_hint import set_empty_hint

#: ``perform(undo text, work)``: runs ``work`` as one undo step; False when refused (and said).
Perform = Callable[[str, Callable[[Any], Any]], bool]
HITS = 20


class ReferralsPage(QWidget):
    """Emits ``open_member_requested(id)`` for a referrer or an invitee double-clicked."""

    open_member_requested = Signal(int)

    def __init__(self, workspace: Workspace, member_id: int, name: str, perform: Perform,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsPage")
        self.workspace, self.member_id, self.name, self.perform = (workspace, member_id,
                                                                    name, perform)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.referrer_label = QLabel(self)
        self.referrer_label.setObjectName("referrerLabel")
        self.referrer_label.setTextFormat(Qt.TextFormat.RichText)
        self.referrer_label.linkActivated.connect(
            lambda link: self.open_member_requested.emit(int(link.split(":")[1])))
        self.clear_button = QPushButton(self.tr("Clear referrer"), self)
        self.clear_button.setObjectName("clearReferrer")
        self.clear_button.clicked.connect(lambda: self.set_referrer(None))
        top.addWidget(self.referrer_label, 1)
        top.addWidget(self.clear_button)
        layout.addLayout(top)

        self.search = QLineEdit(self)
        self.search.setObjectName("referrerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Set who invited them: type a name, nickname or phone"))
        self.hits = QListWidget(self)
        self.hits.setObjectName("referrerHits")
        self.hits.setMaximumHeight(110)
        self.hits.setVisible(False)
        self.hits.itemActivated.connect(self._on_hit_chosen)
        self.hits.itemClicked.connect(self._on_hit_chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.find)
        layout.addWidget(self.search)
        layout.addWidget(self.hits)

        self.count = QLabel(self)
        self.count.setObjectName("invitedCount")
        layout.addWidget(self.count)
        self.invited = QTableWidget(0, 2, self)
        set_empty_hint(self.invited, hints.invited())
        self.invited.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Joined")])
        self.invited.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.invited.verticalHeader().setVisible(False)
        self.invited.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.invited.horizontalHeader().setStretchLastSection(True)
        self.invited.cellDoubleClicked.connect(
            lambda r, _c: self.open_member_requested.emit(self._invited_ids[r]))
        layout.addWidget(self.invited, 1)
        self._invited_ids: list[int] = []
        self.refresh()

    def refresh(self) -> None:
        """Show the referrer and the invitees as the workspace holds them now."""
        conn = self.workspace.conn
        ref = profile.referrer(conn, self.member_id)
        self.referrer_label.setText(
            self.tr('Invited by <a href="member:{id}">{name}</a>').format(
                id=ref.id, name=ref.display_name.replace("<", "&lt;"))
            if ref else self.tr("Not invited by a member"))
        self.clear_button.setEnabled(ref is not None)
        total, people = profile.invited(conn, self.member_id)
        self.count.setText(self.tr("Brought in {count} member(s)").format(count=total))
        self._invited_ids = [p.id for p in people]
        self.invited.setRowCount(len(people))
        for r, p in enumerate(people):
            self.invited.setItem(r, 0, QTableWidgetItem(p.display_name))
            self.invited.setItem(r, 1, QTableWidgetItem((p.joined_at or "")[:10]))

    def find(self) -> None:
        """List the members matching the search box (never this member)."""
        self._timer.stop()
        text = self.search.text().strip()
        found = [h for h in roster.find_members(self.workspace.conn, text, limit=HITS + 1)
                 if h.id != self.member_id][:HITS] if text else []
        self.hits.clear()
        for hit in found:
            details = " · ".join(v for v in (hit.nickname, hit.city, hit.phone) if v)
            item = QListWidgetItem(f"{hit.display_name}  {details}".rstrip(), self.hits)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, hit.display_name)
        if text and not found:
            item = QListWidgetItem(self.tr("No member matches"), self.hits)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.hits.setVisible(bool(text))

    def _on_hit_chosen(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole)
        if member_id is not None:
            self.set_referrer(int(member_id), item.data(Qt.ItemDataRole.UserRole + 1))

    def set_referrer(self, referrer_id: int | None, referrer_name: str = "") -> bool:
        """Make ``referrer_id`` (None: nobody) the referrer, as one undo step."""
        member_id = self.member_id
        text = (self.tr("Referrer of {name}: {referrer}").format(name=self.name,
                                                                  referrer=referrer_name)
                if referrer_id is not None
                else self.tr("Clear the referrer of {name}").format(name=self.name))
        if not self.perform(text, lambda conn: referrals.set_referrer(conn, member_id,
                                                                      referrer_id)):
            return False
        self.search.clear()
        self.hits.clear()
        self.hits.setVisible(False)
        self.refresh()
        return True

