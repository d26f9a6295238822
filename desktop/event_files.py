"""File > Export Events (.xlsx): which events (a community, a date range), where, then the
workbook written on a worker with its own read-only connection: one row per occurrence with
its registrations, attendance and cost against budget (``exports/event_sheet.py``)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from desktop.calendar_files import ExportOptions
from models.store.workspace import Workspace
from views.background import run_query
from views.error_text import file_problem
from views.export_target import ask_save_path, offer_written

translate = QCoreApplication.translate


def export_events_file(window: QMainWindow, workspace: Workspace, community_id: int | None,
                       ) -> None:
    scope = ExportOptions(workspace, community_id, window)
    scope.setObjectName("eventsExportOptions")
    scope.setWindowTitle(translate("EventFiles", "Export events"))
    scope.limit.setText(translate("EventFiles", "Only occurrences between"))
    if scope.exec() != QDialog.DialogCode.Accepted:
        return
    chosen = scope.options()
    since: date | None = chosen.get("start")
    until: date | None = chosen["end"] - timedelta(days=1) if "end" in chosen else None
    path = ask_save_path(window, translate("EventFiles", "Export events"), "qunzhu-events.xlsx",
                         translate("EventFiles", "Excel workbook (*.xlsx)"), ".xlsx")
    if path is None:
        return
    words = _words()

    def work(conn):
        from exports.event_sheet import export_events
        from models.events.occurrence_lines import default_range, occurrence_lines

        first, last = default_range(conn, since, until)
        lines = occurrence_lines(conn, first, last, chosen["community_id"])
        export_events(path, lines, words)
        return len(lines)

    def done(count: int) -> None:
        offer_written(window, path, translate(
            "EventFiles", "Exported {count} occurrence(s) to {name}").format(
                count=count, name=path.name))

    window.statusBar().showMessage(translate("EventFiles", "Exporting events…"))
    run_query(window, workspace.path, work, done, lambda error: QMessageBox.warning(
        window, translate("EventFiles", "Export failed"),
        file_problem(error, path, writing=True)))


def _words():
    """The workbook's words, made here on the UI thread (translations are read here)."""
    from models.core.vocab import EventStatus
    from views.calendar.labels import status_label
    from views.paper.attendee_text import event_words

    return event_words({s.value: status_label(s.value) for s in EventStatus})
