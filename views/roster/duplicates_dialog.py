"""The roster's "Find duplicates…": records that are probably one person, why, and what to
do with each (compare and merge, or say they are two people).

The scan (``models.members.duplicates``) runs on a worker behind a progress dialog with
Cancel, on a read-only connection of its own, so a million-member roster stays responsive.
Every write (a merge, "not the same person") goes through the roster's writer: one undo step
each. "Merge all with the same phone…" opens its preview (``merge_all_dialog``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import Cancelled
from models.members import duplicates, merge_preview
from models.members.duplicates import Reason, Suggestion
from models.members.merge import merge
from models.store.connection import connect_readonly
from views.dialog_writer import add_undo_keys
from views.empty_state import EmptyState
from views.long_task import LongTask
from views.roster.merge_dialog import MERGE, NOT_SAME, MergeDialog

translate = QCoreApplication.translate


def reason_text(reason: Reason, value: str) -> str:
    """Why two records look like one person, in the user's words."""
    return {
        Reason.PHONE: translate("DuplicatesDialog", "Same phone {value}"),
        Reason.WECHAT: translate("DuplicatesDialog", "Same WeChat id {value}"),
        Reason.EMAIL: translate("DuplicatesDialog", "Same email {value}"),
        Reason.IDENTITY: translate(
            "DuplicatesDialog", "WeChat id {value}: one's own, the other's from a chat import"),
        Reason.NAME_CITY: translate("DuplicatesDialog", "Same name, both in {value}"),
        Reason.PINYIN_CITY: translate("DuplicatesDialog",
                                      "Names read the same, both in {value}"),
        Reason.PINYIN_PHONE_TAIL: translate("DuplicatesDialog",
                                            "Names read the same, phones end in {value}"),
        Reason.PINYIN_SOURCE: translate("DuplicatesDialog",
                                        "Names read the same, both from {value}"),
        Reason.PINYIN_COMMUNITY: translate("DuplicatesDialog",
                                           "Names read the same, both in the group {value}"),
    }[reason].format(value=value)


def _scan(path: Any, progress: Any) -> tuple[list[Suggestion], dict[int, str]]:
    """On the worker: the suggestions and the names of everyone in them."""
    conn = connect_readonly(path)
    try:
        found = duplicates.suggestions(conn, progress)
        return found, merge_preview.member_names(conn, (i for s in found for i in s.member_ids))
    finally:
        conn.close()


