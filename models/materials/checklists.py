"""物料清单: checklists and their items, completeness, overdue, totals, filters, bulk status.

Every write is one transaction and returns a ``Change`` touching ``checklists`` and/or
``checklist_items`` (and ``materials`` when stock moved). Money is integer fen throughout;
dates are ISO text (``due_on`` is a plain day, ``2026-12-05``).

Completeness (what the practice asks: 信息完整): an item lacks nothing when it has a
quantity, a unit, an owner (负责人) and a due date. Overdue: a due date before today while
the item is still 待准备 or 已下单 (nothing has arrived yet).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.vocab import ItemStatus, MaterialCategory
from models.materials import stock
from models.store.workspace import transaction

#: Item fields a person edits, in table order.
FIELDS = ("name", "category", "spec", "quantity", "unit", "unit_price", "supplier", "owner",
          "due_on", "status", "location", "notes", "material_id")
#: Fields an item needs to be complete, in the order they are named.
REQUIRED = ("quantity", "unit", "owner", "due_on")
#: Statuses in which an item past its due date is overdue.
NOT_READY = (ItemStatus.TO_PREPARE.value, ItemStatus.ORDERED.value)
#: Statuses of items still to come (their materials are reserved).
OPEN = (ItemStatus.TO_PREPARE.value, ItemStatus.ORDERED.value, ItemStatus.ARRIVED.value,
        ItemStatus.PACKED.value)
CATEGORIES = tuple(c.value for c in MaterialCategory)
STATUSES = tuple(s.value for s in ItemStatus)
INT_FIELDS = ("quantity", "unit_price", "material_id")


class InvalidItem(ValueError):
    """A value an item cannot hold; ``problems`` lists (field, reason)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{f}: {r}" for f, r in problems))
        self.problems = problems


@dataclass(frozen=True)
class Item:
    id: int
    checklist_id: int
    position: int
    name: str
    category: str = MaterialCategory.OTHER.value
    spec: str | None = None
    quantity: int | None = None
    unit: str | None = None
    unit_price: int | None = None
    supplier: str | None = None
    owner: str | None = None
    due_on: str | None = None
    status: str = ItemStatus.TO_PREPARE.value
    location: str | None = None
    notes: str | None = None
    material_id: int | None = None

    @property
    def missing(self) -> tuple[str, ...]:
        """The required fields this item lacks (empty when complete)."""
        return missing_fields(self.values())

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def cost(self) -> int:
        """quantity x unit price in fen (0 when either is unknown)."""
        return (self.quantity or 0) * (self.unit_price or 0)

    def overdue(self, today: date) -> bool:
        return is_overdue(self.due_on, self.status, today)

    def values(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in FIELDS}


def missing_fields(values: Mapping[str, object]) -> tuple[str, ...]:
    return tuple(f for f in REQUIRED if values.get(f) in (None, ""))


def is_overdue(due_on: str | None, status: str, today: date) -> bool:
    return bool(due_on) and status in NOT_READY and str(due_on)[:10] < today.isoformat()


@dataclass(frozen=True)
class Checklist:
    id: int
    title: str
    event_id: int | None
    event_title: str | None
    starts_at: str | None  # the event's start, ISO; None for a standalone checklist
    community_id: int | None
    notes: str | None
    items: int
    incomplete: int
    overdue: int
    cost: int  # fen

    @property
    def day(self) -> str | None:
        return self.starts_at[:10] if self.starts_at else None


@dataclass
class Totals:
    items: int = 0
    incomplete: int = 0
    overdue: int = 0
    cost: int = 0  # fen
    by_category: dict[str, int] = field(default_factory=dict)  # category -> fen
    by_status: dict[str, int] = field(default_factory=dict)  # status -> item count
    cost_by_status: dict[str, int] = field(default_factory=dict)  # status -> fen


def totals(items: Iterable[Item], today: date) -> Totals:
    """Counts and money (exact, in fen) over ``items``."""
    out = Totals()
    for item in items:
        out.items += 1
        out.incomplete += not item.complete
        out.overdue += item.overdue(today)
        cost = item.cost
        out.cost += cost
        out.by_category[item.category] = out.by_category.get(item.category, 0) + cost
        out.by_status[item.status] = out.by_status.get(item.status, 0) + 1
        out.cost_by_status[item.status] = out.cost_by_status.get(item.status, 0) + cost
    return out


# -- reading ----------------------------------------------------------------------------

