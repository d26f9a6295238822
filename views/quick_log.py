"""Log an interaction by hand (Ctrl+L on the roster and a profile): kind, day (today in the
workspace's zone by default, a time optional), community, amount for a purchase, note.

The dialog only collects; ``QuickLogEntry.work(ids)`` is the domain call
(``models.activity.quick_log.log_interactions``) the caller runs as one undo step. The
domain refuses what the dialog cannot prevent (a day after today, an amount on another
kind) and the caller says why.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.activity import quick_log
from models.core import zones
from models.core.vocab import ActivityKind
from views import labels

translate = QCoreApplication.translate
#: Above this many members the roster logs on a worker, behind a progress dialog.
LONG_SELECTION = 10_000


@dataclass(frozen=True)
class QuickLogEntry:
    kind: str
    occurred_at: datetime
    community_id: int | None
    amount_fen: int | None
    note: str

    def work(self, member_ids: Sequence[int]) -> Callable[[sqlite3.Connection], object]:
        ids = list(member_ids)
        return lambda conn: quick_log.log_interactions(
            conn, ids, self.kind, self.occurred_at, self.community_id, self.amount_fen,
            self.note)


def long_operation(entry: QuickLogEntry, member_ids: Sequence[int]) -> Callable:
    """For ``perform_long``: the recorded operation on the worker's connection; Cancel
    interrupts SQLite between two steps of the one INSERT (all of it rolls back)."""
    from models.core.errors import Cancelled
    from models.store.operations import recorded

    operation = recorded(entry.work(member_ids))

    def run(conn: sqlite3.Connection, progress: Callable[[str, int, int], bool]) -> object:
        conn.set_progress_handler(lambda: 0 if progress("log", 0, 0) else 1, 100_000)
        try:
            return operation(conn)
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise Cancelled() from error
            raise
        finally:
            conn.set_progress_handler(None, 0)
    return run


def log_text(entry: QuickLogEntry, count: int, name: str = "") -> str:
    """The undo step's name: "Log 发言 for 张三" / "Log 发言 for 1,200 member(s)"."""
    kind = labels.activity_kind(entry.kind)
    if count == 1 and name:
        return translate("QuickLog", "Log {kind} for {name}").format(kind=kind, name=name)
    return translate("QuickLog", "Log {kind} for {count:,} member(s)").format(
        kind=kind, count=count)