class DuplicatesDialog(QDialog):
    """Lists the suggestions of ``view``'s workspace (``view``: the roster tab)."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.view = view
        self.found: list[Suggestion] = []
        self.names: dict[int, str] = {}
        self.task: LongTask | None = None
        self.merge_dialog: MergeDialog | None = None
        self._place: Suggestion | None = None

        self.status = QLabel(self)
        self.status.setObjectName("duplicatesStatus")
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("duplicatesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Why"), self.tr("Records")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.compare_current)
        self.empty = EmptyState(self.tr("No likely duplicates"), self.tr(
            "No two records share a phone, WeChat id or email, and no names that read the "
            "same share a city, phone ending, source or group. Scan again after your next "
            "import."), None, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.compare_button = QPushButton(self.tr("Compare and merge…"), self)
        self.compare_button.setObjectName("compareDuplicates")
        self.compare_button.setDefault(True)
        self.not_same_button = QPushButton(self.tr("Not the same person"), self)
        self.not_same_button.setObjectName("notSameInList")
        self.merge_all_button = QPushButton(self.tr("Merge all with the same phone…"), self)
        self.merge_all_button.setObjectName("mergeAllPhone")
        self.rescan_button = QPushButton(self.tr("Scan again"), self)
        self.rescan_button.setObjectName("rescanDuplicates")
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        self.compare_button.clicked.connect(self.compare_current)
        self.not_same_button.clicked.connect(self.not_same_current)
        self.merge_all_button.clicked.connect(self.merge_all)
        self.rescan_button.clicked.connect(self.scan)

        buttons = QHBoxLayout()
        for button in (self.compare_button, self.not_same_button, self.merge_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rescan_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.resize(760, 480)
        self._set_busy(True)
        # Ctrl+Z here undoes the merge just made; the main window's Ctrl+Z (or any step
        # there) changes who is listed too. Every move of the stack is counted; the list
        # is scanned again unless it was this dialog's own step (the list follows that
        # itself, see _forget) or a scan started after it.
        self._moves = self._listed_at = 0
        add_undo_keys(self, view.undo_stack)
        view.undo_stack.indexChanged.connect(self._on_history_moved)

    # -- scanning ------------------------------------------------------------------------

    def scan(self) -> None:
        """Look for duplicates on a worker (progress and Cancel)."""
        self._set_busy(True)
        self._listed_at = self._moves
        self._place = self.current()
        self.status.setText(self.tr("Looking for records of one person…"))
        path = self.view.workspace.path
        self.task = LongTask(self, self.tr("Finding duplicates"),
                             lambda progress: _scan(path, progress),
                             lambda step: self.tr("Comparing names…") if step == "names"
                             else self.tr("Comparing phones, WeChat ids and emails…"))
        self.task.finished.connect(self._on_scanned)
        self.task.failed.connect(self._on_scan_failed)
        self.task.start()

    def _on_history_moved(self, _index: int = 0) -> None:
        self._moves += 1
        QTimer.singleShot(0, self, self._scan_if_stale)  # after the step's own bookkeeping

    def _scan_if_stale(self) -> None:
        """Scan again when the stack moved since the list was made; a scan running now
        started before the move, so its end looks again (``_on_scanned``)."""
        if self.task is None and self._moves != self._listed_at:
            self.scan()

    def _on_scanned(self, result: tuple[list[Suggestion], dict[int, str]]) -> None:
        self.task = None
        self.found, self.names = result
        place, self._place = self._place, None
        self._show(place)
        self._scan_if_stale()

    def _on_scan_failed(self, error: object) -> None:
        self.task = None
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Scan cancelled. Press “Scan again” to look again."))
            return
        raise error  # type: ignore[misc]  # a fault: to the window's error handler

    def _set_busy(self, busy: bool) -> None:
        for button in (self.compare_button, self.not_same_button, self.rescan_button):
            button.setEnabled(not busy)

    def _show(self, place: Suggestion | None = None) -> None:
        """Fill the table; ``place`` (the suggestion selected before a scan) is selected
        again, or the one now in its row when it is gone (merged, or undone away)."""
        keep = self.table.currentRow()
        if place is not None:
            keep = next((n for n, s in enumerate(self.found)
                        if s.member_ids == place.member_ids and s.reason is place.reason),
                       next((n for n, s in enumerate(self.found)
                             if set(s.member_ids) & set(place.member_ids)), keep))
        self._set_busy(False)
        self.table.setRowCount(len(self.found))
        for row, suggestion in enumerate(self.found):
            who = " · ".join(f"{self.names.get(i, '?')} #{i}" for i in suggestion.member_ids)
            for column, text in enumerate((reason_text(suggestion.reason, suggestion.value),
                                           who)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        has = bool(self.found)
        self.stack.setCurrentWidget(self.table if has else self.empty)
        self.compare_button.setEnabled(has)
        self.not_same_button.setEnabled(has)
        self.status.setText(self.tr("{count:,} possible duplicate(s). Compare each and merge, "
                                    "or say they are two people.").format(count=len(self.found))
                            if has else "")
        if has:
            self.table.selectRow(max(0, min(keep, len(self.found) - 1)))

    # -- acting on one suggestion ---------------------------------------------------------

    def current(self) -> Suggestion | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def compare_current(self) -> MergeDialog | None:
        """Open the side-by-side dialog on the selected suggestion's first two records."""
        suggestion = self.current()
        if suggestion is None:
            return None
        first, second = suggestion.member_ids[:2]
        self.merge_dialog = MergeDialog(self.view.workspace, first, second, self)
        self.merge_dialog.decided.connect(self._on_decided)
        self.merge_dialog.open()
        return self.merge_dialog

    def not_same_current(self) -> None:
        suggestion = self.current()
        if suggestion is not None:
            self._on_decided(NOT_SAME, *suggestion.member_ids[:2], {})

    def _on_decided(self, kind: str, kept: int, gone: int, choices: dict) -> None:
        if kind not in (MERGE, NOT_SAME):  # skip: the next one
            row = self.table.currentRow()
            if row + 1 < self.table.rowCount():
                self.table.selectRow(row + 1)
            return
        if not write_decision(self.view, kind, kept, gone, choices):
            return
        self._listed_at = self._moves  # the list follows its own step below, no scan
        if kind == MERGE:
            self._forget(gone, kept)
            self.names.update(merge_preview.member_names(self.view.workspace.conn, [kept]))
        else:
            self._forget(gone, None, pair=(kept, gone))
        row = max(0, min(self.table.currentRow(), len(self.found) - 1))
        self._show()
        if self.found:
            self.table.selectRow(row)

    def _forget(self, gone: int, kept: int | None, pair: tuple[int, int] | None = None) -> None:
        """Update the list without scanning again: a merged record is now the kept one; a
        pair said to be two people drops out."""
        updated = []
        for s in self.found:
            ids = list(s.member_ids)
            if pair is not None and set(pair) <= set(ids):
                ids.remove(gone)
            elif kept is not None and gone in ids:
                ids = list(dict.fromkeys(kept if i == gone else i for i in ids))
            if len(ids) > 1:
                updated.append(Suggestion(s.reason, tuple(ids), s.value))
        self.found = updated

    # -- merge all -------------------------------------------------------------------------

    def merge_all(self) -> QDialog:
        from views.roster.merge_all_dialog import MergeAllDialog

        dialog = MergeAllDialog(self.view, self)
        dialog.merged.connect(self.scan)
        dialog.open()
        return dialog