_LIST_SQL = """
SELECT c.id, c.title, c.event_id, e.title, e.starts_at, e.community_id, c.notes,
       count(i.id),
       coalesce(sum(i.quantity IS NULL OR coalesce(i.unit, '') = ''
                    OR coalesce(i.owner, '') = '' OR coalesce(i.due_on, '') = ''), 0),
       coalesce(sum(i.due_on < :today AND i.status IN ('待准备', '已下单')), 0),
       coalesce(sum(coalesce(i.quantity, 0) * coalesce(i.unit_price, 0)), 0)
FROM checklists c
LEFT JOIN events e ON e.id = c.event_id AND e.deleted_at IS NULL
LEFT JOIN checklist_items i ON i.checklist_id = c.id
WHERE c.deleted_at IS NULL {where}
GROUP BY c.id
ORDER BY e.starts_at IS NULL, e.starts_at, c.id
"""


def list_checklists(conn: sqlite3.Connection, today: date, *, community_id: int | None = None,
                    since: date | None = None, until: date | None = None,
                    ids: Sequence[int] | None = None,
                    standalone: bool = True) -> list[Checklist]:
    """Checklists by event date (standalone ones last), with their counts and cost.

    ``since``/``until`` (both included) keep checklists whose event falls in the range;
    standalone checklists are kept unless ``standalone`` is False or a community is asked.
    """
    where, args = [], {"today": today.isoformat()}
    if community_id is not None:
        where.append("e.community_id = :community")
        args["community"] = community_id  # type: ignore[assignment]
    if since is not None or until is not None:
        bounds = []
        if since is not None:
            bounds.append("substr(e.starts_at, 1, 10) >= :since")
            args["since"] = since.isoformat()
        if until is not None:
            bounds.append("substr(e.starts_at, 1, 10) <= :until")
            args["until"] = until.isoformat()
        clause = " AND ".join(bounds)
        where.append(f"(({clause}) OR (:standalone AND e.id IS NULL))" if standalone
                     and community_id is None else f"({clause})")
        args["standalone"] = int(standalone)  # type: ignore[assignment]
    elif not standalone:
        where.append("e.id IS NOT NULL")
    if ids is not None:
        where.append(f"c.id IN ({','.join(str(int(i)) for i in ids) or 'NULL'})")
    sql = _LIST_SQL.format(where="".join(" AND " + w for w in where))
    return [Checklist(*row) for row in conn.execute(sql, args)]


def get_checklist(conn: sqlite3.Connection, checklist_id: int, today: date) -> Checklist | None:
    found = list_checklists(conn, today, ids=[checklist_id])
    return found[0] if found else None


def checklist_for_event(conn: sqlite3.Connection, event_id: int) -> int | None:
    row = conn.execute("SELECT id FROM checklists WHERE event_id = ? AND deleted_at IS NULL"
                       " ORDER BY id LIMIT 1", (event_id,)).fetchone()
    return int(row[0]) if row else None



@dataclass(frozen=True)
class EventChoice:
    """An event a new checklist can belong to: its id, title and day (``2026-12-05``)."""

    id: int
    title: str
    day: str


def event_choices(conn: sqlite3.Connection, community_id: int | None = None
                  ) -> list[EventChoice]:
    """Events a new checklist may be for: series (not their single occurrences) starting
    from a week ago, in ``community_id`` (or every community), by start, at most 300."""
    scope, args = ("AND community_id = ?", (community_id,)) if community_id else ("", ())
    return [EventChoice(*row) for row in conn.execute(
        "SELECT id, title, substr(starts_at, 1, 10) FROM events WHERE deleted_at IS NULL"
        f" AND parent_id IS NULL AND starts_at >= date('now', '-7 days') {scope}"
        " ORDER BY starts_at LIMIT 300", args)]


def event_choice(conn: sqlite3.Connection, event_id: int) -> EventChoice | None:
    """One event as ``event_choices`` lists it, whatever its date (even in the trash)."""
    row = conn.execute("SELECT id, title, substr(starts_at, 1, 10) FROM events WHERE id = ?",
                       (event_id,)).fetchone()
    return EventChoice(*row) if row else None

@dataclass(frozen=True)
class ItemFilter:
    """What an item table shows; every part narrows (None/empty/False: no narrowing)."""

    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    owner: str | None = None  # "" picks items without an owner
    due: str | None = None  # "overdue", "week" (due within 7 days), "none" (no due date)
    incomplete_only: bool = False


_ITEM_COLUMNS = "id, checklist_id, position, " + ", ".join(FIELDS)


