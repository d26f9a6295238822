"""The analytics report: one xlsx workbook with a KPI summary sheet, a sheet per metric,
and native Excel charts (openpyxl.chart) over those sheets, so the report stays live when
someone edits the numbers in Excel, WPS or LibreOffice.

Every text cell is written with ``data_type = "s"``: a name starting with ``=`` stays a
name, never a formula. openpyxl is imported inside the functions (start-up stays light).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from exports import analytics_tables as tables
from exports import xlsx_print
from exports.analytics_text import Text
from exports.xlsx_print import setup_printing
from models.analytics.dashboard import Dashboard

FORMATS = {"int": "#,##0", "rate": "0.0%", "yuan": "#,##0.00"}
HEADER_FILL = "DCE6F5"
#: (table key, chart type, value columns (1-based, after the label column), y title key)
NATIVE_CHARTS: list[tuple[str, str, list[int], str]] = [
    ("growth", "bar", [2], "growth.joined"),
    ("activity", "line", [2, 4], "activity.daily"),
    ("funnel", "barh", [2], "funnel.members"),
    ("sources", "bar", [2], "sources.joined"),
    ("attendance", "bar", [3, 4], "attendance.registered"),
    ("revenue", "bar", [2], "revenue.yuan"),
    ("audience.gender", "pie", [2], "count"),
    ("audience.age", "bar", [2], "count"),
    ("audience.city", "barh", [2], "count"),
    ("tags", "barh", [2], "count"),
]

_SAFE_SHEET = str.maketrans({c: "_" for c in "[]:*?/\\"})


def sheet_title(title: str, used: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\)."""
    base = title.translate(_SAFE_SHEET).strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def write_cell(ws: Any, row: int, column: int, value: object, kind: str = "text") -> Any:
    cell = ws.cell(row=row, column=column)
    if value is None:
        return cell
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever the text starts with
    else:
        cell.value = value
        if kind in FORMATS:
            cell.number_format = FORMATS[kind]
    return cell


def write_table(ws: Any, table: tables.Table, first_row: int = 1) -> None:
    from openpyxl.styles import Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for column, header in enumerate(table.headers, start=1):
        cell = write_cell(ws, first_row, column, header)
        cell.font, cell.fill = bold, fill
    for r, row in enumerate(table.rows, start=first_row + 1):
        # strict=False: a KPI row is one longer than its columns, it carries its own kind last
        for column, (value, (_, kind)) in enumerate(zip(row, table.columns, strict=False),
                                                    start=1):
            if kind == "mixed":
                kind = str(row[-1])
            write_cell(ws, r, column, value, kind)
    ws.freeze_panes = ws.cell(row=first_row + 1, column=1)
    if table.rows:
        from openpyxl.utils import get_column_letter

        last = get_column_letter(len(table.columns))
        ws.auto_filter.ref = f"A{first_row}:{last}{first_row + len(table.rows)}"
    if table.note:
        note = write_cell(ws, first_row + len(table.rows) + 2, 1, table.note)
        note.font = Font(italic=True)
    _widths(ws, table)
    if table.key == "glossary":  # long definitions: one wide wrapped column
        from openpyxl.styles import Alignment

        ws.column_dimensions["B"].width = 100
        for row in range(first_row + 1, first_row + len(table.rows) + 1):
            ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")


def _widths(ws: Any, table: tables.Table) -> None:
    from openpyxl.utils import get_column_letter

    for column, header in enumerate(table.headers, start=1):
        values = [header] + [row[column - 1] for row in table.rows[:200]]
        longest = max(_display_width(v) for v in values)
        ws.column_dimensions[get_column_letter(column)].width = min(max(10, longest + 2), 50)


def _display_width(value: object) -> int:
    text = "" if value is None else (f"{value:,.2f}" if isinstance(value, float) else str(value))
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)  # CJK is twice as wide


#: A native chart's size in centimetres: wide enough for a month of days, and short enough
#: that, from row 2, it ends well inside the first printed page (``exports.xlsx_print``).
CHART_CM = (18.0, 9.0)


