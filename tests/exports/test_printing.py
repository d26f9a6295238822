"""The workbooks people print come out right on paper: A4, portrait or landscape by width,
every column on the page's width, the header on every page, narrow margins, page numbers; a
report's charts inside the printed pages; a checklist's totals never add 个 to 箱."""

from __future__ import annotations

import openpyxl
import pytest

from exports import report, xlsx_print
from exports.analytics_text import Text
from exports.checklists import NO_UNIT, export_checklists, export_inventory
from exports.plan import export_plan
from models.materials import checklists, library
from models.plan import templates
from models.store.workspace import open_workspace
from tests.conftest import DEMO_TODAY
from tests.models.checklist_fixtures import TODAY, shop  # noqa: F401


def printed(sheet, *, landscape: bool | None = None, title_rows: bool = True) -> None:
    setup = sheet.page_setup
    assert setup.paperSize == 9, sheet.title  # A4, not Letter or the printer's default
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
    if landscape is not None:
        assert setup.orientation == ("landscape" if landscape else "portrait"), sheet.title
    if title_rows:
        assert sheet.print_title_rows == "$1:$1", sheet.title
    assert sheet.page_margins.left <= 0.5 and sheet.page_margins.right <= 0.5
    assert "&P" in (sheet.oddFooter.center.text or "")


@pytest.fixture
def mixed(shop):  # noqa: F811
    """The salon's checklist in 个 and 箱 (and one row without a unit); the fair's in 个 only."""
    ws, ids = shop
    checklists.add_items(ws.conn, ids["salon_list"], [
        {"name": "易拉宝", "quantity": 2, "unit": "个", "unit_price": 9000},
        {"name": "矿泉水", "quantity": 5, "unit": "箱", "unit_price": 3000},
        {"name": "签字笔", "quantity": 10, "unit": "个", "unit_price": 200},
        {"name": "茶歇", "quantity": 45, "unit_price": 2500},
    ])
    checklists.add_items(ws.conn, ids["fair_list"], [
        {"name": "桌子", "quantity": 4, "unit": "个"},
        {"name": "椅子", "quantity": 8, "unit": "个"}])
    return ws, ids


def totals(sheet) -> dict[str, object]:
    header = [c.value for c in sheet[1]]
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[0] == "合计"
    return dict(zip(header, last, strict=True))


def test_checklists_print_on_a4_with_the_header_on_every_page(mixed, tmp_path):
    ws, ids = mixed
    path = tmp_path / "c.xlsx"
    export_checklists(ws.conn, path, TODAY)
    book = openpyxl.load_workbook(path)
    summary, *lists = [s for s in book.worksheets if s.sheet_state == "visible"]
    printed(summary)
    for sheet in lists:
        printed(sheet, landscape=True)  # 14 columns: too wide for portrait


def test_a_checklist_total_never_adds_different_units(mixed, tmp_path):
    ws, ids = mixed
    path = tmp_path / "c.xlsx"
    export_checklists(ws.conn, path, TODAY)
    book = openpyxl.load_workbook(path)
    salon = next(s for s in book.worksheets if s.title.startswith(f"{ids['salon_list']} "))
    fair = next(s for s in book.worksheets if s.title.startswith(f"{ids['fair_list']} "))
    quantity = totals(salon)["数量"]
    # not SUBTOTAL over the column (2 + 5 + 10 + 45 = 62 of nothing): a sum per unit
    assert "SUBTOTAL" not in quantity
    assert quantity.count("SUMIF(") == 3
    assert '"=个"' in quantity and '"=箱"' in quantity and '"="' in quantity
    assert NO_UNIT in quantity
    assert totals(salon)["金额"].startswith("=SUBTOTAL(109,")  # money adds up
    assert totals(fair)["数量"].startswith("=SUBTOTAL(109,E2:E3")  # one unit: one number


def test_inventory_totals_are_per_unit_too(shop, tmp_path):  # noqa: F811
    ws, _ids = shop
    library.create_material(ws.conn, {"name": "矿泉水", "unit": "箱", "on_hand": 10})
    path = tmp_path / "i.xlsx"
    export_inventory(ws.conn, path, TODAY)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    printed(sheet)
    for header in ("库存", "预留", "可用"):
        assert "SUBTOTAL" not in totals(sheet)[header] and '"=箱"' in totals(sheet)[header]


def test_plan_sheets_print_by_their_width(tmp_path):
    with open_workspace(tmp_path / "w.qunzhu") as ws:
        cid, _ = templates.create_community_with_plan(ws.conn, "读书会", "微信群", "paid",
                                                       DEMO_TODAY)
        export_plan(ws.conn, tmp_path / "plan.xlsx", cid, DEMO_TODAY)
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        widths = [sheet.column_dimensions[c].width for c in sheet.column_dimensions]
        printed(sheet, landscape=xlsx_print.is_wide(widths))
    assert book["群规"].page_setup.orientation == "portrait"  # two columns: portrait
    assert book["风险"].page_setup.orientation == "landscape"


def test_report_charts_sit_inside_the_first_printed_page(dashboard, tmp_path):
    from openpyxl.utils import column_index_from_string, range_boundaries

    path = report.write_report(tmp_path / "r.xlsx", dashboard, Text(), "All communities")
    book = openpyxl.load_workbook(path)
    printed(book.worksheets[0], title_rows=False)
    charted = [s for s in book.worksheets if s._charts]
    assert len(charted) >= 4
    for sheet in book.worksheets[1:]:
        printed(sheet)
    for sheet in charted:
        assert sheet.page_setup.orientation == "landscape"
        min_col, min_row, max_col, max_row = range_boundaries(
            sheet.print_area.split("!")[-1].replace("$", ""))
        widths = [sheet.column_dimensions[c].width or 8.43 for c in sheet.column_dimensions
                  if column_index_from_string(c) <= max_col]
        widths += [8.43] * (max_col - len(widths))
        for chart in sheet._charts:
            start = chart.anchor._from
            width_cm, height_cm = chart.width, chart.height
            last_col = start.col + xlsx_print.columns_for(width_cm)
            last_row = start.row + xlsx_print.rows_for(height_cm)
            assert (min_col, min_row) == (1, 1)
            assert last_col <= max_col and last_row <= max_row, sheet.title
            # fit to width scales the page; the chart ends above the first page's foot
            scale = min(1.0, xlsx_print.LANDSCAPE_WIDTH / sum(widths))
            rows_on_page = xlsx_print.LANDSCAPE_HEIGHT_CM / (xlsx_print.ROW_CM * scale)
            assert last_row < rows_on_page - 1, sheet.title


def test_a_narrow_sheet_prints_portrait(tmp_path):
    from exports.xlsx import write_xlsx
    from exports.xlsx_spec import Column, Sheet

    write_xlsx(tmp_path / "n.xlsx", [Sheet("窄", [Column("名称"), Column("数量")], [("a", 1)])])
    sheet = openpyxl.load_workbook(tmp_path / "n.xlsx")["窄"]
    printed(sheet, landscape=False)


