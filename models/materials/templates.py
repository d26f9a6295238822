"""Checklist templates: save a checklist as one, start a checklist from one.

A template holds items without owners, statuses or dates; each item keeps how many days
before the event it is due (``due_days``), so a checklist started for an event gets real
due dates. Built-in templates (``builtin = 1``) come with the workspace (format 7 writes them:
``models/schema/steps/v07.py``) and cannot be deleted.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from models.core import clock
from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError
from models.materials import checklists
from models.store.workspace import transaction

KEPT = ("name", "category", "spec", "quantity", "unit", "unit_price", "supplier", "notes",
        "material_id", "location")


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    description: str
    items: list[dict]
    builtin: bool


def list_templates(conn: sqlite3.Connection) -> list[Template]:
    return [Template(r[0], r[1], r[2], json.loads(r[3]), bool(r[4])) for r in conn.execute(
        "SELECT id, name, description, items_json, builtin FROM checklist_templates"
        " ORDER BY builtin DESC, name")]


def get_template(conn: sqlite3.Connection, template_id: int) -> Template | None:
    return next((t for t in list_templates(conn) if t.id == template_id), None)





def save_as_template(conn: sqlite3.Connection, checklist_id: int, name: str,
                     description: str = "", *, replace: bool = False) -> tuple[int, Change]:
    """The checklist's items (what to get, not who or when) as a template named ``name``."""
    name = name.strip()
    if not name:
        raise DomainError(Code.TEMPLATE_NAME_NEEDED)
    row = conn.execute("SELECT e.starts_at FROM checklists c LEFT JOIN events e"
                       " ON e.id = c.event_id WHERE c.id = ?", (checklist_id,)).fetchone()
    event_day = date.fromisoformat(row[0][:10]) if row and row[0] else None
    items = []
    for item in checklists.list_items(conn, checklist_id, clock.today()):
        values = {k: getattr(item, k) for k in KEPT if getattr(item, k) not in (None, "")}
        if event_day and item.due_on:
            values["due_days"] = (event_day - date.fromisoformat(item.due_on[:10])).days
        items.append(values)
    text = json.dumps(items, ensure_ascii=False)
    with transaction(conn):
        existing = conn.execute("SELECT id, builtin FROM checklist_templates WHERE name = ?",
                                (name,)).fetchone()
        if existing and (existing[1] or not replace):
            raise DomainError(Code.TEMPLATE_EXISTS, name, name=name)
        if existing:
            conn.execute("UPDATE checklist_templates SET description = ?, items_json = ?"
                         " WHERE id = ?", (description, text, existing[0]))
            template_id = int(existing[0])
        else:
            cur = conn.execute("INSERT INTO checklist_templates (name, description, items_json,"
                               " builtin, created_at) VALUES (?, ?, ?, 0, ?)",
                               (name, description, text, now_iso()))
            template_id = int(cur.lastrowid or 0)
    return template_id, Change.of("checklist_templates", ids=[template_id])


def delete_template(conn: sqlite3.Connection, template_id: int) -> Change:
    with transaction(conn):
        conn.execute("DELETE FROM checklist_templates WHERE id = ? AND builtin = 0",
                     (template_id,))
    return Change.of("checklist_templates", ids=[template_id])


def items_for(template: Template, event_day: date | None) -> list[dict[str, object]]:
    """The template's items as checklist item values, due dates set from ``event_day``."""
    out = []
    for raw in template.items:
        values = {k: raw.get(k) for k in KEPT if raw.get(k) is not None}
        if event_day is not None and raw.get("due_days") is not None:
            values["due_on"] = (event_day - timedelta(days=int(raw["due_days"]))).isoformat()
        out.append(values)
    return out


def start_from_template(conn: sqlite3.Connection, template_id: int, title: str, *,
                        event_id: int | None = None,
                        checklist_id: int | None = None) -> tuple[int, Change]:
    """A new checklist holding the template's items (due dates counted back from the event)."""
    template = get_template(conn, template_id)
    if template is None:
        raise KeyError(template_id)
    event_day = None
    if event_id is not None:
        row = conn.execute("SELECT starts_at FROM events WHERE id = ?", (event_id,)).fetchone()
        event_day = date.fromisoformat(row[0][:10]) if row else None
    items: Sequence[dict[str, object]] = items_for(template, event_day)
    return checklists.create_checklist(conn, title, event_id=event_id, items=items,
                                       checklist_id=checklist_id)
