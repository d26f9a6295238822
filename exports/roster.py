"""The roster as an xlsx workbook: exactly the members the roster table shows (its
filters, search and sort), one row each, through ``exports/xlsx.py``.

The first column is the member's id, so an edited copy can be imported back with
"update by id" (``models/imports/member_import.py``). Headers come from the caller (the window
passes them in the user's language); the defaults are the Chinese ones, which the import
mapping recognises, as it does the English ones.

``mask=True`` is for sharing: phone 138****5678, names 张*, WeChat ids and emails
shortened, notes and the id column left out (a masked file cannot overwrite real data), and
every other text cell (city, source, tags …) through ``exports.masking.mask_text``, because
people type phone numbers and ids into any field.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from exports import roster_fields
from exports.masking import mask_handle, mask_name, mask_phone, mask_text
from exports.xlsx import write_xlsx
from exports.xlsx_spec import Column, Kind, Progress, Sheet, WriteSummary
from models.members.roster import RosterFilter, RosterSort, count, order_by, where

#: (key, default header, kind): the columns of a roster export, in order.
COLUMNS: tuple[tuple[str, str, Kind], ...] = (
    ("id", "ID", Kind.ID),
    ("display_name", "姓名", Kind.TEXT),
    ("nickname", "昵称", Kind.TEXT),
    ("phone", "手机", Kind.PHONE),
    ("wechat_id", "微信号", Kind.TEXT),
    ("email", "邮箱", Kind.TEXT),
    ("gender", "性别", Kind.TEXT),
    ("city", "城市", Kind.TEXT),
    ("source", "来源", Kind.TEXT),
    ("referrer", "邀请人", Kind.TEXT),
    ("lifecycle", "阶段", Kind.TEXT),
    ("tags_text", "标签", Kind.TEXT),
    ("communities_text", "社群", Kind.TEXT),
    ("points", "积分", Kind.INT),
    ("joined_at", "入群时间", Kind.DATETIME),
    ("last_active_at", "最近活跃", Kind.DATETIME),
    ("honours_text", "荣誉", Kind.TEXT),
    ("notes", "备注", Kind.TEXT),
)
#: Columns that are not a column of ``members``: the SQL that reads them (on ``m``). The
#: referrer by name, the way the import's 邀请人 column reads it back in.
_COMPUTED = {"referrer": "(SELECT r.display_name FROM members r WHERE r.id = m.referrer_id)"}
#: Left out of a masked export.
UNMASKABLE = ("id", "notes")
DEFAULT_HEADERS = {key: header for key, header, _ in COLUMNS}


@dataclass(frozen=True)
class RosterExport:
    filter: RosterFilter = RosterFilter()
    sort: RosterSort = RosterSort()
    mask: bool = False
    headers: Mapping[str, str] | None = None  # key -> header text; Chinese by default
    #: Display labels for stored values: {"lifecycle": {"retention": "留存"}, "gender": …}
    labels: Mapping[str, Mapping[str, str]] | None = None
    sheet_title: str = "成员"
    today: date | None = None
    #: How a yes/no custom field reads (the window passes the user's language).
    yes_no: tuple[str, str] = ("是", "否")


#: Columns whose whole value is one personal datum; every other text column gets
#: ``mask_text`` in a masked export.
_MASKS: dict[str, Callable[[str | None], str | None]] = {
    "display_name": mask_name, "nickname": mask_name, "phone": mask_phone,
    "wechat_id": mask_handle, "email": mask_handle, "referrer": mask_name,
}


def roster_sheet(conn: sqlite3.Connection, spec: RosterExport) -> Sheet:
    """The sheet (rows streamed from one query in the table's order)."""
    keys = [k for k, _, _ in COLUMNS if not (spec.mask and k in UNMASKABLE)]
    kinds = {k: kind for k, _, kind in COLUMNS}
    headers = {**DEFAULT_HEADERS, **(spec.headers or {})}
    columns = [Column(headers[k], kinds[k]) for k in keys]
    fields = roster_fields.columns(conn)  # the workspace's custom fields, after the rest
    columns += [Column(f.name, kind) for f, kind in fields]
    total = count(conn, spec.filter, spec.today)
    rows = _rows(conn, spec, keys, with_id=bool(fields))
    if fields:
        rows = roster_fields.with_values(conn, rows, fields, spec.mask, spec.yes_no)
    return Sheet(spec.sheet_title, columns, rows, row_count=total)


def _rows(conn: sqlite3.Connection, spec: RosterExport, keys: list[str],
          with_id: bool = False) -> Iterator[Sequence[object]]:
    """The rows in order (``with_id``: each ending with the member's id, for the custom
    fields' values)."""
    clause, params = where(spec.filter, spec.today)
    select = ", ".join([*(_COMPUTED.get(k, f"m.{k}") for k in keys),
                        *(["m.id"] if with_id else [])])
    labels = spec.labels or {}
    kinds = {k: kind for k, _, kind in COLUMNS}
    changers: list[tuple[int, Callable[[object], object]]] = []
    for index, key in enumerate(keys):
        mapping = labels.get(key)
        if mapping:
            changers.append((index, lambda v, m=mapping: m.get(v, v)))  # type: ignore[misc]
        if spec.mask:
            if key in _MASKS:
                changers.append((index, _MASKS[key]))  # type: ignore[arg-type]
            elif kinds[key] is Kind.TEXT:
                changers.append((index, mask_text))  # type: ignore[arg-type]
    cursor = conn.execute(f"SELECT {select} FROM members m WHERE {clause}"
                          f" ORDER BY {order_by(spec.sort)}", params)
    if not changers:
        yield from cursor
        return
    for row in cursor:
        values = list(row)
        for index, change in changers:
            if values[index] is not None:
                values[index] = change(values[index])
        yield values


def export_roster(conn: sqlite3.Connection, path: Path | str, spec: RosterExport,
                  progress: Progress | None = None) -> WriteSummary:
    """Write the roster to ``path``; ``conn`` may be a read-only connection of a worker."""
    return write_xlsx(path, [roster_sheet(conn, spec)], progress=progress)
