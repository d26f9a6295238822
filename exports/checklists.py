"""Material checklists and the inventory as xlsx, through the shared writer (exports.xlsx).

The checklist workbook: a summary sheet (汇总: per checklist its event, date, items,
incomplete, overdue and cost) and one sheet per checklist, named ``"<id> <title>"``, whose
rows carry the item id so an edited copy can be read back (``exports.checklist_import``).
On a checklist sheet: dropdowns for category and status that refuse other values, due
dates as dates, money in yuan with a currency format, the amount as a formula we write
(quantity x unit price), a totals row, incomplete rows shaded (quantity, unit, owner or due
date empty, re-evaluated as the sheet is edited) and overdue due dates in red.

Headers are Chinese, the language the stored vocabularies use; the reader also accepts
the English names in ``HEADERS``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from exports.xlsx import safe_sheet_title, write_xlsx
from exports.xlsx_spec import Column, Highlight, Kind, Progress, Sheet
from models.materials import checklists, library
from models.materials.checklists import CATEGORIES, STATUSES

SUMMARY_TITLE = "汇总"
TOTALS_LABEL = "合计"
NO_UNIT = "（未填单位）"
#: Past this many units a quantity total is left empty (a formula holds 8,192 characters).
MOST_UNITS = 40

#: field -> (Chinese header written, English header also read)
HEADERS = {
    "id": ("ID", "ID"),
    "name": ("名称", "Name"),
    "category": ("类别", "Category"),
    "spec": ("规格", "Spec"),
    "quantity": ("数量", "Quantity"),
    "unit": ("单位", "Unit"),
    "unit_price": ("单价", "Unit price"),
    "amount": ("金额", "Amount"),
    "supplier": ("供应商", "Supplier"),
    "owner": ("负责人", "Owner"),
    "due_on": ("截止日期", "Due"),
    "status": ("状态", "Status"),
    "location": ("存放位置", "Location"),
    "notes": ("备注", "Notes"),
}
ITEM_FIELDS = tuple(HEADERS)
SUMMARY_HEADERS = ("清单ID", "工作表", "活动", "活动日期", "清单", "物料项数", "不完整", "逾期",
                   "金额")
_SUMMARY_ORDER = (0, 2, 3, 4, 5, 6, 7, 8, 1)  # the sheet name last: ids read apart from it


def _letter(field: str) -> str:
    return chr(ord("A") + ITEM_FIELDS.index(field))


def _text(value: str) -> str:
    """``value`` as an Excel string literal, safe inside ``str.format`` too."""
    return '"' + value.replace('"', '""').replace("{", "{{").replace("}", "}}") + '"'


def quantity_total(units: Iterable[str | None], unit: str, quantity: str) -> dict[str, str]:
    """What the totals row shows under a quantity column (``quantity``, its units in column
    ``unit``): the sum when every counted row has the same unit; otherwise the sum per unit
    as text, one unit a line ("12 个", "3 箱"; blank units named ``NO_UNIT``), re-computed
    as the sheet is edited. Never one number over different units: 2 个 and 5 箱 are not
    7 of anything. As keyword arguments for ``Column``."""
    seen = list(dict.fromkeys((u or "").strip() for u in units))
    if not seen:
        return {}
    if len(seen) == 1 and seen[0]:
        return {"total": "sum"}
    if len(seen) > MOST_UNITS:
        return {}
    units_range = f"${unit}${{first}}:${unit}${{last}}"
    quantities = f"${quantity}${{first}}:${quantity}${{last}}"
    parts = []
    for name in seen:
        # "=" + the unit: an exact match (a unit like ">5" or "*" is not an operator or
        # wildcard; "=" alone matches blank cells)
        criteria = "=" + re.sub(r"([*?~])", r"~\1", name)
        parts.append(f"SUMIF({units_range},{_text(criteria)},{quantities})"
                     f"&{_text(' ' + (name or NO_UNIT))}")
    return {"total_formula": "=" + "&CHAR(10)&".join(parts)}


def item_columns(units: Iterable[str | None] = ()) -> list[Column]:
    """The checklist sheet's columns; ``units`` (of the items that have a quantity) decide
    the quantity's total (``quantity_total``)."""
    h = {k: v[0] for k, v in HEADERS.items()}
    amount = f"=IF(AND(ISNUMBER({_letter('quantity')}{{row}}),ISNUMBER({_letter('unit_price')}" \
             f"{{row}})),{_letter('quantity')}{{row}}*{_letter('unit_price')}{{row}},\"\")"
    return [
        Column(h["id"], Kind.ID, width=7), Column(h["name"]),
        Column(h["category"], choices=CATEGORIES, width=11), Column(h["spec"]),
        Column(h["quantity"], Kind.INT, width=8,
               **quantity_total(units, _letter("unit"), _letter("quantity"))),
        Column(h["unit"], width=7),
        Column(h["unit_price"], Kind.MONEY_FEN, width=12),
        Column(h["amount"], Kind.MONEY_FEN, total="sum", formula=amount, width=13),
        Column(h["supplier"]), Column(h["owner"], width=9), Column(h["due_on"], Kind.DATE),
        Column(h["status"], choices=STATUSES, width=9), Column(h["location"]),
        Column(h["notes"], wrap=True, width=30),
    ]


