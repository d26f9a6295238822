"""File > Import/Export Calendar: choosing the file, and saying what happened.

Export runs on a worker with its own read-only connection; import is one operation on
the window's connection (a calendar file holds at most thousands of events, well under a
second), undoable from the Edit menu (undo removes the events it added and puts back those
it changed), and refuses the whole file when any event cannot be read.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models.core.changes import Change
from models.members.communities import list_communities
from models.store.workspace import Workspace
from views.background import run_query
from views.calendar.tally_text import tally_text
from views.error_text import file_problem
from views.export_target import ask_save_path, offer_written
from views.operation_runner import Performer, describe

translate = QCoreApplication.translate


class ExportOptions(QDialog):
    """Which events go into the file: all or one community, optionally a date range."""

    def __init__(self, workspace: Workspace, community_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarExportOptions")
        self.setWindowTitle(translate("CalendarFiles", "Export calendar"))
        self.community = QComboBox(self)
        self.community.addItem(translate("CalendarFiles", "All communities"), None)
        for c in list_communities(workspace.conn):
            self.community.addItem(c.name, c.id)
        self.community.setCurrentIndex(max(self.community.findData(community_id), 0))
        self.limit = QCheckBox(translate("CalendarFiles", "Only events between"), self)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1), self)
        self.until = QDateEdit(today.addMonths(6), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.limit.toggled.connect(edit.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.until)
        form = QFormLayout()
        form.addRow(translate("CalendarFiles", "Community"), self.community)
        form.addRow(self.limit, dates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> dict:
        """Keyword arguments for ``exports.ics.export_calendar`` (end exclusive)."""
        chosen: dict = {"community_id": self.community.currentData()}
        if self.limit.isChecked():
            chosen["start"] = self.since.date().toPython()
            chosen["end"] = self.until.date().toPython() + timedelta(days=1)
        return chosen


def export_calendar_file(window: QMainWindow, workspace: Workspace,
                         community_id: int | None) -> None:
    scope = ExportOptions(workspace, community_id, window)
    if scope.exec() != QDialog.DialogCode.Accepted:
        return
    options = scope.options()
    path = ask_save_path(window, translate("CalendarFiles", "Export calendar"),
                         "qunzhu-calendar.ics",
                         translate("CalendarFiles", "iCalendar files (*.ics)"), ".ics")
    if path is None:
        return

    def work(conn):
        from exports.ics import export_calendar

        return export_calendar(conn, path, **options)

    window.statusBar().showMessage(translate("CalendarFiles", "Exporting the calendar…"))
    def done(summary) -> None:
        offer_written(window, path, translate(
            "CalendarFiles", "Exported to {path}: {events}").format(
                events=tally_text(summary.tally), path=path.name))
        if summary.notes:
            QMessageBox.information(
                window, translate("CalendarFiles", "Export calendar"),
                translate("CalendarFiles", "Not everything could be written:") + "\n"
                + _lines(list(summary.notes)))

    run_query(window, workspace.path, work, done,
              lambda error: QMessageBox.warning(
                  window, translate("CalendarFiles", "Export failed"),
                  file_problem(error, path, writing=True)))


def window_performer(window: QMainWindow, workspace: Workspace) -> Performer:
    """The window's runner for its own writes (imports): on its undo stack, telling every
    tab through ``window.apply_changes``."""
    return Performer(window.undo_stack, workspace.conn, window.apply_changes, source="import",
                     parent=window, on_error=lambda error: QMessageBox.warning(
                         window, translate("CalendarFiles", "Cannot undo"), describe(error)))


def import_calendar_file(window: QMainWindow, workspace: Workspace,
                         community_id: int | None) -> Change | None:
    name, _ = QFileDialog.getOpenFileName(
        window, translate("CalendarFiles", "Import calendar"), str(workspace.path.parent),
        translate("CalendarFiles", "iCalendar files (*.ics);;All files (*)"))
    if not name:
        return None
    return import_calendar_path(window, path=Path(name), community_id=community_id,
                                perform=window_performer(window, workspace))


def import_calendar_path(window: QMainWindow, *, path: Path, community_id: int | None,
                         perform: Performer) -> Change | None:
    """Import ``path`` as one undoable step (``perform``: the window's runner)."""
    from exports.ics_import import CalendarImportError, import_calendar

    title = translate("CalendarFiles", "Import calendar")
    try:
        data = path.read_bytes()
        report = perform.record(
            translate("CalendarFiles", "Import {name}").format(name=path.name),
            lambda conn: import_calendar(conn, data, community_id)).value
    except OSError as error:
        QMessageBox.warning(window, title, file_problem(error, path))
        return None
    except CalendarImportError as error:
        QMessageBox.warning(window, title, translate(
            "CalendarFiles", "Nothing was imported from {name}:\n\n{problems}").format(
                name=path.name, problems=_lines(error.problems)))
        return None
    text = translate("CalendarFiles",
                     "{events}: {created} new, {updated} updated, {unchanged} unchanged.").format(
        events=tally_text(report.tally), created=report.created, updated=report.updated,
        unchanged=report.unchanged)
    if report.notes:
        text += "\n\n" + translate("CalendarFiles", "Not everything could be kept:") + "\n" + \
            _lines(report.notes)
    QMessageBox.information(window, title, text)
    return report.change


def _lines(problems: list, shown: int = 20) -> str:
    """The first ``shown`` problems in the user's language, and how many more there are."""
    from desktop.calendar_messages import describe

    lines = [describe(p) for p in problems[:shown]]
    if len(problems) > shown:
        lines.append(translate("CalendarFiles", "… and {n} more").format(n=len(problems) - shown))
    return "\n".join(lines)
