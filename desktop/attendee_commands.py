"""``qunzhu export attendees`` and ``qunzhu export events``: one occurrence's attendee list
or sign-in sheet, and every occurrence in a date range with its numbers, headless.

``export attendees --event ID [--date DAY] -o FILE``: ``FILE.xlsx`` is the attendee list,
``FILE.pdf`` the sign-in sheet (A4, painted by Qt), ``FILE.xlsx --sheet signin`` the sign-in
sheet as a workbook. A repeating event needs ``--date`` (its registrations live on each
day; ``export events`` lists the ids and days). Refused, with one line, exit 2 and nothing
written: an unknown event, a day the event does not happen, a bad date, another extension.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cli_common import find_community_id
from desktop.cli_parser import EXIT_OK, UsageError
from models.store.workspace import open_workspace

translate = QCoreApplication.translate


def occurrence_named(conn: sqlite3.Connection, event_id: int, day: date | None):
    """The occurrence ``--event`` and ``--date`` name (``models.events.attendees.Sitting``);
    a ``UsageError`` in the user's language when there is none (for every command that
    takes them: attendees, badges)."""
    from models.core.errors import Code, DomainError
    from models.events.attendees import find_sitting
    from views.error_text import describe

    try:
        return find_sitting(conn, event_id, day)
    except DomainError as error:
        if error.code == Code.NO_EVENT:
            raise UsageError(translate("cli", "no event {id} in this workspace").format(
                id=event_id)) from None
        if error.code == Code.NO_OCCURRENCE:
            raise UsageError(translate("cli", "event {id} does not happen on {day}").format(
                id=event_id, day=day)) from None
        if error.code == Code.OCCURRENCE_DAY_NEEDED:
            raise UsageError(translate("cli", "event {id} repeats: name one of its days with "
                                              "--date (such as {days})").format(
                id=event_id, days=error.params.get("days") or "-")) from None
        raise UsageError(describe(error)) from None


def export_attendees(workspace: Path, args: argparse.Namespace) -> int:
    from views.paper.attendee_files import file_kind, write_attendee_file

    output = Path(args.output)
    kind = file_kind(output, args.sheet)
    if kind is None:
        raise UsageError(translate("cli", "attendees are written as .xlsx (a list, or a sign-in "
                                          "sheet with --sheet signin) or .pdf (a sign-in "
                                          "sheet), not {path}").format(path=output))
    with open_workspace(workspace, readonly=True) as ws:
        sitting = occurrence_named(ws.conn, args.event, args.date)
        began = time.perf_counter()
        written = write_attendee_file(ws.conn, sitting, output, kind, args.mask_personal)
        seconds = time.perf_counter() - began
    if written.pages is not None:
        print(translate("cli", "Wrote the sign-in sheet of “{title}” on {day} ({people} "
                               "people, {pages} page(s)) to {path} in {seconds:.2f} s.").format(
            title=sitting.event.title, day=sitting.start.date(), people=written.people,
            pages=written.pages, path=output, seconds=seconds))
    else:
        print(translate("cli", "Wrote {people} attendee(s) of “{title}” on {day} to {path} in "
                               "{seconds:.2f} s.").format(
            people=written.people, title=sitting.event.title, day=sitting.start.date(),
            path=output, seconds=seconds))
    return EXIT_OK


def export_events(workspace: Path, args: argparse.Namespace) -> int:
    from exports.event_sheet import export_events as write_events
    from models.core.vocab import EventStatus
    from models.events.occurrence_lines import default_range, occurrence_lines
    from views.calendar.labels import status_label
    from views.paper.attendee_text import event_words

    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise UsageError(translate("cli", "events are written as .xlsx, not {path}").format(
            path=output))
    if args.since and args.until and args.until < args.since:
        raise UsageError(translate("cli", "the range ends ({end}) before it starts "
                                          "({start})").format(end=args.until, start=args.since))
    with open_workspace(workspace, readonly=True) as ws:
        community_id = find_community_id(ws, args.community)
        since, until = default_range(ws.conn, args.since, args.until)
        began = time.perf_counter()
        lines = occurrence_lines(ws.conn, since, until, community_id)
        words = event_words({s.value: status_label(s.value) for s in EventStatus})
        write_events(output, lines, words)
        seconds = time.perf_counter() - began
    print(translate("cli", "Wrote {count} occurrence(s) from {start} to {end} to {path} in "
                           "{seconds:.2f} s.").format(count=len(lines), start=since, end=until,
                                                      path=output, seconds=seconds),
          file=sys.stdout)
    return EXIT_OK
