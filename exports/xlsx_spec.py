"""How a workbook is declared: sheets of typed columns, with optional totals, dropdowns and
highlights. Every export (roster, checklists, plan, reports) describes its sheets with
these and hands them to ``exports.xlsx.write_xlsx``::

    from exports.xlsx import write_xlsx
    from exports.xlsx_spec import Column, Highlight, Kind, Sheet

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
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

#: ``progress(step, done, total)``; returning False cancels the export.
Progress = Callable[[str, int, int], bool]


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
TOTALS = {"sum": 109, "average": 101, "count": 103}  # SUBTOTAL codes: ignore hidden rows


@dataclass(frozen=True)
class Column:
    """One column: its header, what it holds, and optional width, dropdown and total.

    ``choices`` adds a dropdown (data validation) that refuses any other value;
    ``total`` ("sum", "average", "count") puts a SUBTOTAL formula in the totals row;
    ``formula`` makes every data cell of the column a formula we write, with ``{row}``
    standing for the cell's row (``"=E{row}*G{row}"``); the row's own value is ignored.
    ``total_formula`` is the totals row's cell when a plain SUBTOTAL would be wrong (sums
    per unit), with ``{first}`` and ``{last}`` standing for the data rows; it wins over
    ``total``.
    """

    header: str
    kind: Kind = Kind.TEXT
    width: float | None = None  # None: fitted to the header and the first rows
    choices: tuple[str, ...] = ()
    total: str | None = None
    wrap: bool = False
    formula: str | None = None
    total_formula: str | None = None


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
    total_formula: str | None = None
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
    #: Printing (exports.xlsx_print): A4, every column on the page's width, the header on
    #: every page; landscape when the columns are too wide for portrait (None), or as given.
    landscape: bool | None = None


@dataclass(frozen=True)
class WriteSummary:
    path: Path
    rows: dict[str, int]  # data rows written, by sheet title
