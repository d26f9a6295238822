"""What a sheet has around its data: column widths fitted to the content, the totals row,
dropdown lists (long ones on a hidden ``_lists`` sheet) and conditional highlights."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from exports.xlsx_cells import display_width, plain_text
from exports.xlsx_spec import NUMBER_FORMATS, TOTALS, Column, Highlight, Kind

MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
_FIXED_WIDTHS = {Kind.DATE: 12.0, Kind.DATETIME: 17.0, Kind.PHONE: 14.0}
TOTALS_FILL = "DDEBF7"


def column_widths(columns: Sequence[Column], sample: Sequence[Sequence[Any]]) -> list[float]:
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


def totals_row(ws: Any, columns: Sequence[Column], letters: Sequence[str], label: str,
                last: int, make_cell: Callable[..., Any]) -> list[Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    font = Font(bold=True)
    fill = PatternFill("solid", fgColor=TOTALS_FILL)
    border = Border(top=Side(style="thin", color="8EA9C1"))
    row = []
    for index, (letter, column) in enumerate(zip(letters, columns, strict=True)):
        if column.total_formula:
            cell = make_cell(ws, column.total_formula.format(first=2, last=max(last, 2)))
            # a formula of ours may give lines (sums per unit): the row grows to show them
            cell.alignment = Alignment(horizontal="right", vertical="top", wrap_text=True)
        elif column.total:
            code = TOTALS[column.total]
            cell = make_cell(ws, f"=SUBTOTAL({code},{letter}2:{letter}{max(last, 2)})")
            cell.number_format = NUMBER_FORMATS.get(column.kind, "General")
        elif index == 0:
            cell = make_cell(ws, plain_text(label))
            cell.data_type = "s"
        else:
            cell = make_cell(ws)
        cell.font, cell.fill, cell.border = font, fill, border
        row.append(cell)
    return row


class ChoiceLists:
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
                    cell = WriteOnlyCell(ws, plain_text(choices[index]))
                    cell.data_type = "s"  # a choice is text, whatever it starts with
                    row.append(cell)
                else:
                    row.append(None)
            ws.append(row)


def dropdown(lists: ChoiceLists, column: Column, ref: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="list", formula1=lists.formula(column.choices),
                                allow_blank=True, showDropDown=False, showErrorMessage=True,
                                errorStyle="stop", errorTitle=column.header[:32],
                                error=" / ".join(column.choices)[:255])
    validation.add(ref)
    return validation


def add_highlight(ws: Any, columns: Sequence[Column], letters: Sequence[str],
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
