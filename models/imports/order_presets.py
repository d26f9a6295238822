"""Column mappings of order exports saved by name (``import_presets`` rows of kind
"orders"), so the next export from the same back end maps itself. A preset is
``{header text: field}`` (``exports/order_columns.py`` applies it to a file's headers)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping

from models.core.changes import Change
from models.core.clock import now_iso
from models.core.errors import Code, DomainError

KIND = "orders"


def order_presets(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Saved order mappings by name: ``{name: {header text: field}}``."""
    return {name: json.loads(text) for name, text in conn.execute(
        "SELECT name, mapping_json FROM import_presets WHERE kind = ? ORDER BY name", (KIND,))}


def save_order_preset(conn: sqlite3.Connection, name: str,
                      by_header: Mapping[str, str]) -> Change:
    """Save (or replace) the order mapping ``name``; a member import's mapping of the same
    name is refused, never replaced."""
    name = name.strip()
    if not name:
        raise DomainError(Code.PRESET_NAME_NEEDED)
    taken = conn.execute("SELECT kind FROM import_presets WHERE name = ?", (name,)).fetchone()
    if taken is not None and taken[0] != KIND:
        raise DomainError(Code.PRESET_NAME_TAKEN, name=name)
    conn.execute(
        "INSERT INTO import_presets (name, kind, mapping_json, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET mapping_json = excluded.mapping_json,"
        " updated_at = excluded.updated_at",
        (name, KIND, json.dumps(dict(by_header), ensure_ascii=False, sort_keys=True),
         now_iso()))
    return Change.of("import_presets")
