"""Check-in mode, for the door: one big search box, Enter checks in the first match,
walk-ins are added on the spot, and the four numbers update at once.

Everything is local and immediate (no network at most venues); a lookup takes a few
milliseconds (see benchmarks/calendar.py), so results follow every keystroke.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import registrations as reg
from models.changes import Change
from models.events import get_event
from models.member_lookup import find_members
from views.calendar.labels import registration_label

ID_ROLE = Qt.ItemDataRole.UserRole


def _big(widget: QWidget, factor: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 9) * factor)
    widget.setFont(font)


class CheckInDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, event_id: int,
                 notify: Callable[[Change], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.conn, self.event_id, self.notify = conn, event_id, notify
        event = get_event(conn, event_id)
        assert event is not None
        self.community_id = event.community_id
        self.setWindowTitle(self.tr("Check-in — {title}").format(title=event.title))
        self.resize(900, 640)

        heading = QLabel(f"{event.title}\n{event.start:%Y-%m-%d %H:%M}"
                         f"{'  · ' + event.location if event.location else ''}", self)
        _big(heading, 1.4)
        self.numbers: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, caption) in enumerate((
                ("registered", self.tr("Registered")), ("checked_in", self.tr("Checked in")),
                ("walk_ins", self.tr("Walk-ins")), ("no_shows", self.tr("Not yet here")))):
            number = QLabel("0", self)
            number.setObjectName(f"count_{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            _big(number, 2.6)
            label = QLabel(caption, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, column)
            grid.addWidget(label, 1, column)
            self.numbers[key] = number

        self.search = QLineEdit(self)
        self.search.setObjectName("checkInSearch")
        self.search.setPlaceholderText(
            self.tr("Name, last digits of the phone, or pinyin (zxm) — Enter checks in"))
        self.search.setClearButtonEnabled(True)
        _big(self.search, 2.0)
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self._on_search_return)
        self.hits = QListWidget(self)
        self.hits.setObjectName("checkInHits")
        _big(self.hits, 1.5)
        self.hits.itemActivated.connect(self._on_hit_activated)

        self.feedback = QLabel(" ", self)
        self.feedback.setObjectName("checkInFeedback")
        _big(self.feedback, 1.5)
        self.walk_in_name = QLineEdit(self)
        self.walk_in_name.setPlaceholderText(self.tr("Name"))
        self.walk_in_phone = QLineEdit(self)
        self.walk_in_phone.setPlaceholderText(self.tr("Phone (optional)"))
        self.walk_in_button = QPushButton(self.tr("Add walk-in and check in"), self)
        self.walk_in_button.setObjectName("walkInButton")
        self.walk_in_button.clicked.connect(self._on_walk_in_clicked)
        walk_row = QHBoxLayout()
        walk_row.addWidget(QLabel(self.tr("Not in the list?"), self))
        walk_row.addWidget(self.walk_in_name, 1)
        walk_row.addWidget(self.walk_in_phone, 1)
        walk_row.addWidget(self.walk_in_button)
        self.undo_button = QPushButton(self.tr("Undo last check-in"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        walk_row.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.search)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(walk_row)
        self._last: int | None = None
        self.refresh_counts()
        self.search.setFocus()

    def refresh_counts(self) -> reg.Counts:
        counts = reg.counts(self.conn, self.event_id)
        for key, label in self.numbers.items():
            label.setText(str(getattr(counts, key)))
        return counts

    def check_in(self, member_id: int) -> reg.CheckInResult:
        result = reg.check_in(self.conn, self.event_id, member_id)
        name = self.conn.execute("SELECT display_name FROM members WHERE id = ?",
                                 (member_id,)).fetchone()[0]
        if result.outcome == "already":
            self._say(self.tr("{name} was already checked in at {time}.").format(
                name=name, time=result.checked_in_at[11:16]), "#b26a00")
        else:
            self._last = member_id
            self.undo_button.setEnabled(True)
            text = (self.tr("✓ {name} checked in (walk-in).") if result.outcome == "walk_in"
                    else self.tr("✓ {name} checked in.")).format(name=name)
            self._say(text, "#2e7d32")
            self.notify(result.change)
        self.refresh_counts()
        self.search.clear()
        self.search.setFocus()
        return result

    def _say(self, text: str, color: str) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(f"color: {color};")

    def _on_search_changed(self, text: str) -> None:
        self.hits.clear()
        hits = find_members(self.conn, text, 12, self.community_id, event_id=self.event_id)
        for hit in hits:
            if hit.checked_in_at and hit.registration != "cancelled":
                state = self.tr("checked in {time}").format(time=hit.checked_in_at[11:16])
            elif hit.registration:
                state = registration_label(hit.registration)
            else:
                state = self.tr("not signed up: walk-in")
            phone = f"…{hit.phone[-4:]}" if hit.phone else ""
            item = QListWidgetItem(f"{hit.display_name}   {phone}   · {state}", self.hits)
            item.setData(ID_ROLE, hit.id)
        if hits:
            self.hits.setCurrentRow(0)
        stripped = text.strip()
        if stripped.isdigit():
            self.walk_in_phone.setText(stripped)
            self.walk_in_name.clear()
        elif stripped and not stripped.isascii():
            self.walk_in_name.setText(stripped)
        if text and not hits:
            self._say(self.tr("Nobody found. Add them as a walk-in below."), "#b26a00")

    def _on_search_return(self) -> None:
        item = self.hits.currentItem()
        if item is not None:
            self.check_in(item.data(ID_ROLE))

    def _on_hit_activated(self, item: QListWidgetItem) -> None:
        self.check_in(item.data(ID_ROLE))

    def _on_walk_in_clicked(self) -> None:
        name = self.walk_in_name.text().strip()
        if not name:
            self._say(self.tr("Type the walk-in's name first."), "#c62828")
            self.walk_in_name.setFocus()
            return
        result = reg.walk_in(self.conn, self.event_id, name, self.walk_in_phone.text())
        self._last = result.member_id
        self.undo_button.setEnabled(True)
        self._say(self.tr("✓ {name} added and checked in (walk-in).").format(name=name), "#2e7d32")
        self.walk_in_name.clear()
        self.walk_in_phone.clear()
        self.notify(result.change)
        self.refresh_counts()
        self.search.clear()
        self.search.setFocus()

    def _on_undo_clicked(self) -> None:
        if self._last is None:
            return
        change = reg.undo_check_in(self.conn, self.event_id, self._last)
        self._last = None
        self.undo_button.setEnabled(False)
        self._say(self.tr("Check-in taken back."), "#555555")
        self.notify(change)
        self.refresh_counts()