def item_highlights() -> list[Highlight]:
    q, u, o, d, s = (_letter(f) for f in ("quantity", "unit", "owner", "due_on", "status"))
    incomplete = f'OR(${q}{{row}}="",${u}{{row}}="",${o}{{row}}="",${d}{{row}}="")'
    overdue = (f'AND(${d}{{row}}<>"",${d}{{row}}<TODAY(),OR(${s}{{row}}="待准备",'
               f'${s}{{row}}="已下单"))')
    return [Highlight(HEADERS["due_on"][0], formula=overdue),
            Highlight(HEADERS["name"][0], formula=incomplete, whole_row=True,
                      fill="FFF2CC", font_color="7F6000")]


def item_rows(items: Iterable[checklists.Item]):
    for i in items:
        yield (i.id, i.name, i.category, i.spec, i.quantity, i.unit, i.unit_price, None,
               i.supplier, i.owner, i.due_on, i.status, i.location, i.notes)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    checklists: int
    items: int


def sheet_titles(lists: Sequence[checklists.Checklist]) -> list[str]:
    taken = [SUMMARY_TITLE, "_lists"]
    titles = []
    for c in lists:
        title = safe_sheet_title(f"{c.id} {c.title}", taken)
        taken.append(title)
        titles.append(title)
    return titles


def export_checklists(conn: sqlite3.Connection, path: Path | str, today: date, *,
                      ids: Sequence[int] | None = None, community_id: int | None = None,
                      since: date | None = None, until: date | None = None,
                      progress: Progress | None = None) -> ExportSummary:
    """One workbook: the summary, then a sheet per checklist (``ids``, or all in scope)."""
    lists = checklists.list_checklists(conn, today, ids=ids, community_id=community_id,
                                       since=since, until=until)
    titles = sheet_titles(lists)
    h = SUMMARY_HEADERS
    kinds = {0: Column(h[0], Kind.ID, width=8), 1: Column(h[1]), 2: Column(h[2]),
             3: Column(h[3], Kind.DATE), 4: Column(h[4]),
             5: Column(h[5], Kind.INT, total="sum"), 6: Column(h[6], Kind.INT, total="sum"),
             7: Column(h[7], Kind.INT, total="sum"),
             8: Column(h[8], Kind.MONEY_FEN, total="sum")}
    rows = [(c.id, t, c.event_title or "（独立清单）", c.day, c.title, c.items, c.incomplete,
             c.overdue, c.cost) for c, t in zip(lists, titles, strict=True)]
    summary = Sheet(
        SUMMARY_TITLE, [kinds[i] for i in _SUMMARY_ORDER],
        [tuple(row[i] for i in _SUMMARY_ORDER) for row in rows],
        row_count=len(lists), totals_label=TOTALS_LABEL,
        highlights=[Highlight(h[6], "greaterThan", ("0",), fill="FFF2CC", font_color="7F6000"),
                    Highlight(h[7], "greaterThan", ("0",))])
    sheets = [summary]
    for c, title in zip(lists, titles, strict=True):
        items = checklists.list_items(conn, c.id, today)
        units = [i.unit for i in items if i.quantity is not None]
        sheets.append(Sheet(title, item_columns(units), item_rows(items),
                            row_count=c.items, totals_label=TOTALS_LABEL,
                            highlights=item_highlights()))
    write_xlsx(path, sheets, progress)
    return ExportSummary(Path(path), len(lists), sum(c.items for c in lists))


INVENTORY_HEADERS = ("ID", "名称", "类别", "规格", "单位", "单价", "供应商", "库存", "预留",
                     "可用", "涉及活动", "最早需要", "存放位置", "备注")


def export_inventory(conn: sqlite3.Connection, path: Path | str, today: date, *,
                     progress: Progress | None = None) -> ExportSummary:
    """The material library: on hand, reserved by upcoming events' open items, available."""
    stock = library.list_stock(conn, today)
    h = INVENTORY_HEADERS
    units = [s.unit for s in stock]
    columns = [Column(h[0], Kind.ID, width=7), Column(h[1]), Column(h[2], choices=CATEGORIES),
               Column(h[3]), Column(h[4], width=7), Column(h[5], Kind.MONEY_FEN, width=12),
               Column(h[6]), Column(h[7], Kind.INT, width=8, **quantity_total(units, "E", "H")),
               Column(h[8], Kind.INT, width=8, **quantity_total(units, "E", "I")),
               Column(h[9], Kind.INT, formula="=H{row}-I{row}", width=8,
                      **quantity_total(units, "E", "J")),
               Column(h[10], Kind.INT, width=10), Column(h[11], Kind.DATE),
               Column(h[12]), Column(h[13], wrap=True, width=30)]
    rows = [(s.id, s.name, s.category, s.spec, s.unit, s.unit_price, s.supplier, s.on_hand,
             s.reserved, None, s.events, s.first_needed, s.location, s.notes) for s in stock]
    sheet = Sheet("物料库存", columns, rows, row_count=len(rows), totals_label=TOTALS_LABEL,
                  highlights=[Highlight(h[9], "lessThan", ("0",))])
    write_xlsx(path, [sheet], progress)
    return ExportSummary(Path(path), 0, len(rows))