def write_decision(view: Any, kind: str, kept: int, gone: int, choices: dict) -> bool:
    """Write a merge or a "not the same person" through the roster ``view``'s writer, as
    one undo step; False when it was refused (the user was told why)."""
    found = merge_preview.member_names(view.workspace.conn, [kept, gone])
    # with the ids, as the list shows them: duplicates usually share the name
    names = {i: f"{found.get(i, '')} #{i}" for i in (kept, gone)}
    if kind == MERGE:
        text = translate("DuplicatesDialog", "Merge {gone} into {kept}").format(
            gone=names[gone], kept=names[kept])
        return view._perform(text, lambda c: merge(c, kept, gone, choices)) is not None
    text = translate("DuplicatesDialog", "Not the same person: {a} and {b}").format(
        a=names[kept], b=names[gone])
    return view._perform(text, lambda c: duplicates.mark_not_duplicates(c, kept, gone)) \
        is not None


def merge_selected(view: Any) -> MergeDialog | None:
    """The roster's "Merge the two selected…": the side-by-side dialog on them."""
    ids = view.selected_ids()
    if len(ids) != 2:
        return None
    dialog = MergeDialog(view.workspace, ids[0], ids[1], view)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.decided.connect(lambda kind, kept, gone, choices: kind in (MERGE, NOT_SAME)
                           and write_decision(view, kind, kept, gone, choices))
    dialog.open()
    return dialog


def find_duplicates(view: Any) -> DuplicatesDialog:
    """Open the dialog for the roster ``view`` and start the scan."""
    dialog = DuplicatesDialog(view)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.scan()
    return dialog


def duplicates_button(view: Any) -> QWidget:
    """The roster's "Find duplicates…" button."""
    button = QPushButton(translate("DuplicatesDialog", "Find duplicates…"), view)
    button.setObjectName("findDuplicates")
    button.clicked.connect(lambda: find_duplicates(view))
    return button
