"""Writing one occurrence's attendee list or sign-in sheet to a file: what the window's
"Export attendee list…" and "Print sign-in sheet…" and ``qunzhu export attendees`` share.

The file's kind follows its name and ``sheet``: ``.xlsx`` is the attendee list (everyone,
cancelled included, with status, times, phone and ticket code), ``.pdf`` is the sign-in
sheet painted by Qt, and ``.xlsx`` with ``sheet=SIGNIN`` is the sign-in sheet as a workbook
(for an operator who adds lines in Excel or WPS before printing). Reads only; ``conn`` may
be a worker's read-only connection.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from exports.attendees import export_attendees
from exports.signin import columns_for, signin_lines, with_blank_lines, write_signin_xlsx
from models.events.attendees import Sitting, at_the_door, attendees
from models.members.communities import get_community
from views.paper import attendee_text as text
from views.paper.signin_sheet import SignInSheet, write_pdf

LIST, SIGNIN = "list", "signin"
SUFFIXES = (".xlsx", ".pdf")


@dataclass(frozen=True)
class Written:
    path: Path
    #: People on it (the sign-in sheet leaves the cancelled out).
    people: int
    #: Printed pages of a PDF (None for a workbook).
    pages: int | None = None


def file_kind(path: Path, sheet: str = LIST) -> str | None:
    """"list", "signin" or None when ``path``'s extension is neither .xlsx nor .pdf."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return SIGNIN
    if suffix == ".xlsx":
        return sheet
    return None


def build_sheet(conn: sqlite3.Connection, sitting: Sitting, mask: bool = False) -> SignInSheet:
    """The sign-in sheet of ``sitting``, blank lines included, in the user's language."""
    heading = _heading(conn, sitting)
    people = signin_lines(at_the_door(attendees(conn, sitting)), text.signin_words(), mask,
                          sitting.start.date().isoformat())
    lines = with_blank_lines(people, SignInSheet.lines_per_page(len(heading)))
    return SignInSheet(heading, lines, columns_for(people), text.signin_words().headers,
                       text.page_label(), people=len(people))


def write_attendee_file(conn: sqlite3.Connection, sitting: Sitting, path: Path,
                        sheet: str = LIST, mask: bool = False) -> Written:
    kind = file_kind(path, sheet)
    if kind is None:
        raise ValueError(f"not an .xlsx or .pdf name: {path}")
    if path.suffix.lower() == ".pdf":
        made = build_sheet(conn, sitting, mask)
        pages = write_pdf(path, made, sitting.event.title)
        return Written(path, made.people, pages)
    found = attendees(conn, sitting)
    if kind == SIGNIN:
        door = at_the_door(found)
        people = write_signin_xlsx(path, _heading(conn, sitting), door, text.signin_words(),
                                   mask, sitting.start.date().isoformat(),
                                   sheet=text.signin_title())
        return Written(path, people)
    export_attendees(path, sitting, found, text.list_words(), mask)
    return Written(path, len(found))


def _heading(conn: sqlite3.Connection, sitting: Sitting) -> list[str]:
    community = get_community(conn, sitting.event.community_id) \
        if sitting.event.community_id is not None else None
    return text.heading(sitting, community.name if community else None)


def suggested_name(sitting: Sitting, kind: str) -> str:
    """A file name for the save dialog: the day, the title and what it is."""
    what = text.signin_title() if kind == SIGNIN else text.list_title()
    return f"{sitting.start:%Y-%m-%d} {sitting.event.title} {what}"
