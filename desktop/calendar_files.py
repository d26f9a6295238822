"""File > Import/Export Calendar: choosing the file, and saying what happened.

Export runs on a worker with its own read-only connection; import is one transaction on
the window's connection (a calendar file holds at most thousands of events, well under a
second), and refuses the whole file when any event cannot be read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from models.changes import Change
from models.workspace import Workspace
from views.background import run_query

translate = QCoreApplication.translate


def export_calendar_file(window: QMainWindow, workspace: Workspace,
                         community_id: int | None) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window, translate("CalendarFiles", "Export calendar"),
        str(workspace.path.parent / "qunzhu-calendar.ics"),
        translate("CalendarFiles", "iCalendar files (*.ics)"))
    if not name:
        return
    path = Path(name) if name.endswith(".ics") else Path(name + ".ics")

    def work(conn):
        from exports.ics import export_calendar

        return export_calendar(conn, path, community_id=community_id)

    window.statusBar().showMessage(translate("CalendarFiles", "Exporting the calendar…"))
    run_query(window, workspace.path, work,
              lambda summary: window.statusBar().showMessage(translate(
                  "CalendarFiles", "Exported {events} event(s) to {path}").format(
                      events=summary.events, path=path), 10_000),
              lambda error: QMessageBox.warning(
                  window, translate("CalendarFiles", "Export failed"), str(error)))


def import_calendar_file(window: QMainWindow, workspace: Workspace,
                         community_id: int | None) -> Change | None:
    name, _ = QFileDialog.getOpenFileName(
        window, translate("CalendarFiles", "Import calendar"), str(workspace.path.parent),
        translate("CalendarFiles", "iCalendar files (*.ics);;All files (*)"))
    if not name:
        return None
    return import_calendar_path(window, workspace, Path(name), community_id)


def import_calendar_path(window: QMainWindow, workspace: Workspace, path: Path,
                         community_id: int | None) -> Change | None:
    from exports.ics import CalendarImportError, import_calendar

    title = translate("CalendarFiles", "Import calendar")
    try:
        report = import_calendar(workspace.conn, path.read_bytes(), community_id)
    except OSError as error:
        QMessageBox.warning(window, title, f"{path}: {error.strerror or error}")
        return None
    except CalendarImportError as error:
        QMessageBox.warning(window, title, translate(
            "CalendarFiles", "Nothing was imported from {name}:\n\n{problems}").format(
                name=path.name, problems="\n".join(error.problems[:20])))
        return None
    text = translate("CalendarFiles", "{created} new, {updated} updated, {unchanged} unchanged.")\
        .format(created=report.created, updated=report.updated, unchanged=report.unchanged)
    if report.notes:
        text += "\n\n" + translate("CalendarFiles", "Not everything could be kept:") + "\n" + \
            "\n".join(report.notes[:20])
    QMessageBox.information(window, title, text)
    return report.change
