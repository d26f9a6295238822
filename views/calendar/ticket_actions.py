"""Tickets out of the registrations dialog: "Save tickets…" writes one PNG per person into
a folder (named by person and code, to send each in WeChat), "Copy ticket" puts the
selected person's ticket on the clipboard as an image (paste it straight into a chat).

Everyone with a valid ticket gets one: seat holders, and the waitlist (their ticket says
so; a scan lets them in while a seat is free, ``models.events.door_scan``). A cancelled
registration has none.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from models.events.occurrences import OccurrenceRef
from models.events.tickets import ticket_of, tickets
from views.paper.ticket_image import save_ticket, ticket_face, ticket_image

translate = QCoreApplication.translate


def write_tickets(conn: sqlite3.Connection, target: OccurrenceRef, folder: Path) -> list[Path]:
    """One PNG per ticket holder of ``target`` in ``folder``; the files written."""
    event_id = target.row(conn)
    if event_id is None:
        return []
    event = target.event(conn)
    return [save_ticket(ticket_face(event, t), folder)
            for t in tickets(conn, event_id, waitlisted=True)]


def save_tickets(parent: QWidget, conn: sqlite3.Connection, target: OccurrenceRef) -> list[Path]:
    """Ask for a folder and write the tickets there; say how many (or why none)."""
    title = translate("Tickets", "Save tickets")
    event_id = target.row(conn)
    if event_id is None or not tickets(conn, event_id, waitlisted=True):
        QMessageBox.information(parent, title, translate(
            "Tickets", "Nobody is registered yet: there are no tickets to save."))
        return []
    folder = QFileDialog.getExistingDirectory(parent, translate(
        "Tickets", "Folder for the tickets (one image per person)"))
    if not folder:
        return []
    try:
        written = write_tickets(conn, target, Path(folder))
    except OSError as error:
        from views.error_text import file_problem

        QMessageBox.warning(parent, title, file_problem(error, folder, writing=True))
        return []
    QMessageBox.information(parent, title, translate(
        "Tickets", "{count} ticket(s) saved in {folder}, named by person and code.").format(
        count=len(written), folder=folder))
    return written


def ticket_for(conn: sqlite3.Connection, target: OccurrenceRef, member_id: int,
               ) -> QImage | None:
    """The ticket image of ``member_id``; None when they hold no valid ticket."""
    event_id = target.row(conn)
    found = ticket_of(conn, event_id, member_id) if event_id is not None else None
    if found is None:
        return None
    return ticket_image(ticket_face(target.event(conn), found))


def copy_ticket(parent: QWidget, conn: sqlite3.Connection, target: OccurrenceRef,
                member_id: int | None) -> bool:
    """Put ``member_id``'s ticket on the clipboard; say why not when there is none."""
    title = translate("Tickets", "Copy ticket")
    if member_id is None:
        QMessageBox.information(parent, title, translate(
            "Tickets", "Select a person in the list first."))
        return False
    image = ticket_for(conn, target, member_id)
    if image is None:
        QMessageBox.information(parent, title, translate(
            "Tickets", "This registration was cancelled: it has no valid ticket."))
        return False
    QGuiApplication.clipboard().setImage(image)
    return True
