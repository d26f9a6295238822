"""A small dialog to pick the member a chat speaker is: type a name, phone or pinyin (the
calendar's member lookup, ``models.events.member_lookup``); Enter takes the first hit, Esc
closes. A speaker with several same-named members lists them before anything is typed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.events.member_lookup import find_members
from models.members.records import get_member

ID_ROLE = Qt.ItemDataRole.UserRole


def member_brief(conn: sqlite3.Connection, member_ids: Iterable[int]) -> dict[int, str]:
    """Name and what tells same-named members apart (nickname, mobile, WeChat id, city)."""
    briefs: dict[int, str] = {}
    for member_id in member_ids:
        m = get_member(conn, member_id)
        if m is None:
            continue
        extra = [x for x in (m.nickname if m.nickname != m.display_name else None, m.phone,
                             m.wechat_id, m.city) if x]
        briefs[member_id] = " · ".join([m.display_name, *extra[:2]]) if extra \
            else f"{m.display_name} · #{m.id}"
    return briefs


class MemberPicker(QDialog):
    """``member_id`` is the chosen member once accepted."""

    def __init__(self, conn: sqlite3.Connection, speaker_name: str,
                 candidates: Iterable[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatMemberPicker")
        self.setWindowTitle(self.tr("Link “{name}” to a member").format(name=speaker_name))
        self.resize(420, 360)
        self.conn = conn
        self.member_id: int | None = None
        self.label = ""
        self.candidates = member_brief(conn, candidates)
        self.search = QLineEdit(self)
        self.search.setObjectName("chatPickerSearch")
        self.search.setPlaceholderText(self.tr("Name, phone or pinyin, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self.accept)
        self.search.installEventFilter(self)
        self.hits = QListWidget(self)
        self.hits.setObjectName("chatPickerHits")
        self.hits.itemActivated.connect(lambda _: self.accept())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Link"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.search.setText(speaker_name if not self.candidates else "")
        self._on_search_changed(self.search.text())

    def _on_search_changed(self, text: str) -> None:
        self.hits.clear()
        if not text.strip():
            shown = list(self.candidates.items())
        else:
            shown = [(h.id, " · ".join(x for x in (h.display_name, h.nickname, h.phone) if x))
                     for h in find_members(self.conn, text, 30)]
        for member_id, label in shown:
            item = QListWidgetItem(label, self.hits)
            item.setData(ID_ROLE, member_id)
        if self.hits.count():
            self.hits.setCurrentRow(0)
        if self.hits.count():
            self.hint.setText(self.tr("↑ ↓ to choose, Enter to link, Esc to go back."))
        elif text.strip():
            self.hint.setText(self.tr("Nobody matches “{text}”. Try part of the name, the "
                                      "pinyin initials or the last digits of the phone.")
                              .format(text=text.strip()))
        else:
            self.hint.setText(self.tr("Type part of a name, a phone number or pinyin."))
        self.ok.setEnabled(self.hits.count() > 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Up and Down in the search box move through the hits, as the check-in box does.
        if watched is self.search and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.hits.count():
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.hits.currentRow() + step, 0), self.hits.count() - 1)
            self.hits.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def choose(self, member_id: int) -> None:
        """Select ``member_id`` among the hits (for tests and automation)."""
        for row in range(self.hits.count()):
            if self.hits.item(row).data(ID_ROLE) == member_id:
                self.hits.setCurrentRow(row)

    def accept(self) -> None:  # noqa: D102 - Qt override: keep the chosen member
        item = self.hits.currentItem()
        if item is None:
            return
        self.member_id = item.data(ID_ROLE)
        self.label = item.text()
        super().accept()
