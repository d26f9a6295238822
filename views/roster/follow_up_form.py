"""The form a follow-up (跟进记录) is written in: channel, when, which community, what was
said, and the next contact day with quick picks (tomorrow, in 3 days, next week).

It only gathers values (``values()``); the timeline tab runs the write. ``load`` fills it
from a follow-up being edited; ``reset`` empties it for the next one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from models.members import follow_ups
from models.members.follow_ups import FollowUp
from views.roster import timeline_text


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FollowUpForm(QWidget):
    """Emits ``submitted`` when Add (or Save, while editing) is clicked, ``cancelled``
    when an edit is given up."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, communities: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpForm")
        #: The follow-up being edited (None: a new one).
        self.editing: FollowUp | None = None
        self.channel = QComboBox(self)
        self.channel.setObjectName("followUpChannel")
        for value in follow_ups.CHANNELS:
            self.channel.addItem(timeline_text.channel(value), value)
        self.at = QDateTimeEdit(self)
        self.at.setObjectName("followUpAt")
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.community = QComboBox(self)
        self.community.setObjectName("followUpCommunity")
        self.community.addItem(self.tr("(no community)"), None)
        for community_id, name in communities:
            self.community.addItem(name, community_id)
        if communities:
            self.community.setCurrentIndex(1)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("followUpNote")
        self.note.setPlaceholderText(self.tr(
            "What did you talk about? e.g. 问了孩子的课程安排，周六想来试听"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        self.has_next = QCheckBox(self.tr("planned for"), self)
        self.has_next.setObjectName("followUpHasNext")
        self.next_on = QDateEdit(self)
        self.next_on.setObjectName("followUpNextOn")
        self.next_on.setCalendarPopup(True)
        self.next_on.setDisplayFormat("yyyy-MM-dd")
        self.quick: dict[str, QToolButton] = {}
        next_row = QHBoxLayout()
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_on)
        for key, text in (("tomorrow", self.tr("Tomorrow")), ("in_3_days", self.tr("In 3 days")),
                          ("next_week", self.tr("Next week"))):
            button = QToolButton(self)
            button.setText(text)
            button.setObjectName(f"followUpNext_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.pick_next(k))
            self.quick[key] = button
            next_row.addWidget(button)
        next_row.addStretch(1)
        self.submit = QPushButton(self.tr("Add follow-up"), self)
        self.submit.setObjectName("addFollowUp")
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("cancelFollowUpEdit")
        self.cancel.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.channel)
        top.addWidget(self.at)
        top.addWidget(self.community, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.submit)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Contact"), top)
        layout.addRow(self.tr("Note"), self.note)
        layout.addRow(self.tr("Next contact"), next_row)
        layout.addRow(buttons)
        self.has_next.toggled.connect(self.next_on.setEnabled)
        self.submit.clicked.connect(self.submitted)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.reset()

    def today(self) -> date:
        return follow_ups.now_local().date()

    def pick_next(self, key: str) -> None:
        """A quick pick: the day it names, counted from today."""
        self.has_next.setChecked(True)
        self.next_on.setDate(qdate(follow_ups.quick_days(self.today())[key]))

    def reset(self) -> None:
        """Empty, for a new follow-up now (the channel and community kept)."""
        self.editing = None
        now = follow_ups.now_local()
        self.at.setDateTime(QDateTime(qdate(now.date()), QTime(now.hour, now.minute)))
        self.note.clear()
        self.has_next.setChecked(False)
        self.next_on.setEnabled(False)
        self.next_on.setDate(qdate(follow_ups.quick_days(now.date())["in_3_days"]))
        self.submit.setText(self.tr("Add follow-up"))
        self.cancel.setVisible(False)

    def load(self, follow_up: FollowUp) -> None:
        """Fill from ``follow_up`` to edit it."""
        self.editing = follow_up
        self.channel.setCurrentIndex(max(self.channel.findData(follow_up.channel), 0))
        self.at.setDateTime(QDateTime.fromString(follow_up.at[:16], "yyyy-MM-dd'T'HH:mm"))
        index = self.community.findData(follow_up.community_id)
        self.community.setCurrentIndex(index if index >= 0 else 0)
        self.note.setPlainText(follow_up.note)
        self.has_next.setChecked(follow_up.next_on is not None)
        self.next_on.setEnabled(follow_up.next_on is not None)
        if follow_up.next_on:
            self.next_on.setDate(QDate.fromString(follow_up.next_on, "yyyy-MM-dd"))
        self.submit.setText(self.tr("Save follow-up"))
        self.cancel.setVisible(True)
        self.note.setFocus()

    def values(self) -> dict[str, object]:
        """What the form holds, as ``follow_ups.add``/``edit`` take it (the time is the
        workspace zone's wall time, checked there)."""
        return {
            "channel": self.channel.currentData(),
            "at": self.at.dateTime().toString("yyyy-MM-dd'T'HH:mm:00"),
            "community_id": self.community.currentData(),
            "note": self.note.toPlainText(),
            "next_on": (self.next_on.date().toString("yyyy-MM-dd")
                        if self.has_next.isChecked() else None),
        }

    def _on_cancel_clicked(self) -> None:
        self.reset()
        self.cancelled.emit()
