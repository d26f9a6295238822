"""Reading checklists back: an exported checklist edited by staff or a supplier, and a
supplier's own item list.

``plan_checklist_import`` reads every checklist sheet of a workbook and returns a plan:
for each sheet, the checklist it belongs to, the fields that change on existing items
(matched by the ID column), and the new rows (no ID). Every bad value is a ``Problem``
naming its row and column; a plan with problems must not be applied. ``ImportPlan.edits``
hands a clean plan's rows to ``models.materials.checklist_apply``, which writes them in one
transaction (this module writes nothing). Items missing from the file are left as they are
(a deleted row in a spreadsheet is too easily an accident).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from exports.checklists import HEADERS, SUMMARY_HEADERS, SUMMARY_TITLE, TOTALS_LABEL
from exports.xlsx_read import normalise_header, open_workbook, sheet_rows
from models.core.errors import Code, DomainError, Message
from models.materials import checklists
from models.materials.checklist_apply import SheetEdits
from models.materials.checklists import CATEGORIES, STATUSES

#: Header text (normalised) -> field, for exported checklists.
ALIASES = {normalise_header(h): f for f, pair in HEADERS.items() for h in pair}
#: Header words a supplier's list may use -> field.
SUPPLIER_ALIASES = {
    **{normalise_header(h): "name" for h in ("名称", "品名", "商品名称", "物料名称",
                                             "产品名称", "货品名称", "name", "item", "product")},
    **{normalise_header(h): "spec" for h in ("规格", "型号", "规格型号", "spec",
                                             "specification", "model")},
    **{normalise_header(h): "quantity" for h in ("数量", "qty", "quantity", "数目")},
    **{normalise_header(h): "unit_price" for h in ("单价", "价格", "报价", "含税单价",
                                                   "price", "unit price")},
    **{normalise_header(h): "unit" for h in ("单位", "unit")},
    **{normalise_header(h): "category" for h in ("类别", "分类", "category")},
    **{normalise_header(h): "notes" for h in ("备注", "说明", "notes", "remark")},
}
TEXT_FIELDS = ("name", "spec", "unit", "supplier", "owner", "location", "notes")


@dataclass(frozen=True)
class Problem:
    """A cell (or a sheet, or the file) that cannot be read back: ``message`` says why as a
    code (``views/error_text.py`` words it); ``reason`` and ``str()`` are English."""

    row: int
    column: str
    message: Message
    sheet: str = ""

    @property
    def reason(self) -> str:
        return str(self.message)

    def __str__(self) -> str:
        where = f" (sheet {self.sheet})" if self.sheet else ""
        return f"row {self.row}, column {self.column}: {self.reason}{where}"


@dataclass(frozen=True)
class FieldChange:
    item_id: int
    item_name: str
    field: str
    old: object
    new: object


@dataclass
class SheetPlan:
    sheet: str
    checklist_id: int
    title: str
    changes: list[FieldChange] = field(default_factory=list)
    new_rows: list[dict[str, object]] = field(default_factory=list)
    unchanged: int = 0
    not_in_file: int = 0

    def updates(self) -> dict[int, dict[str, object]]:
        out: dict[int, dict[str, object]] = {}
        for c in self.changes:
            out.setdefault(c.item_id, {})[c.field] = c.new
        return out

    def before(self) -> dict[int, dict[str, object]]:
        out: dict[int, dict[str, object]] = {}
        for c in self.changes:
            out.setdefault(c.item_id, {})[c.field] = c.old
        return out


@dataclass
class ImportPlan:
    source: str
    sheets: list[SheetPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def updated_items(self) -> int:
        return sum(len({c.item_id for c in s.changes}) for s in self.sheets)

    @property
    def new_items(self) -> int:
        return sum(len(s.new_rows) for s in self.sheets)

    @property
    def empty(self) -> bool:
        return not any(s.changes or s.new_rows for s in self.sheets)

    def edits(self) -> list[SheetEdits]:
        """What to write (``models.materials.checklist_apply.apply_edits``); refused (ValueError)
        while the plan has problems."""
        if self.problems:
            raise ValueError("a plan with problems cannot be applied")
        return [SheetEdits(s.checklist_id, s.updates(), s.before(), list(s.new_rows))
                for s in self.sheets]


# -- cell values ------------------------------------------------------------------------


class _Bad(DomainError):
    """A cell's value refused; ``message`` says why."""


