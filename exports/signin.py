"""The sign-in sheet (签到表): what goes on each line, and the sheet as an xlsx workbook that
prints like the PDF (``views/paper/signin_sheet.py`` paints the same lines).

A sign-in sheet lies open on a table at the door, for anyone to read and photograph, so it
shows less than the attendee list: phones are always masked (138****5678: the last four
digits are how a 张伟 tells himself from another), notes go through ``mask_text``, and no
ticket code is printed (a code lets whoever holds it check in). ``mask=True`` masks the
names too (张*), for a sheet that must not name anyone.

Who is on it: the registered and the waitlisted, cancelled people left out
(``models.events.attendees.at_the_door``). After them come blank numbered lines, to the end
of the last page, for people who walk in; a list nobody signed up for is one page of blank
lines, which is what an operator prints for an event without online sign-up.

The workbook: the event's title, time and place in the first rows, then the column header,
all repeated on every printed page (print titles); A4 portrait, every column on the page's
width (``exports.xlsx_print``), tall rows with room for a signature, a border round each cell.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exports.masking import mask_name, mask_phone, mask_text
from exports.xlsx import safe_sheet_title
from exports.xlsx_cells import ERROR_CODES, FORMULA_STARTS, plain_text
from exports.xlsx_print import PORTRAIT_HEIGHT_CM, setup_printing
from models.events.attendees import Attendee
from models.events.registrations import WAITLISTED

#: (key, default header, width in column units): the columns, in order; ``checked_in`` only
#: when someone has checked in already (a sheet printed after the doors opened).
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("number", "序号", 6.0),
    ("name", "姓名", 20.0),
    ("phone", "手机", 14.0),
    ("note", "备注", 20.0),
    ("checked_in", "签到时间", 10.0),
    ("signature", "签名", 24.0),
)
#: A line's height on paper, in points (room to sign in); the title rows are shorter.
ROW_POINTS = 24.0
POINTS_PER_CM = 72 / 2.54


@dataclass(frozen=True)
class SignInWords:
    headers: Mapping[str, str] = field(default_factory=lambda: {k: h for k, h, _ in COLUMNS})
    #: ``{place}``: place in the queue.
    waitlisted: str = "候补 {place}"
    walk_in: str = "现场"
    #: ``{count}``: people coming along.
    guests: str = "+{count}"


@dataclass(frozen=True)
class SignInLine:
    """One numbered line; a blank one (for a walk-in) has only its number."""

    number: int
    name: str = ""
    phone: str = ""
    note: str = ""
    #: HH:MM on the event's day, MM-DD HH:MM on another.
    checked_in: str = ""


def signin_lines(rows: Sequence[Attendee], words: SignInWords = SignInWords(),
                 mask: bool = False, day: str | None = None) -> list[SignInLine]:
    """The lines for ``rows`` (already the door's: ``at_the_door``); ``day`` (YYYY-MM-DD) is
    the event's, so a check-in on it shows its time only."""
    lines = []
    for a in rows:
        marks = []
        if a.status == WAITLISTED:
            marks.append(words.waitlisted.format(place=a.waitlist_place))
        elif a.walk_in:
            marks.append(words.walk_in)
        if a.guests:
            marks.append(words.guests.format(count=a.guests))
        if a.note:
            marks.append(mask_text(" ".join(a.note.split())) or "")
        name = (mask_name(a.name) if mask else a.name) or ""
        lines.append(SignInLine(a.number, " ".join(name.split()), mask_phone(a.phone) or "",
                                " · ".join(marks), _time(a.checked_in_at, day)))
    return lines


def _time(stamp: str | None, day: str | None) -> str:
    if not stamp:
        return ""
    text = stamp[:16].replace("T", " ")
    return text[11:16] if day and stamp.startswith(day) else text[5:16]


def with_blank_lines(lines: list[SignInLine], per_page: int) -> list[SignInLine]:
    """``lines`` and numbered blank lines to the end of the last page (a whole page when
    there are none)."""
    total = max(per_page, -(-len(lines) // per_page) * per_page)
    return lines + [SignInLine(n) for n in range(len(lines) + 1, total + 1)]


def columns_for(lines: Sequence[SignInLine]) -> list[str]:
    """The keys of the columns to print (check-in times only when there are some)."""
    return [k for k, _, _ in COLUMNS if k != "checked_in" or any(x.checked_in for x in lines)]


# -- the workbook ------------------------------------------------------------------------


def lines_per_page(heading_rows: int) -> int:
    """Lines one printed A4 page holds under the heading rows and the column header."""
    usable = PORTRAIT_HEIGHT_CM * POINTS_PER_CM - (heading_rows + 1) * 20
    return max(1, int(usable // ROW_POINTS))


def write_signin_xlsx(path: Path | str, heading: Sequence[str], rows: Sequence[Attendee],
                      words: SignInWords = SignInWords(), mask: bool = False,
                      day: str | None = None, sheet: str = "签到表") -> int:
    """Write the sheet to ``path`` (replaced only once complete); returns the people on it.
    ``heading``: the title first, then lines such as time and place."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    path = Path(path)
    people = signin_lines(rows, words, mask, day)
    keys = columns_for(people)
    lines = with_blank_lines(people, lines_per_page(len(heading)))
    widths = {k: w for k, _, w in COLUMNS}
    headers = {**{k: h for k, h, _ in COLUMNS}, **words.headers}
    book = Workbook()
    ws = book.active
    ws.title = safe_sheet_title(sheet)
    ws.sheet_view.showGridLines = False
    last = get_column_letter(len(keys))
    for n, text in enumerate(heading, start=1):
        cell = ws.cell(n, 1)
        _text(cell, text)
        cell.font = Font(bold=n == 1, size=16 if n == 1 else 11)
        cell.alignment = Alignment(vertical="center", shrink_to_fit=True)
        ws.merge_cells(f"A{n}:{last}{n}")
        ws.row_dimensions[n].height = 26 if n == 1 else 18
    edge = Side(style="thin", color="000000")
    box = Border(left=edge, right=edge, top=edge, bottom=edge)
    top = len(heading) + 1
    for c, key in enumerate(keys, start=1):
        cell = ws.cell(top, c)
        _text(cell, headers[key])
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = box
        ws.column_dimensions[get_column_letter(c)].width = widths[key]
    ws.row_dimensions[top].height = 20
    middle = Alignment(vertical="center", shrink_to_fit=True)
    for r, line in enumerate(lines, start=top + 1):
        values = {"number": line.number, "name": line.name, "phone": line.phone,
                  "note": line.note, "checked_in": line.checked_in, "signature": ""}
        for c, key in enumerate(keys, start=1):
            cell = ws.cell(r, c)
            if key == "number":
                cell.value = values[key]
                cell.alignment = Alignment(horizontal="center", vertical="center")
            else:
                _text(cell, values[key])
                cell.alignment = middle
            cell.border = box
        ws.row_dimensions[r].height = ROW_POINTS
    setup_printing(ws, [widths[k] for k in keys], landscape=False, title_rows=f"1:{top}")
    ws.oddFooter.center.text = "&P / &N"
    fd, temp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return len(people)


def _text(cell: Any, value: str) -> None:
    """Text as text: never a formula or an error value, whatever it starts with."""
    if not value:
        return
    value = plain_text(value)
    cell.value = value
    if value.startswith(FORMULA_STARTS) or value in ERROR_CODES:
        cell.data_type = "s"
