"""How a sheet prints: A4, portrait or landscape by how wide its columns are, every column on
the page's width (as many pages down as the rows need), the header row on every page, modest
margins, and the sheet's name with "page of pages" in the footer.

Operators print checklists for the staff who pack and the suppliers who deliver, and the plan
for a meeting; before this, Excel and WPS printed them on Letter or the printer's default, cut
after the fifth column, with the header on the first page only.

Widths are in Excel's column units (about one Latin character each): at 100% an A4 page in
portrait holds about ``PORTRAIT_WIDTH`` of them inside these margins, in landscape about
``LANDSCAPE_WIDTH``. A row is ``ROW_CM`` high by default (15 pt), which is what a chart's
place in rows is measured with (``rows_for``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: Column units across A4 inside the margins below, at 100% (portrait / landscape).
PORTRAIT_WIDTH, LANDSCAPE_WIDTH = 95.0, 140.0
#: The printable height of A4 inside the margins below, in centimetres (portrait / landscape).
PORTRAIT_HEIGHT_CM, LANDSCAPE_HEIGHT_CM = 26.0, 17.5
#: A default row (15 pt) and a default column (8.43 units, 64 px) in centimetres.
ROW_CM, COLUMN_CM = 0.529, 1.69
#: One column unit in centimetres (a 64 px default column holds 8.43 units).
UNIT_CM = COLUMN_CM / 8.43
#: Inches, as the file stores them: narrow sides, room for the footer.
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.55, "bottom": 0.6, "header": 0.25,
           "footer": 0.3}
FOOTER = "&A  &P / &N"  # the sheet's name, then "page / pages"
A4 = 9  # the file format's paper size code (openpyxl's Worksheet.PAPERSIZE_A4)


def is_wide(widths: Sequence[float]) -> bool:
    """Whether columns of these widths need a landscape page to print at a readable size."""
    return sum(widths) > PORTRAIT_WIDTH


def setup_printing(ws: Any, widths: Sequence[float], *, landscape: bool | None = None,
                   title_rows: str | None = "1:1", area: str | None = None) -> None:
    """Set ``ws`` (an openpyxl sheet, write-only or not) to print as the module says;
    ``landscape`` None chooses by ``widths``; ``title_rows`` repeats on each page (None:
    none); ``area`` limits what prints (e.g. a table and the chart beside it)."""
    from openpyxl.worksheet.page import PageMargins

    wide = is_wide(widths) if landscape is None else landscape
    ws.page_setup.paperSize = A4
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.page_margins = PageMargins(**MARGINS)
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = FOOTER
    if title_rows:
        ws.print_title_rows = title_rows
    if area:
        ws.print_area = area


def rows_for(height_cm: float) -> int:
    """How many default rows an object ``height_cm`` high covers (rounded up)."""
    return int(-(-height_cm // ROW_CM))


def columns_for(width_cm: float, column_cm: float = COLUMN_CM) -> int:
    """How many columns of ``column_cm`` an object ``width_cm`` wide covers (rounded up)."""
    return int(-(-width_cm // column_cm))
