"""The calendar's "Export attendee list…" and "Print sign-in sheet…": a save dialog
(``views.export_target``), then the file written on a worker with its own read-only
connection, then "Open / Show in folder".

The attendee list is an .xlsx; the sign-in sheet a PDF (A4, ready to print) or, when the
name typed ends in .xlsx, a workbook of the same sheet to edit before printing. Nothing is
written to the workspace: a day of a series nobody has signed up for prints blank lines.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.events.attendees import sitting_of
from models.events.occurrences import OccurrenceRef
from views.background import run_query
from views.export_target import ask_save_path, offer_written
from views.paper.attendee_files import LIST, SIGNIN, suggested_name, write_attendee_file

translate = QCoreApplication.translate


def choose_path(parent: QWidget, conn: sqlite3.Connection, ref: OccurrenceRef,
                kind: str) -> tuple[Path, object] | None:
    """(the file, the occurrence) the user chose, or None when cancelled."""
    sitting = sitting_of(conn, ref)
    if kind == SIGNIN:
        title = translate("AttendeeExport", "Print sign-in sheet")
        filters = translate("AttendeeExport",
                            "PDF, ready to print (*.pdf);;Excel workbook (*.xlsx)")
    else:
        title = translate("AttendeeExport", "Export attendee list")
        filters = translate("AttendeeExport", "Excel workbook (*.xlsx)")
    first = ".pdf" if kind == SIGNIN else ".xlsx"
    path = ask_save_path(parent, title, suggested_name(sitting, kind) + first, filters)
    if path is None:
        return None
    if path.suffix.lower() not in ((".pdf", ".xlsx") if kind == SIGNIN else (".xlsx",)):
        path = path.with_name(path.name + first)
    return path, sitting


def export_attendees(parent: QWidget, workspace_path: Path | None, conn: sqlite3.Connection,
                     ref: OccurrenceRef, kind: str = LIST):
    """Ask where, then write on a worker with its own connection to ``workspace_path`` (on
    ``conn`` here and now when None); returns the worker's handle (None when cancelled or
    written here)."""
    chosen = choose_path(parent, conn, ref, kind)
    if chosen is None:
        return None
    path, sitting = chosen

    def done(written) -> None:
        if written.pages is not None:
            text = translate("AttendeeExport", "Sign-in sheet saved: {people} people on {pages} "
                                      "page(s), {name}").format(
                people=written.people, pages=written.pages, name=path.name)
        else:
            text = translate("AttendeeExport", "Saved {people} attendee(s) to {name}").format(
                people=written.people, name=path.name)
        offer_written(parent, path, text)

    def failed(error) -> None:
        from views.error_text import describe, file_problem

        QMessageBox.warning(parent, translate("AttendeeExport", "Not saved"),
                            file_problem(error, path, writing=True)
                            if isinstance(error, OSError) else describe(error))

    if workspace_path is None:
        try:
            done(write_attendee_file(conn, sitting, path, kind))
        except (OSError, ValueError) as error:
            failed(error)
        return None
    return run_query(parent, workspace_path,
                     lambda c: write_attendee_file(c, sitting, path, kind), done, failed)
