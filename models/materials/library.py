"""物料库: reusable materials, what is on hand, reserved and available, and shortages.

Reserved: the quantities of open items (待准备, 已下单, 已到货, 已打包) that draw on a
material, in checklists of events that start today or later. Available = on hand -
reserved; below zero is a shortage, reported with the events that need it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError
from models.core.vocab import MaterialCategory
from models.store.workspace import transaction

FIELDS = ("name", "category", "spec", "unit", "unit_price", "supplier", "on_hand",
          "location", "notes")
CATEGORIES = tuple(c.value for c in MaterialCategory)


@dataclass(frozen=True)
class Stock:
    id: int
    name: str
    category: str
    spec: str | None
    unit: str | None
    unit_price: int | None
    supplier: str | None
    on_hand: int
    location: str | None
    notes: str | None
    reserved: int
    events: int  # upcoming events whose checklists reserve some
    first_needed: str | None  # the first of those events' start

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def short(self) -> bool:
        return self.available < 0


_STOCK_SQL = """
WITH need AS (
    SELECT i.material_id, sum(coalesce(i.quantity, 0)) AS qty,
           count(DISTINCT e.id) AS events, min(e.starts_at) AS first
    FROM checklist_items i
    JOIN checklists c ON c.id = i.checklist_id AND c.deleted_at IS NULL
    JOIN events e ON e.id = c.event_id AND e.deleted_at IS NULL
    WHERE i.material_id IS NOT NULL
      AND i.status IN ('待准备', '已下单', '已到货', '已打包')
      AND substr(e.starts_at, 1, 10) >= :today {until}
    GROUP BY i.material_id
)
SELECT m.id, m.name, m.category, m.spec, m.unit, m.unit_price, m.supplier, m.on_hand,
       m.location, m.notes, coalesce(n.qty, 0), coalesce(n.events, 0), n.first
FROM materials m LEFT JOIN need n ON n.material_id = m.id
WHERE m.deleted_at IS NULL {where}
ORDER BY m.category, m.name, m.id
"""


def list_stock(conn: sqlite3.Connection, today: date, *, until: date | None = None,
               ids: list[int] | None = None) -> list[Stock]:
    """Every material with on hand / reserved / available (events up to ``until``)."""
    args: dict[str, object] = {"today": today.isoformat()}
    until_sql = ""
    if until is not None:
        until_sql = "AND substr(e.starts_at, 1, 10) <= :until"
        args["until"] = until.isoformat()
    where = f"AND m.id IN ({','.join(str(int(i)) for i in ids) or 'NULL'})" if ids else ""
    return [Stock(*row) for row in conn.execute(
        _STOCK_SQL.format(until=until_sql, where=where), args)]


def shortages(conn: sqlite3.Connection, today: date, until: date | None = None) -> list[Stock]:
    """Materials whose upcoming needs (up to ``until``) exceed what is on hand."""
    return [s for s in list_stock(conn, today, until=until) if s.short]


def clean(values: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, value in values.items():
        if name not in FIELDS:
            raise ValueError(f"unknown material field {name!r}")
        if isinstance(value, str):
            value = value.strip() or None
        if name == "name" and not value:
            raise DomainError(Code.MATERIAL_NAME_NEEDED)
        if name == "category":
            value = value or MaterialCategory.OTHER.value
            if value not in CATEGORIES:
                raise DomainError(Code.ONE_OF, value, field=name, value=value,
                                  allowed=" / ".join(CATEGORIES))
        if name in ("unit_price", "on_hand"):
            value = 0 if value is None and name == "on_hand" else value
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                      or value < 0):
                raise DomainError(Code.WHOLE_NOT_NEGATIVE, value, field=name)
        out[name] = value
    return out


def create_material(conn: sqlite3.Connection, values: Mapping[str, object],
                    material_id: int | None = None) -> tuple[int, Change]:
    data = clean(values)
    with transaction(conn):
        names = list(data) + (["id"] if material_id is not None else [])
        params = list(data.values()) + ([material_id] if material_id is not None else [])
        cur = conn.execute(f"INSERT INTO materials ({', '.join(names)})"
                           f" VALUES ({', '.join('?' * len(names))})", params)
    new_id = int(cur.lastrowid or 0)
    return new_id, Change.of("materials", ids=[new_id])


def material_values(conn: sqlite3.Connection, material_id: int) -> dict[str, object]:
    row = conn.execute(f"SELECT {', '.join(FIELDS)} FROM materials WHERE id = ?",
                       (material_id,)).fetchone()
    if row is None:
        raise KeyError(material_id)
    return dict(zip(FIELDS, row, strict=True))


def update_material(conn: sqlite3.Connection, material_id: int,
                    values: Mapping[str, object]) -> Change:
    data = clean(values)
    if data:
        with transaction(conn):
            conn.execute(f"UPDATE materials SET {', '.join(f'{k} = ?' for k in data)}"
                         " WHERE id = ?", [*data.values(), material_id])
    return Change.of("materials", ids=[material_id])


def delete_material(conn: sqlite3.Connection, material_id: int) -> Change:
    with transaction(conn):
        conn.execute("UPDATE materials SET deleted_at = ? WHERE id = ?", (now_iso(), material_id))
    return Change.of("materials", ids=[material_id])


def restore_material(conn: sqlite3.Connection, material_id: int) -> Change:
    with transaction(conn):
        conn.execute("UPDATE materials SET deleted_at = NULL WHERE id = ?", (material_id,))
    return Change.of("materials", ids=[material_id])


def item_from_material(conn: sqlite3.Connection, material_id: int) -> dict[str, object]:
    """Field values for a checklist item drawing on this material."""
    v = material_values(conn, material_id)
    return {"name": v["name"], "category": v["category"], "spec": v["spec"], "unit": v["unit"],
            "unit_price": v["unit_price"], "supplier": v["supplier"], "location": v["location"],
            "material_id": material_id}
