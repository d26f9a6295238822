"""The calendar's "Print badges…": the seat holders read here (a few thousand rows at
most), the save dialog, then the badge sheet painted on a worker behind a progress dialog
with Cancel (2,000 badges take seconds: benchmarks/badges.py), then "Open / Show in
folder". A cancelled or failed sheet leaves no file (``badge_sheet.write_pdf``)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.core.errors import Cancelled
from models.events.occurrences import Occurrence, OccurrenceRef
from models.events.tickets import tickets
from views.export_target import ask_save_path, offer_written
from views.long_task import LongTask
from views.paper.badge_sheet import BadgeHeading, BadgeSheet, write_pdf
from views.paper.event_when import when_text

translate = QCoreApplication.translate


def print_badges(parent: QWidget, conn: sqlite3.Connection,
                 occurrence: Occurrence) -> LongTask | None:
    """Ask where, then paint the badges of ``occurrence``'s seat holders; returns the
    running task (None when there is nobody to print for or the user cancelled)."""
    ref = OccurrenceRef.of(occurrence)
    row = ref.row(conn)
    held = tickets(conn, row) if row is not None else []
    event = ref.event(conn)
    if not held:
        QMessageBox.information(parent, translate("BadgeExport", "No badges to print"),
                                translate("BadgeExport", "Nobody holds a seat at “{title}” "
                                          "yet. Badges are printed for registered people: "
                                          "add them under Registrations… first.").format(
                                    title=event.title))
        return None
    title = translate("BadgeExport", "Print badges")
    name = translate("BadgeExport", "{day} {title} badges").format(
        day=f"{event.start:%Y-%m-%d}", title=event.title)
    path = ask_save_path(parent, title, name + ".pdf",
                         translate("BadgeExport", "PDF, ready to print (*.pdf)"), ".pdf")
    if path is None:
        return None
    sheet = BadgeSheet(BadgeHeading(event.title, when_text(event)), held)

    def work(progress):
        return write_pdf(sheet, path, progress=lambda done, total: progress("pages", done,
                                                                             total))

    task = LongTask(parent, translate("BadgeExport", "Painting {count:,} badges…").format(
        count=len(held)), work, lambda _step: translate("BadgeExport", "Pages"))

    def finished(pages: int) -> None:
        offer_written(parent, path, translate(
            "BadgeExport", "Badges saved: {count:,} people on {pages:,} page(s), {name}").format(
            count=len(held), pages=pages, name=path.name))

    def failed(error: object) -> None:
        if isinstance(error, Cancelled):
            return
        from views.error_text import describe, file_problem

        QMessageBox.warning(parent, translate("BadgeExport", "Not saved"),
                            file_problem(error, path, writing=True)
                            if isinstance(error, OSError) else describe(error))

    task.finished.connect(finished)
    task.failed.connect(failed)
    task.start()
    return task
