"""The trash (View > Trash): deleted members wait here until restored or emptied for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core.changes import Change
from models.members import records
from models.members.roster import RosterFilter
from models.store.workspace import Workspace
from views.operation_runner import Notify
from views.roster.table_model import RosterTableModel
from views.tab_writer import TabWriter


class TrashDialog(QDialog):
    """Restores (undoable) and empties (not undoable) through ``self.writer``."""

    SOURCE = "trash"

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, notify: Notify,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.resize(900, 520)
        self.workspace, self.undo_stack, self.notify = workspace, undo_stack, notify
        # Its own source: the roster tab did not write these, so it refreshes.
        self.writer = TabWriter(workspace, undo_stack, notify, self.SOURCE, self)
        self.model = RosterTableModel(workspace, self)
        self.table = QTableView(self)
        self.table.setObjectName("trashTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.info = QLabel(self)
        self.info.setObjectName("trashInfo")
        self.info.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreMembers")
        self.erase_button = QPushButton(self.tr("Erase personal data…"), self)
        self.erase_button.setObjectName("eraseSelected")
        self.empty_button = QPushButton(self.tr("Empty trash…"), self)
        self.empty_button.setObjectName("emptyTrash")
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        self.restore_button.clicked.connect(self.restore_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.model.count_known.connect(self._on_count_known)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.erase_button, self.empty_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_query(RosterFilter(trash=True))
        self._update_buttons()

    def apply_changes(self, change: Change) -> None:
        if change.touches("members"):
            self.reload()

    def _on_count_known(self, total: int) -> None:
        self.info.setText(self.tr(
            "{count:,} member(s) in the trash. Restore brings them back with their history; "
            "emptying the trash deletes them and their history for good.").format(count=total)
            if total else self.tr("The trash is empty. Deleted members wait here until you "
                                  "restore them or empty the trash."))
        self.empty_button.setEnabled(total > 0)

    def _update_buttons(self, *_: object) -> None:
        picked = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(picked)
        self.erase_button.setEnabled(picked)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [m for m in (self.model.member_id(r) for r in rows) if m is not None]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.writer.do(self.tr("Restore {count:,} member(s)").format(count=len(ids)),
                           lambda conn: records.set_deleted(conn, ids, False))

    def empty_trash(self) -> None:
        total = records.trash_count(self.workspace.conn)
        answer = QMessageBox.warning(
            self, self.tr("Empty trash"),
            self.tr("Delete {count:,} member(s) and their history for good? This cannot be "
                    "undone.").format(count=total),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            # The stack goes: its steps may bring back or edit the members deleted now.
            self.writer.do_irreversible(self.tr("Empty trash"), records.empty_trash)
            self.reload()

    def erase_selected(self) -> None:
        from views.roster.erasure import erase_members

        ids = self.selected_ids()
        if not ids:
            return
        message = self.tr(
            "Erase the name, contact details, notes and tags of {count:,} member(s) everywhere "
            "in this workspace, search index included? Their anonymous history stays. This "
            "cannot be undone.").format(count=len(ids))
        if erase_members(self, self.writer, ids, message):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.reload()
