"""``qunzhu export badges``: an event's name badges as an A4 PDF, headless.

One occurrence at a time: a single event by its id, one day of a series by its id and
``--date``. Refused with one line and exit 2, nothing written, when the event or the day
is not there, a series is named without a day, nobody holds a seat, or the file named is
not a .pdf. Runs under a QGuiApplication (``desktop.painting_app``): Qt paints text only
there.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.attendee_commands import occurrence_named
from desktop.cli_common import progress_printer
from desktop.cli_parser import EXIT_OK, UsageError
from models.store.workspace import open_workspace

translate = QCoreApplication.translate


def export_badges(workspace: Path, args: argparse.Namespace) -> int:
    from models.events.tickets import tickets
    from views.paper.badge_sheet import BadgeHeading, BadgeSheet, write_pdf
    from views.paper.event_when import when_text

    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise UsageError(translate("cli", "badges are written as a PDF: name a .pdf file, "
                                          "not {name}").format(name=output.name))
    with open_workspace(workspace, readonly=True) as ws:
        door = occurrence_named(ws.conn, args.event, args.date)
        row = door.ref.row(ws.conn)
        held = tickets(ws.conn, row) if row is not None else []
        if not held:
            raise UsageError(translate(
                "cli", "nobody holds a seat at “{title}” on {day}: no badges to print")
                .format(title=door.event.title, day=f"{door.start:%Y-%m-%d}"))
        sheet = BadgeSheet(BadgeHeading(door.event.title, when_text(door.event)), held)
        began = time.perf_counter()
        show = progress_printer()
        pages = write_pdf(sheet, output, progress=lambda done, total: show(
            translate("cli", "Pages"), done, total))
        seconds = time.perf_counter() - began
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(translate("cli", "Wrote {count:,} badge(s) on {pages:,} page(s) to {path} in "
                           "{seconds:.1f} s.").format(count=len(held), pages=pages, path=output,
                                                      seconds=seconds))
    return EXIT_OK
