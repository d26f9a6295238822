"""The one xlsx writer: every export (roster, checklists, reports) declares its sheets
(``exports.xlsx_spec``: columns, totals, dropdowns, highlights) and hands them here.

What every sheet gets: a bold, filled, bordered header row, frozen; an autofilter over
the header and data; widths that fit Chinese (a CJK character counts as two) from the
header and the first rows; real numbers and dates with their formats. Rows stream through
openpyxl's write-only mode, so memory stays flat at a million rows.

Safety: text is always text (``exports.xlsx_cells``). The only formulas in a workbook are
the ones its columns declare and the totals ``exports.xlsx_frame`` writes.

The file is written to a temporary name beside the target and renamed when complete: a
cancelled or failed export leaves no half-written file. ``progress(step, done, total)`` is
called every ``PROGRESS_EVERY`` rows with the sheet title as the step; returning False
cancels (raises ``models.core.errors.Cancelled``).

openpyxl is imported when the first workbook is written, not at start-up.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from exports.xlsx_cells import ERROR_CODES, NEEDS_CARE, CellWriter, plain_text
from exports.xlsx_frame import (
    ChoiceLists,
    add_highlight,
    column_widths,
    dropdown,
    totals_row,
)
from exports.xlsx_print import setup_printing
from exports.xlsx_spec import Progress, Sheet, WriteSummary
from models.core.errors import Cancelled

#: Progress is reported (and cancel checked) after this many rows.
PROGRESS_EVERY = 2000
#: Rows looked at to fit column widths.
WIDTH_SAMPLE = 300
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")

HEADER_FILL = "1F4E78"
HEADER_FONT = "FFFFFF"


def safe_sheet_title(title: str, taken: Iterable[str] = ()) -> str:
    base = _SHEET_TITLE_BAD.sub("_", title).strip("'") or "Sheet"
    base = base[:31]
    used = {t.lower() for t in taken}
    candidate, n = base, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate = base[:31 - len(suffix)] + suffix
        n += 1
    return candidate


def write_xlsx(path: Path | str, sheets: Sequence[Sheet],
               progress: Progress | None = None) -> WriteSummary:
    """Write ``sheets`` to ``path`` (replaced only once complete); see the module docstring."""
    from openpyxl import Workbook

    path = Path(path)
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Qunzhu 群主"
    written: dict[str, int] = {}
    lists = ChoiceLists(workbook)
    titles: list[str] = []
    # The temporary file first: a folder that refuses it fails before any row is read.
    fd, temp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        try:
            for sheet in sheets:
                title = safe_sheet_title(sheet.title, titles)
                titles.append(title)
                written[title] = _write_sheet(workbook, title, sheet, lists, progress)
            lists.finish()
        except BaseException:
            _discard(workbook)
            raise
        workbook.save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return WriteSummary(path, written)


def _discard(workbook: Any) -> None:
    """Close the sheets' streams in order and remove openpyxl's temporary files (left to
    the garbage collector, half-written streams fail noisily)."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            ws.close()
        except Exception:  # noqa: BLE001 - already failing; the original error is raised
            pass
        try:
            writer.cleanup()
        except OSError:
            pass


# -- one sheet --------------------------------------------------------------------------


def _write_sheet(workbook: Any, title: str, sheet: Sheet, lists: ChoiceLists,
                 progress: Progress | None) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = workbook.create_sheet(title)
    columns = list(sheet.columns)
    rows = iter(sheet.rows)
    sample = list(islice(rows, WIDTH_SAMPLE))
    letters = [get_column_letter(i + 1) for i in range(len(columns))]
    widths = column_widths(columns, sample)
    for letter, width in zip(letters, widths, strict=True):
        ws.column_dimensions[letter].width = width
    if sheet.freeze_header:
        ws.freeze_panes = "A2"
    setup_printing(ws, widths, landscape=sheet.landscape)

    edge = Side(style="thin", color="8EA9C1")
    header_font = Font(bold=True, color=HEADER_FONT)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    header_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, plain_text(column.header))
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = header_font, header_fill, header_align
        cell.border = Border(bottom=edge)
        header.append(cell)
    ws.append(header)

    writers = [CellWriter(ws, column, WriteOnlyCell) for column in columns]
    width = len(columns)
    # Plain columns (text, no number format) pass most values straight to openpyxl: one
    # regex decides whether a string needs care (formula start, control character).
    formulas = [(i, c.formula) for i, c in enumerate(columns) if c.formula]
    plain = [i for i, w in enumerate(writers) if w.styled is None and w.convert is None
             and not columns[i].formula]
    styled = [(i, writers[i].cell) for i in range(width)
              if i not in set(plain) and not columns[i].formula]
    needs_care, error_codes = NEEDS_CARE.search, ERROR_CODES
    total = sheet.row_count
    count = 0
    for values in _chain(sample, rows):
        out = list(values)
        if len(out) != width:
            out = (out + [None] * width)[:width]
        for i in plain:
            v = out[i]
            if type(v) is str:
                if not v:
                    out[i] = None
                elif needs_care(v) or v in error_codes or len(v) > 32767:
                    out[i] = writers[i].cell(v)
            elif v is not None and not isinstance(v, (int, float)):
                out[i] = writers[i].cell(v)
        for i, make in styled:
            out[i] = make(out[i])
        for i, template in formulas:
            out[i] = writers[i].formula(template.format(row=count + 2))
        ws.append(out)
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            if not progress(title, count, total if total is not None else 0):
                raise Cancelled()
    if progress is not None and not progress(title, count, total if total is not None else count):
        raise Cancelled()

    last = count + 1  # the last data row
    if sheet.autofilter and columns:
        ws.auto_filter.ref = f"A1:{letters[-1]}{last}"
    if sheet.totals_label is not None and any(c.total or c.total_formula for c in columns):
        ws.append(totals_row(ws, columns, letters, sheet.totals_label, last, WriteOnlyCell))
    for letter, column in zip(letters, columns, strict=True):
        if column.choices:
            ref = f"{letter}2:{letter}{max(last, 2)}"
            ws.data_validations.append(dropdown(lists, column, ref))
    for rule in sheet.highlights:
        add_highlight(ws, columns, letters, rule, last)
    return count


def _chain(first: list, rest: Iterable) -> Iterable:
    yield from first
    yield from rest