def list_items(conn: sqlite3.Connection, checklist_id: int, today: date,
               where: ItemFilter | None = None) -> list[Item]:
    """The items of a checklist in their order, narrowed by ``where`` (done in SQL)."""
    clauses, args = ["checklist_id = ?"], [checklist_id]  # type: list[str], list[object]
    f = where or ItemFilter()
    if f.statuses:
        clauses.append(f"status IN ({','.join('?' * len(f.statuses))})")
        args.extend(f.statuses)
    if f.categories:
        clauses.append(f"category IN ({','.join('?' * len(f.categories))})")
        args.extend(f.categories)
    if f.owner is not None:
        clauses.append("coalesce(owner, '') = ?")
        args.append(f.owner)
    if f.due == "overdue":
        clauses.append("due_on < ? AND status IN ('待准备', '已下单')")
        args.append(today.isoformat())
    elif f.due == "week":
        clauses.append("due_on >= ? AND due_on <= date(?, '+7 days')")
        args.extend((today.isoformat(), today.isoformat()))
    elif f.due == "none":
        clauses.append("coalesce(due_on, '') = ''")
    if f.incomplete_only:
        clauses.append("(quantity IS NULL OR coalesce(unit, '') = '' OR coalesce(owner, '') = ''"
                       " OR coalesce(due_on, '') = '')")
    sql = (f"SELECT {_ITEM_COLUMNS} FROM checklist_items WHERE {' AND '.join(clauses)}"
           " ORDER BY position, id")
    return [Item(*row) for row in conn.execute(sql, args)]


def get_items(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Item]:
    wanted = [int(i) for i in ids]
    out: dict[int, Item] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in conn.execute(f"SELECT {_ITEM_COLUMNS} FROM checklist_items WHERE id IN"
                                f" ({','.join('?' * len(chunk))})", chunk):
            out[row[0]] = Item(*row)
    return out


def owners(conn: sqlite3.Connection, checklist_id: int | None = None) -> list[str]:
    """Owners named on items (of one checklist, or all), for pickers."""
    scope, args = ("AND checklist_id = ?", (checklist_id,)) if checklist_id else ("", ())
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT owner FROM checklist_items WHERE coalesce(owner, '') <> '' {scope}"
        " ORDER BY owner", args)]


# -- validation -------------------------------------------------------------------------


def clean(values: Mapping[str, object]) -> dict[str, object]:
    """Checked, normalised field values; raises ``InvalidItem`` listing every problem."""
    out: dict[str, object] = {}
    problems: list[tuple[str, str]] = []
    for name, value in values.items():
        if name not in FIELDS:
            problems.append((name, "unknown field"))
            continue
        if isinstance(value, str):
            value = value.strip()
            if value == "":
                value = None
        if name == "name" and not value:
            problems.append((name, "a name is needed"))
        elif name == "category":
            value = value or MaterialCategory.OTHER.value
            if value not in CATEGORIES:
                problems.append((name, f"not one of {' / '.join(CATEGORIES)}"))
        elif name == "status":
            value = value or ItemStatus.TO_PREPARE.value
            if value not in STATUSES:
                problems.append((name, f"not one of {' / '.join(STATUSES)}"))
        elif name in INT_FIELDS and value is not None:
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append((name, "a whole number is needed"))
            elif value < 0:
                problems.append((name, "cannot be negative"))
        elif name == "due_on" and value is not None:
            try:
                value = date.fromisoformat(str(value)[:10]).isoformat()
            except ValueError:
                problems.append((name, "a date like 2026-12-05 is needed"))
        out[name] = value
    if problems:
        raise InvalidItem(problems)
    return out


# -- writing ----------------------------------------------------------------------------


def create_checklist(conn: sqlite3.Connection, title: str, *, event_id: int | None = None,
                     notes: str | None = None, items: Sequence[Mapping[str, object]] = (),
                     checklist_id: int | None = None) -> tuple[int, Change]:
    """A new checklist (``checklist_id`` to recreate one on redo) with ``items``."""
    title = title.strip()
    if not title:
        raise InvalidItem([("title", "a title is needed")])
    now = now_iso()
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO checklists (id, event_id, title, notes, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)", (checklist_id, event_id, title, notes, now, now))
        new_id = int(cur.lastrowid or 0)
        if items:
            add_items(conn, new_id, items)
    return new_id, Change.of("checklists", "checklist_items", ids=[new_id])