def as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    text = str(value).strip()
    return text or None


def as_int(value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _Bad(Code.CELL_WHOLE_NEEDED, value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and re.fullmatch(r"\s*\d[\d,]*\s*", value):
        number = int(value.replace(",", ""))
    else:
        raise _Bad(Code.CELL_NOT_WHOLE, value, value=value)
    if number < 0:
        raise _Bad(Code.CELL_NEGATIVE, value)
    return number


def as_fen(value: object) -> int | None:
    """Yuan (a number, or text like '¥1,234.50') -> integer fen, refusing fractions of a fen."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _Bad(Code.CELL_YUAN_NEEDED, value)
    try:
        if isinstance(value, (int, float)):
            amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        else:
            amount = Decimal(str(value).strip().lstrip("¥￥").replace(",", "").rstrip("元"))
    except InvalidOperation:
        raise _Bad(Code.CELL_NOT_YUAN, value, value=value) from None
    if amount < 0:
        raise _Bad(Code.CELL_NEGATIVE, value)
    fen = amount * 100
    if fen != fen.to_integral_value():
        # Floats such as 12.3 stored as 12.299999 still land on a whole fen.
        if abs(fen - fen.to_integral_value()) > Decimal("0.0001"):
            raise _Bad(Code.CELL_FEN_FRACTION, value, value=value)
    return int(fen.to_integral_value())


def as_day(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip().replace("/", "-").replace(".", "-")
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", text)
    if match:
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            pass
    raise _Bad(Code.CELL_NOT_DAY, value, value=value)


def as_choice(choices: tuple[str, ...], default: str | None):
    def parse(value: object) -> str | None:
        text = as_text(value)
        if text is None:
            return default or None
        if text not in choices:
            raise _Bad(Code.CELL_NOT_ONE_OF, text, value=text, allowed=" / ".join(choices))
        return text
    return parse


PARSERS = {
    "category": as_choice(CATEGORIES, CATEGORIES[-1]),
    "status": as_choice(STATUSES, ""),
    "quantity": as_int,
    "unit_price": as_fen,
    "due_on": as_day,
    **{f: as_text for f in TEXT_FIELDS},
}


# -- edited checklists ------------------------------------------------------------------


def _header_map(row: tuple, aliases: dict[str, str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, value in enumerate(row):
        name = aliases.get(normalise_header(value))
        if name and name not in found:
            found[name] = index
    return found


def _summary_sheets(wb) -> dict[str, int]:
    """Sheet title -> checklist id, from the summary sheet when it is there."""
    if SUMMARY_TITLE not in wb.sheetnames:
        return {}
    rows = sheet_rows(wb[SUMMARY_TITLE])
    try:
        _, header = next(rows)
    except StopIteration:
        return {}
    try:
        id_col, sheet_col = header.index(SUMMARY_HEADERS[0]), header.index(SUMMARY_HEADERS[1])
    except ValueError:
        return {}
    out = {}
    for _, row in rows:
        if len(row) > max(id_col, sheet_col) and row[sheet_col]:
            try:
                out[str(row[sheet_col])] = int(row[id_col])
            except (TypeError, ValueError):
                continue
    return out


def plan_checklist_import(conn: sqlite3.Connection, path: Path | str,
                          today: date) -> ImportPlan:
    """Read an edited checklist workbook and say exactly what importing it would change."""
    wb = open_workbook(path)
    plan = ImportPlan(Path(path).name)
    try:
        known = _summary_sheets(wb)
        for title in wb.sheetnames:
            if title in (SUMMARY_TITLE, "_lists"):
                continue
            sheet = _plan_sheet(conn, wb[title], title, known.get(title), today, plan.problems)
            if sheet is not None:
                plan.sheets.append(sheet)
    finally:
        wb.close()
    if not plan.sheets and not plan.problems:
        plan.problems.append(Problem(1, "ID", Message(Code.CHECKLIST_SHEET_MISSING)))
    return plan


def _plan_sheet(conn, ws, title: str, checklist_id: int | None, today: date,
                problems: list[Problem]) -> SheetPlan | None:
    rows = sheet_rows(ws)
    try:
        _, header = next(rows)
    except StopIteration:
        return None
    columns = _header_map(header, ALIASES)
    if "id" not in columns or "name" not in columns:
        return None  # not a checklist sheet (notes, a chart ...)
    if checklist_id is None:
        match = re.match(r"\s*(\d+)", title)
        checklist_id = int(match.group(1)) if match else None
    found = checklists.get_checklist(conn, checklist_id, today) if checklist_id else None
    if found is None or checklist_id is None:
        problems.append(Problem(1, title, Message(Code.CHECKLIST_UNKNOWN), title))
        return None
    plan = SheetPlan(title, int(checklist_id), found.title)
    current = {i.id: i for i in checklists.list_items(conn, plan.checklist_id, today)}
    seen: set[int] = set()
    header_names = {f: str(header[i]) for f, i in columns.items()}
    for number, row in rows:
        def cell(name: str, row: tuple = row) -> object:
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else None

        if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
            continue
        if as_text(cell("id")) == TOTALS_LABEL:
            continue
        values: dict[str, object] = {}
        bad = False
        for name in columns:
            if name in ("id", "amount"):
                continue
            try:
                values[name] = PARSERS[name](cell(name))
            except _Bad as error:
                problems.append(Problem(number, header_names[name], error.message, title))
                bad = True
        try:
            item_id = as_int(cell("id"))
        except _Bad as error:
            problems.append(Problem(number, header_names["id"], error.message, title))
            continue
        if item_id is not None:
            if item_id not in current:
                problems.append(Problem(number, header_names["id"],
                                        Message(Code.NO_ITEM, {"id": item_id,
                                                                "checklist": found.title}),
                                        title))
                continue
            if item_id in seen:
                problems.append(Problem(number, header_names["id"],
                                        Message(Code.ITEM_TWICE, {"id": item_id}), title))
                continue
            seen.add(item_id)
        if not values.get("name"):
            problems.append(Problem(number, header_names["name"],
                                        Message(Code.ITEM_NAME_NEEDED), title))
            continue
        if bad:
            continue
        if "status" in values and values["status"] is None and item_id is not None:
            problems.append(Problem(number, header_names["status"],
                                    Message(Code.STATUS_NEEDED,
                                            {"allowed": " / ".join(STATUSES)}), title))
            continue
        if item_id is None:
            values["status"] = values.get("status") or STATUSES[0]
            plan.new_rows.append({k: v for k, v in values.items() if v is not None})
            continue
        old = current[item_id]
        changed = False
        for name, new in values.items():
            was = getattr(old, name)
            if (was or None) != (new or None) and not (was == 0 and new == 0):
                plan.changes.append(FieldChange(item_id, old.name, name, was, new))
                changed = True
        plan.unchanged += not changed
    plan.not_in_file = len(set(current) - seen)
    return plan


# -- a supplier's list ------------------------------------------------------------------


@dataclass
class SupplierList:
    rows: list[dict[str, object]]
    problems: list[Problem]
    sheet: str


def read_supplier_list(path: Path | str, supplier: str | None = None) -> SupplierList:
    """Items from a supplier's sheet (name, spec, qty, price ...): the first sheet with a
    header row naming at least an item name, found among its first 20 rows."""
    wb = open_workbook(path)
    try:
        for ws in wb.worksheets:
            rows = sheet_rows(ws)
            for number, row in rows:
                if number > 20:
                    break
                columns = _header_map(row, SUPPLIER_ALIASES)
                if "name" in columns and len(columns) >= 2:
                    names = {f: str(row[i]) for f, i in columns.items()}
                    return _supplier_rows(rows, columns, names, supplier, ws.title)
    finally:
        wb.close()
    return SupplierList([], [Problem(1, "名称", Message(Code.SUPPLIER_NO_HEADER))], "")


def _supplier_rows(rows, columns, names, supplier, title) -> SupplierList:
    out = SupplierList([], [], title)
    for number, row in rows:
        def cell(name: str, row: tuple = row) -> object:
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else None

        name = as_text(cell("name"))
        if name is None or normalise_header(name) in ("合计", "总计", "小计", "total"):
            continue
        values: dict[str, object] = {"name": name}
        for f in columns:
            if f == "name":
                continue
            try:
                values[f] = PARSERS[f](cell(f))
            except _Bad as error:
                out.problems.append(Problem(number, names[f], error.message, title))
        if supplier:
            values["supplier"] = supplier
        out.rows.append({k: v for k, v in values.items() if v is not None})
    return out