class QuickLogDialog(QDialog):
    """``communities``: (id, name) pairs to offer, ``current`` chosen first (None: outside
    any community); ``who``: the member's name, or empty for a selection."""

    def __init__(self, conn: sqlite3.Connection, member_ids: Sequence[int],
                 communities: Sequence[tuple[int, str]], current: int | None,
                 parent: QWidget | None = None, *, who: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("quickLogDialog")
        self.setWindowTitle(translate("QuickLog", "Log interaction"))
        self.setMinimumWidth(380)
        self.member_ids = list(member_ids)
        heading = QLabel(who or translate("QuickLog", "{count:,} selected member(s)").format(
            count=len(self.member_ids)), self)
        heading.setObjectName("quickLogWho")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.kind = QComboBox(self)
        self.kind.setObjectName("quickLogKind")
        self.kind.setEditable(True)
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind.lineEdit().setPlaceholderText(translate("QuickLog", "or type a new kind"))
        builtin = set(quick_log.builtin_kinds())
        for value in quick_log.offered_kinds(conn):
            if value == ActivityKind.ATTEND:
                continue  # check-ins come from events, not from here
            self.kind.addItem(labels.activity_kind(value) if value in builtin else value, value)
        self.today = zones.today(conn)
        self.day = QDateEdit(QDate(self.today), self)
        self.day.setObjectName("quickLogDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate(self.today))
        self.at_time = QCheckBox(translate("QuickLog", "at"), self)
        self.at_time.setObjectName("quickLogHasTime")
        self.time = QTimeEdit(QTime.currentTime(), self)
        self.time.setObjectName("quickLogTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.at_time)
        when.addWidget(self.time)
        when.addStretch(1)
        self.community = QComboBox(self)
        self.community.setObjectName("quickLogCommunity")
        for community_id, name in communities:
            self.community.addItem(name, community_id)
        self.community.addItem(translate("QuickLog", "(no community)"), None)
        index = self.community.findData(current) if current is not None else 0
        self.community.setCurrentIndex(max(index, 0))
        self.amount = QDoubleSpinBox(self)
        self.amount.setObjectName("quickLogAmount")
        self.amount.setDecimals(2)
        self.amount.setRange(0, 10_000_000)
        self.amount.setPrefix("¥")
        self.note = QLineEdit(self)
        self.note.setObjectName("quickLogNote")
        self.note.setMaxLength(quick_log.NOTE_MAX)
        self.note.setPlaceholderText(translate("QuickLog", "what happened (optional)"))

        form = QFormLayout()
        form.addRow(translate("QuickLog", "Kind"), self.kind)
        form.addRow(translate("QuickLog", "Date"), when)
        form.addRow(translate("QuickLog", "Community"), self.community)
        form.addRow(translate("QuickLog", "Amount"), self.amount)
        form.addRow(translate("QuickLog", "Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.kind.editTextChanged.connect(self._on_kind_changed)
        self.at_time.toggled.connect(self.time.setEnabled)
        self._on_kind_changed()

    def kind_value(self) -> str:
        """The stored kind: a listed one's value, or the text typed."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text)
        return str(self.kind.itemData(index)) if index >= 0 else text

    def _on_kind_changed(self, *_: object) -> None:
        purchase = self.kind_value() == ActivityKind.PURCHASE
        self.amount.setEnabled(purchase)
        if not purchase:
            self.amount.setValue(0)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.kind_value()))

    def entry(self) -> QuickLogEntry:
        day: date = self.day.date().toPython()
        at: time | None = self.time.time().toPython() if self.at_time.isChecked() else None
        kind = self.kind_value()
        fen = round(self.amount.value() * 100) if kind == ActivityKind.PURCHASE else None
        return QuickLogEntry(kind, datetime.combine(day, at or time(12, 0)),
                             self.community.currentData(), fen, self.note.text())


def open_for_selection(view: Any) -> QuickLogDialog | None:
    """The dialog for the ``RosterView``'s selection, every community offered, the
    toolbar's first; on OK ``log_selection`` runs it. None when nothing is selected."""
    from PySide6.QtCore import Qt

    from models.members import records
    from models.members.communities import list_communities

    ids = view.selected_ids()
    if not ids:
        return None
    conn = view.workspace.conn
    one = records.get_member(conn, ids[0]) if len(ids) == 1 else None
    dialog = QuickLogDialog(conn, ids, [(c.id, c.name) for c in list_communities(conn)],
                            view.community_id, view,
                            who=one.display_name if one is not None else "")
    dialog.accepted.connect(lambda: log_selection(view, dialog))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def log_selection(view: Any, dialog: QuickLogDialog) -> None:
    """Run the roster's accepted dialog: one undo step through ``view._perform``, or for
    over ``LONG_SELECTION`` members on a worker (``perform_long``) behind a progress
    dialog whose Cancel rolls the whole log back. ``view`` is the ``RosterView``."""
    from PySide6.QtWidgets import QMessageBox

    from models.core.errors import Cancelled
    from views.operation_runner import perform_long
    from views.tab_writer import REFUSED, refusal_text

    entry, ids = dialog.entry(), dialog.member_ids
    who = dialog.findChild(QLabel, "quickLogWho")
    text = log_text(entry, len(ids), who.text() if len(ids) == 1 and who else "")
    if len(ids) <= LONG_SELECTION:
        view._perform(text, entry.work(ids))
        return

    def failed(error: Exception) -> None:
        if isinstance(error, Cancelled):
            return
        if not isinstance(error, REFUSED):
            raise error
        QMessageBox.warning(view, translate("RosterView", "Not saved"), refusal_text(error))

    perform_long(view, view.undo_stack, view.workspace.conn, view.workspace.path, text,
                 long_operation(entry, ids), view._notify, source=view.SOURCE,
                 describe_step=lambda _step: text, on_failed=failed,
                 on_error=view.writer.undo_failed)