def update_checklist(conn: sqlite3.Connection, checklist_id: int, *, title: str | None = None,
                     event_id: int | None | object = ..., notes: str | None | object = ...
                     ) -> Change:
    sets, args = ["updated_at = ?"], [now_iso()]  # type: list[str], list[object]
    if title is not None:
        if not title.strip():
            raise InvalidItem([("title", "a title is needed")])
        sets.append("title = ?")
        args.append(title.strip())
    if event_id is not ...:
        sets.append("event_id = ?")
        args.append(event_id)
    if notes is not ...:
        sets.append("notes = ?")
        args.append(notes)
    with transaction(conn):
        conn.execute(f"UPDATE checklists SET {', '.join(sets)} WHERE id = ?",
                     [*args, checklist_id])
    return Change.of("checklists", ids=[checklist_id])


def delete_checklist(conn: sqlite3.Connection, checklist_id: int) -> Change:
    """To the trash (``deleted_at``): restorable with ``restore_checklist``."""
    with transaction(conn):
        conn.execute("UPDATE checklists SET deleted_at = ? WHERE id = ?", (now_iso(), checklist_id))
    return Change.of("checklists", "checklist_items", "materials", ids=[checklist_id])


def restore_checklist(conn: sqlite3.Connection, checklist_id: int) -> Change:
    with transaction(conn):
        conn.execute("UPDATE checklists SET deleted_at = NULL WHERE id = ?", (checklist_id,))
    return Change.of("checklists", "checklist_items", "materials", ids=[checklist_id])


def add_items(conn: sqlite3.Connection, checklist_id: int,
              rows: Sequence[Mapping[str, object]], *,
              ids: Sequence[int | None] | None = None) -> tuple[list[int], Change]:
    """Append items (checked with ``clean``) after the last one; ``ids`` recreate rows."""
    cleaned = [clean({"name": None, **r} if "name" not in r else r) for r in rows]
    with transaction(conn):
        start = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM checklist_items"
                             " WHERE checklist_id = ?", (checklist_id,)).fetchone()[0]
        made = []
        for offset, values in enumerate(cleaned):
            values = {"category": MaterialCategory.OTHER.value,
                      "status": ItemStatus.TO_PREPARE.value, **values}
            names = ["checklist_id", "position", *values]
            item_id = ids[offset] if ids is not None else None
            if item_id is not None:
                names.append("id")
            params = [checklist_id, start + offset, *values.values()]
            if item_id is not None:
                params.append(item_id)
            cur = conn.execute(
                f"INSERT INTO checklist_items ({', '.join(names)})"
                f" VALUES ({', '.join('?' * len(names))})", params)
            made.append(int(cur.lastrowid or 0))
            stock.item_moved(conn, None, {**values, "id": made[-1]})
        _touch(conn, [checklist_id])
    return made, Change.of("checklist_items", "checklists", "materials", ids=made)


def update_items(conn: sqlite3.Connection, values: Mapping[int, Mapping[str, object]]) -> Change:
    """Set fields of items (item id -> {field: value}); stock follows used/returned."""
    cleaned = {int(i): clean(v) for i, v in values.items()}
    with transaction(conn):
        before = get_items(conn, cleaned)
        for item_id, changes in cleaned.items():
            old = before.get(item_id)
            if old is None or not changes:
                continue
            conn.execute(f"UPDATE checklist_items SET {', '.join(f'{k} = ?' for k in changes)}"
                         " WHERE id = ?", [*changes.values(), item_id])
            stock.item_moved(conn, old.values(), {**old.values(), **changes})
        _touch(conn, {i.checklist_id for i in before.values()})
    return Change.of("checklist_items", "checklists", "materials", ids=cleaned)


def set_status(conn: sqlite3.Connection, item_ids: Iterable[int], status: str) -> Change:
    """Bulk status change, one transaction."""
    return update_items(conn, {i: {"status": status} for i in item_ids})


def delete_items(conn: sqlite3.Connection, item_ids: Iterable[int]) -> tuple[list[Item], Change]:
    """Remove items; returns them as they were."""
    with transaction(conn):
        gone = list(get_items(conn, item_ids).values())
        for item in gone:
            stock.item_moved(conn, item.values(), None)
        conn.executemany("DELETE FROM checklist_items WHERE id = ?", [(i.id,) for i in gone])
        _touch(conn, {i.checklist_id for i in gone})
    return gone, Change.of("checklist_items", "checklists", "materials", ids=[i.id for i in gone])


def _touch(conn: sqlite3.Connection, checklist_ids: Iterable[int]) -> None:
    now = now_iso()
    conn.executemany("UPDATE checklists SET updated_at = ? WHERE id = ?",
                     [(now, i) for i in set(checklist_ids)])
