"""File > Import Members and File > Export Roster: the wizard, and the roster written to
xlsx as the table shows it (filters, search, sort) on a worker with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models.core.clock import stamp
from models.core.errors import Cancelled
from models.core.vocab import Lifecycle
from models.members import roster
from models.store.workspace import Workspace
from views import labels
from views.error_text import file_problem
from views.export_target import ask_save_path, offer_written
from views.long_task import LongTask

translate = QCoreApplication.translate


def open_import_wizard(window: QMainWindow, workspace: Workspace,
                       community_id: int | None, path: Path | None = None) -> QDialog:
    """The wizard, non-blocking (modal over the window); on ``path`` when given (a file
    opened with ``qunzhu FILE`` or dropped on the window)."""
    from views.member_import.wizard import ImportWizard

    wizard = ImportWizard(workspace, community_id, window, path,
                          undo_stack=window.undo_stack,  # type: ignore[attr-defined]
                          notify=window.apply_changes)  # type: ignore[attr-defined]
    wizard.setModal(True)
    # Gone when closed, with what it read: the window kept every wizard (and file) before.
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def roster_headers() -> dict[str, str]:
    """The export's column headers in the user's language (the import reads both)."""
    return {
        "id": "ID",
        "display_name": translate("RosterExport", "Name"),
        "nickname": translate("RosterExport", "Nickname"),
        "phone": translate("RosterExport", "Mobile"),
        "wechat_id": translate("RosterExport", "WeChat id"),
        "email": translate("RosterExport", "Email"),
        "gender": translate("RosterExport", "Gender"),
        "city": translate("RosterExport", "City"),
        "source": translate("RosterExport", "Source"),
        "referrer": translate("RosterExport", "Referrer"),
        "lifecycle": translate("RosterExport", "Stage"),
        "tags_text": translate("RosterExport", "Tags"),
        "communities_text": translate("RosterExport", "Communities"),
        "points": translate("RosterExport", "Points"),
        "honours_text": translate("RosterExport", "Honours"),
        "joined_at": translate("RosterExport", "Joined"),
        "last_active_at": translate("RosterExport", "Last active"),
        "notes": translate("RosterExport", "Notes"),
    }


def value_labels() -> dict[str, dict[str, str]]:
    return {"lifecycle": {stage.value: labels.lifecycle(stage.value) for stage in Lifecycle},
            "gender": {"男": labels.gender("男"), "女": labels.gender("女")}}


class ExportRosterDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportRosterDialog")
        self.setWindowTitle(translate("RosterExport", "Export roster"))
        text = QLabel(translate("RosterExport", "{count:,} member(s), as the roster shows them "
                                                "now (filters, search and order).")
                      .format(count=count), self)
        text.setWordWrap(True)
        self.mask = QCheckBox(translate("RosterExport", "Mask personal data (138****5678, 张*; "
                                                        "no notes, no ID column)"), self)
        self.mask.setObjectName("exportMask")
        self.mask.setToolTip(translate(
            "RosterExport", "Phone numbers, ID numbers, emails, QQ numbers and WeChat ids typed "
                            "into any other field (source, city, tags…) are masked too."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.mask)
        layout.addWidget(buttons)


def export_roster_file(window: QMainWindow, workspace: Workspace, roster_view) -> None:
    flt = roster_view.current_filter()
    sort = roster_view.model.sort_key
    dialog = ExportRosterDialog(roster.count(workspace.conn, flt), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    path = ask_save_path(window, translate("RosterExport", "Export roster"),
                         f"qunzhu-roster-{stamp()}.xlsx",
                         translate("RosterExport", "Excel workbooks (*.xlsx)"), ".xlsx")
    if path is None:
        return
    start_roster_export(window, workspace, path, flt, sort, dialog.mask.isChecked())


def start_roster_export(window: QMainWindow, workspace: Workspace, path: Path,
                        flt: roster.RosterFilter, sort: roster.RosterSort,
                        mask: bool) -> LongTask:
    from exports.roster import RosterExport, export_roster

    spec = RosterExport(flt, sort, mask=mask, headers=roster_headers(), labels=value_labels(),
                        sheet_title=translate("RosterExport", "Members"),
                        yes_no=(translate("RosterExport", "Yes"), translate("RosterExport", "No")))

    def work(progress):
        conn = workspace.reader()
        try:
            return export_roster(conn, path, spec, progress)
        finally:
            conn.close()

    def finished(summary) -> None:
        offer_written(window, path, translate(
            "RosterExport", "Exported {count:,} member(s) to {path}").format(
                count=sum(summary.rows.values()), path=path.name))

    def failed(error: Exception) -> None:
        if isinstance(error, Cancelled):
            window.statusBar().showMessage(translate(
                "RosterExport", "Export cancelled; no file was written."), 10_000)
            return
        QMessageBox.warning(window, translate("RosterExport", "Export failed"),
                            file_problem(error, path, writing=True))

    task = LongTask(window, translate("RosterExport", "Exporting the roster…"), work,
                    lambda step: translate("RosterExport", "Writing rows…"))
    task.finished.connect(finished)
    task.failed.connect(failed)
    task.start()
    return task
