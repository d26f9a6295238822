"""The one xlsx writer: every export (roster, checklists, reports) describes its sheets and
hands them here.

Declare columns and sheets, then write::

    from exports.xlsx import Column, Highlight, Kind, Sheet, write_xlsx

    sheet = Sheet(
        title="成员",
        columns=[
            Column("ID", Kind.ID),
            Column("姓名"),                                   # text, width fitted to content
            Column("手机", Kind.PHONE),                        # text, never 1.38E+10
            Column("入群时间", Kind.DATE),                     # date / ISO text -> real date
            Column("积分", Kind.INT, total="sum"),
            Column("预算", Kind.MONEY_FEN, total="sum"),       # int fen -> ¥1,234.50
            Column("状态", choices=("待准备", "已下单")),      # dropdown; other values refused
        ],
        rows=((1, "张伟", "13800138000", "2024-03-05", 10, 123450, "待准备"),),
        row_count=1,                 # optional: lets progress show a percentage
        totals_label="合计",         # a totals row of SUBTOTAL formulas under the data
        highlights=[Highlight("状态", "equal", ('"待准备"',))],
    )
    write_xlsx("out.xlsx", [sheet], progress=lambda step, done, total: True)

What every sheet gets: a bold, filled, bordered header row, frozen; an autofilter over
the header and data; widths that fit Chinese (a CJK character counts as two) from the
header and the first rows; real numbers and dates with their formats. Rows stream through
openpyxl's write-only mode, so memory stays flat at a million rows.

Safety: text is always text. A string starting with ``=``, ``+``, ``-``, ``@``, tab or CR
(or one that looks like an error code such as ``#N/A``) gets data type ``"s"`` after its
value is assigned, because openpyxl would otherwise turn ``=...`` into a formula. The only
formulas in a workbook are the totals this module writes. Characters XML cannot hold are
dropped rather than failing the export.

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
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Any

from models.core.errors import Cancelled

Progress = Callable[[str, int, int], bool]

#: Progress is reported (and cancel checked) after this many rows.
PROGRESS_EVERY = 2000
#: Rows looked at to fit column widths.
WIDTH_SAMPLE = 300
MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
#: First characters that make a spreadsheet treat text as a formula (formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Text Excel would show as an error value rather than as text.
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
# XML 1.0 cannot hold these control characters (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
_NEEDS_CARE = re.compile(r"^[=+\-@\t\r]|[\000-\010\013\014\016-\037]")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")

HEADER_FILL = "1F4E78"
HEADER_FONT = "FFFFFF"
TOTALS_FILL = "DDEBF7"


class Kind(StrEnum):
    """What a column holds, which decides how a value is written and shown."""

    TEXT = "text"
    INT = "int"  # whole numbers with thousands separators
    NUMBER = "number"  # decimals
    MONEY_FEN = "money_fen"  # integer fen, shown as yuan (¥1,234.50)
    DATE = "date"  # date, datetime or ISO text -> a real date
    DATETIME = "datetime"  # datetime or ISO text (offset kept as wall time) -> date and time
    PHONE = "phone"  # text, with the cell formatted as text so editing keeps it text
    PERCENT = "percent"  # a fraction (0.25) shown as 25.0%
    ID = "id"  # a whole number without separators (General shows it so), for round trips


NUMBER_FORMATS = {
    Kind.INT: "#,##0",
    Kind.NUMBER: "#,##0.00",
    Kind.MONEY_FEN: '"¥"#,##0.00',
    Kind.DATE: "yyyy-mm-dd",
    Kind.DATETIME: "yyyy-mm-dd hh:mm",
    Kind.PHONE: "@",
    Kind.PERCENT: "0.0%",
}
_FIXED_WIDTHS = {Kind.DATE: 12.0, Kind.DATETIME: 17.0, Kind.PHONE: 14.0}
TOTALS = {"sum": 109, "average": 101, "count": 103}  # SUBTOTAL codes: ignore hidden rows


@dataclass(frozen=True)
class Column:
    """One column: its header, what it holds, and optional width, dropdown and total.

    ``choices`` adds a dropdown (data validation) that refuses any other value;
    ``total`` ("sum", "average", "count") puts a SUBTOTAL formula in the totals row;
    ``formula`` makes every data cell of the column a formula we write, with ``{row}``
    standing for the cell's row (``"=E{row}*G{row}"``); the row's own value is ignored.
    """

    header: str
    kind: Kind = Kind.TEXT
    width: float | None = None  # None: fitted to the header and the first rows
    choices: tuple[str, ...] = ()
    total: str | None = None
    wrap: bool = False
    formula: str | None = None


@dataclass(frozen=True)
class Highlight:
    """A conditional format over one column's data cells.

    Either a comparison (``operator`` as Excel names it: "equal", "notEqual", "lessThan",
    "lessThanOrEqual", "greaterThan", "greaterThanOrEqual", "between", with ``values`` as
    formula text: ``'"已逾期"'``, ``"0"``) or a ``formula`` in which ``{cell}`` stands for
    the column's first data cell (``'AND({cell}<>"", {cell}<TODAY())'``) and ``{row}`` for
    the first data row (``'$E{row}=""'``). ``whole_row`` colours the whole row, not only
    the column's cell (then refer to cells with ``$`` columns).
    """

    column: str
    operator: str | None = None
    values: tuple[str, ...] = ()
    formula: str | None = None
    fill: str = "FFC7CE"
    font_color: str = "9C0006"
    whole_row: bool = False


@dataclass
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    row_count: int | None = None  # known total, for progress; None when unknown
    totals_label: str | None = None  # a totals row when any column has ``total``
    highlights: Sequence[Highlight] = field(default_factory=tuple)
    freeze_header: bool = True
    autofilter: bool = True
    #: Printing: landscape, every column on the page's width, the header on every page.
    landscape: bool = True


@dataclass(frozen=True)
class WriteSummary:
    path: Path
    rows: dict[str, int]  # data rows written, by sheet title


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK, full-width) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


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
    lists = _ChoiceLists(workbook)
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


def _write_sheet(workbook: Any, title: str, sheet: Sheet, lists: _ChoiceLists,
                 progress: Progress | None) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = workbook.create_sheet(title)
    columns = list(sheet.columns)
    rows = iter(sheet.rows)
    sample = list(islice(rows, WIDTH_SAMPLE))
    letters = [get_column_letter(i + 1) for i in range(len(columns))]
    for letter, width in zip(letters, _widths(columns, sample), strict=True):
        ws.column_dimensions[letter].width = width
    if sheet.freeze_header:
        ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    if sheet.landscape:
        ws.page_setup.orientation = "landscape"

    edge = Side(style="thin", color="8EA9C1")
    header_font = Font(bold=True, color=HEADER_FONT)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    header_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, _text(column.header))
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = header_font, header_fill, header_align
        cell.border = Border(bottom=edge)
        header.append(cell)
    ws.append(header)

    writers = [_CellWriter(ws, column, WriteOnlyCell) for column in columns]
    width = len(columns)
    # Plain columns (text, no number format) pass most values straight to openpyxl: one
    # regex decides whether a string needs care (formula start, control character).
    formulas = [(i, c.formula) for i, c in enumerate(columns) if c.formula]
    plain = [i for i, w in enumerate(writers) if w.styled is None and w.convert is None
             and not columns[i].formula]
    styled = [(i, writers[i].cell) for i in range(width)
              if i not in set(plain) and not columns[i].formula]
    needs_care, error_codes = _NEEDS_CARE.search, ERROR_CODES
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
    if sheet.totals_label is not None and any(c.total for c in columns):
        ws.append(_totals_row(ws, columns, letters, sheet.totals_label, last, WriteOnlyCell))
    for letter, column in zip(letters, columns, strict=True):
        if column.choices:
            ref = f"{letter}2:{letter}{max(last, 2)}"
            ws.data_validations.append(_dropdown(lists, column, ref))
    for rule in sheet.highlights:
        _add_highlight(ws, columns, letters, rule, last)
    return count


def _chain(first: list, rest: Iterable) -> Iterable:
    yield from first
    yield from rest


class _CellWriter:
    """Turns one column's values into cells: one styled cell object reused row after row
    (openpyxl writes each row as it is appended), plain values where no style is needed."""

    def __init__(self, ws: Any, column: Column, make_cell: Callable[..., Any]) -> None:
        from openpyxl.styles import Alignment

        self.kind = column.kind
        self.convert = _CONVERTERS.get(column.kind)
        number_format = NUMBER_FORMATS.get(column.kind)
        self.styled = None
        if number_format or column.wrap:
            self.styled = make_cell(ws)
            if number_format:
                self.styled.number_format = number_format
            if column.wrap:
                self.styled.alignment = Alignment(wrap_text=True, vertical="top")
        self.ws, self.make_cell = ws, make_cell

    def formula(self, text: str) -> Any:
        """A formula we wrote (never user text), in the column's style."""
        cell = self.make_cell(self.ws, text)
        if self.styled is not None:
            cell._style = self.styled._style
        return cell

    def cell(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        if self.convert is not None:
            value = self.convert(value)
        if type(value) is str:
            if _ILLEGAL.search(value):
                value = _ILLEGAL.sub("", value)
            if len(value) > 32767:
                value = value[:32767]
            if value.startswith(FORMULA_STARTS) or value in ERROR_CODES:
                cell = self.make_cell(self.ws, value)
                if self.styled is not None:
                    cell._style = self.styled._style
                cell.data_type = "s"  # after the value: openpyxl made it a formula
                return cell
        if self.styled is None:
            return value
        self.styled.value = value
        if self.styled.data_type != "s" and type(value) is str:
            self.styled.data_type = "s"
        return self.styled


def _text(value: object) -> str:
    return _ILLEGAL.sub("", str(value))


def _to_date(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value  # not a date: kept as the text it is
    return value


def _to_datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # Excel has no zones: the wall time as stored
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            return value
    return value


def _fen_to_yuan(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value / 100
    return value


def _to_text(value: Any) -> Any:
    return value if isinstance(value, str) else str(value)


_CONVERTERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.DATE: _to_date,
    Kind.DATETIME: _to_datetime,
    Kind.MONEY_FEN: _fen_to_yuan,
    Kind.PHONE: _to_text,
}


def _widths(columns: Sequence[Column], sample: Sequence[Sequence[Any]]) -> list[float]:
    widths = []
    for index, column in enumerate(columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        widest = float(display_width(column.header) + 4)  # room for the filter button
        fixed = _FIXED_WIDTHS.get(column.kind)
        if fixed is not None:
            widest = max(widest, fixed)
        else:
            for row in sample:
                value = row[index] if index < len(row) else None
                if value is None:
                    continue
                if column.kind is Kind.MONEY_FEN and isinstance(value, int):
                    text = f"¥{value / 100:,.2f}"
                elif column.kind is Kind.INT and isinstance(value, int):
                    text = f"{value:,}"
                else:
                    text = str(value)
                widest = max(widest, max(display_width(line) for line in text.split("\n")) + 2)
        widths.append(float(min(max(widest, MIN_WIDTH), MAX_WIDTH)))
    return widths


def _totals_row(ws: Any, columns: Sequence[Column], letters: Sequence[str], label: str,
                last: int, make_cell: Callable[..., Any]) -> list[Any]:
    from openpyxl.styles import Border, Font, PatternFill, Side

    font = Font(bold=True)
    fill = PatternFill("solid", fgColor=TOTALS_FILL)
    border = Border(top=Side(style="thin", color="8EA9C1"))
    row = []
    for index, (letter, column) in enumerate(zip(letters, columns, strict=True)):
        if column.total:
            code = TOTALS[column.total]
            cell = make_cell(ws, f"=SUBTOTAL({code},{letter}2:{letter}{max(last, 2)})")
            cell.number_format = NUMBER_FORMATS.get(column.kind, "General")
        elif index == 0:
            cell = make_cell(ws, _text(label))
            cell.data_type = "s"
        else:
            cell = make_cell(ws)
        cell.font, cell.fill, cell.border = font, fill, border
        row.append(cell)
    return row


class _ChoiceLists:
    """Dropdown lists too long for an inline list live on a hidden sheet."""

    INLINE_MAX = 250

    def __init__(self, workbook: Any) -> None:
        self.workbook = workbook
        self.columns: list[tuple[str, ...]] = []

    def formula(self, choices: tuple[str, ...]) -> str:
        inline = ",".join(choices)
        if len(inline) <= self.INLINE_MAX and not any(
                "," in c or '"' in c for c in choices):
            return f'"{inline}"'
        from openpyxl.utils import get_column_letter

        self.columns.append(choices)
        letter = get_column_letter(len(self.columns))
        return f"'_lists'!${letter}$1:${letter}${len(choices)}"

    def finish(self) -> None:
        if not self.columns:
            return
        from openpyxl.cell import WriteOnlyCell

        ws = self.workbook.create_sheet("_lists")
        ws.sheet_state = "hidden"
        for index in range(max(len(c) for c in self.columns)):
            row: list[Any] = []
            for choices in self.columns:
                if index < len(choices):
                    cell = WriteOnlyCell(ws, _text(choices[index]))
                    cell.data_type = "s"  # a choice is text, whatever it starts with
                    row.append(cell)
                else:
                    row.append(None)
            ws.append(row)


def _dropdown(lists: _ChoiceLists, column: Column, ref: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="list", formula1=lists.formula(column.choices),
                                allow_blank=True, showDropDown=False, showErrorMessage=True,
                                errorStyle="stop", errorTitle=column.header[:32],
                                error=" / ".join(column.choices)[:255])
    validation.add(ref)
    return validation


def _add_highlight(ws: Any, columns: Sequence[Column], letters: Sequence[str],
                   rule: Highlight, last: int) -> None:
    from openpyxl.formatting.rule import CellIsRule, FormulaRule
    from openpyxl.styles import Font, PatternFill

    index = next((i for i, c in enumerate(columns) if c.header == rule.column), None)
    if index is None:
        raise KeyError(f"no column {rule.column!r} to highlight")
    letter = letters[index]
    fill = PatternFill("solid", fgColor=rule.fill, bgColor=rule.fill)
    font = Font(color=rule.font_color)
    ref = f"{letter}2:{letter}{max(last, 2)}"
    if rule.whole_row:
        ref = f"A2:{letters[-1]}{max(last, 2)}"
    if rule.formula is not None:
        made = FormulaRule(formula=[rule.formula.format(cell=f"{letter}2", row=2)],
                           fill=fill, font=font)
    else:
        made = CellIsRule(operator=rule.operator, formula=list(rule.values), fill=fill, font=font)
    ws.conditional_formatting.add(ref, made)