def native_chart(ws: Any, table: tables.Table, kind: str, columns: list[int],
                 y_title: str, anchor: str) -> None:
    """An Excel chart over ``table`` as written at A1 of ``ws``."""
    from openpyxl.chart import BarChart, LineChart, PieChart, Reference

    rows = len(table.rows)
    if rows == 0:
        return
    chart: Any
    if kind == "pie":
        chart = PieChart()
    elif kind == "line":
        chart = LineChart()
    else:
        chart = BarChart()
        chart.type = "bar" if kind == "barh" else "col"
    chart.title = table.title
    if kind != "pie":
        chart.y_axis.title = y_title
        chart.y_axis.delete = False
        chart.x_axis.delete = False
    for column in columns:
        data = Reference(ws, min_col=column, min_row=1, max_row=rows + 1)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    chart.width, chart.height = CHART_CM
    ws.add_chart(chart, anchor)


def write_report(path: Path, d: Dashboard, t: Text, scope_name: str) -> Path:
    """Write the workbook to ``path`` (replacing it); returns the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    used: set[str] = set()
    all_tables = tables.all_tables(d, t)
    summary = wb.active
    summary.title = sheet_title(t("kpi"), used)
    title = write_cell(summary, 1, 1, t("kpi"))
    title.font = Font(bold=True, size=14)
    write_cell(summary, 2, 1, t("scope"))
    write_cell(summary, 2, 2, scope_name)
    write_cell(summary, 3, 1, t("period"))
    write_cell(summary, 3, 2, f"{d.period.start.isoformat()} – {d.period.end.isoformat()}")
    kpi_table = all_tables[0]
    write_table(summary, kpi_table, first_row=5)
    summary.freeze_panes = None
    setup_printing(summary, _column_widths(summary, len(kpi_table.columns)), title_rows=None)
    by_key = {table.key: table for table in all_tables}
    charts = {key: (kind, cols, y) for key, kind, cols, y in NATIVE_CHARTS}
    for table in all_tables[1:]:
        ws = wb.create_sheet(sheet_title(table.title, used))
        write_table(ws, table)
        widths = _column_widths(ws, len(table.columns))
        if table.key in charts and table.rows:
            kind, cols, y = charts[table.key]
            anchor = f"{get_column_letter(len(table.columns) + 2)}2"
            native_chart(ws, table, kind, cols, t(y), anchor)
            _print_with_chart(ws, table, widths)
        else:
            setup_printing(ws, widths)
    assert by_key  # every table has a sheet
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _column_widths(ws: Any, count: int) -> list[float]:
    from openpyxl.utils import get_column_letter

    return [ws.column_dimensions[get_column_letter(c)].width or 8.43
            for c in range(1, count + 1)]


def _print_with_chart(ws: Any, table: tables.Table, widths: list[float]) -> None:
    """Print the table and the chart beside it (anchored at row 2, one column apart) on the
    same pages: the print area reaches the chart's last column and row, and the page is as
    wide as both, so the chart is scaled with the table and never cut at a page's edge."""
    from openpyxl.utils import get_column_letter

    width_cm, height_cm = CHART_CM
    chart_columns = xlsx_print.columns_for(width_cm)
    last_column = len(widths) + 1 + chart_columns
    data_rows = len(table.rows) + 1 + (2 if table.note else 0)
    last_row = max(data_rows, 2 + xlsx_print.rows_for(height_cm))
    setup_printing(ws, [*widths, 8.43, width_cm / xlsx_print.UNIT_CM],
                   area=f"A1:{get_column_letter(last_column)}{last_row}")


def write_table_workbook(path: Path, sheets: Iterable[tables.Table]) -> Path:
    """The data behind one chart (one or more tables) as its own small workbook."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for table in sheets:
        write_table(wb.create_sheet(sheet_title(table.title, used)), table)
    wb.save(path)
    return path
