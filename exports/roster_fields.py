"""Custom fields as columns of a roster export, after the roster's own.

Each field is one column headed by its name (so the import maps an edited copy back):
numbers as real numbers (whole ones as whole numbers), a date as a real date, several
options joined with 、, yes/no as the caller's words (是/否 by default; the import reads
both languages back). A masked export
passes text values through ``mask_text``, as it does every other free-text column.
Values are read a batch of rows at a time (``custom_fields.values_of``), never all at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from exports.masking import mask_text
from exports.xlsx_spec import Kind
from models.members import custom_fields
from models.members.field_values import FieldDef, as_text
from models.members.field_values import Kind as FieldKind

BATCH = 500


def columns(conn: sqlite3.Connection) -> list[tuple[FieldDef, Kind]]:
    """The workspace's fields and the kind of cell each is written as."""
    found = []
    for f in custom_fields.fields(conn):
        if f.kind is FieldKind.NUMBER:
            kind = Kind.NUMBER if custom_fields.has_fractions(conn, f.id) else Kind.INT
        elif f.kind is FieldKind.DATE:
            kind = Kind.DATE
        else:
            kind = Kind.TEXT
        found.append((f, kind))
    return found


def _cell(f: FieldDef, values: list[object], mask: bool, yes_no: tuple[str, str]) -> object:
    if not values:
        return None
    if f.kind in (FieldKind.NUMBER, FieldKind.DATE) and len(values) == 1:
        return values[0]
    text = as_text(f, values, *yes_no)
    return mask_text(text) if mask and f.kind is FieldKind.TEXT else text


def with_values(conn: sqlite3.Connection, rows: Iterable[Sequence[object]],
                fields: list[tuple[FieldDef, Kind]], mask: bool,
                yes_no: tuple[str, str] = ("是", "否")) -> Iterator[list[object]]:
    """``rows`` (each ending with the member's id) with the id replaced by the fields'
    cells."""
    batch: list[Sequence[object]] = []

    def flush() -> Iterator[list[object]]:
        values = custom_fields.values_of(conn, [int(r[-1]) for r in batch],  # type: ignore[arg-type]
                                         [f.id for f, _ in fields])
        for row in batch:
            held = values.get(int(row[-1]), {})  # type: ignore[arg-type]
            yield [*row[:-1], *(_cell(f, held.get(f.id, []), mask, yes_no) for f, _ in fields)]
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield from flush()
    if batch:
        yield from flush()
