"""Custom fields in the member import: a column mapped to ``field:<id>`` fills that field.

A column is guessed for a field when its header is the field's name (ignoring case and
width). Each cell is read by the field's own parser (``models.members.field_values``), in
the row's cleaning pass, so a bad value is a refused row naming the row and the column, the
import's usual refusal (the CLI exits 2 and nothing is imported). An empty cell leaves the
member's value as it is.

The values are written once every row is read, after the new members are in the workspace,
following the duplicate policy like every other field: a new member gets them; "overwrite"
and update-by-id replace a value; "fill empty" sets a field only where the member has none;
"skip" leaves the member as it is. A changed value of an existing member is listed in the
import's changes (``FieldChange``) and counts the row as updated.

``FieldColumns`` wraps the import's ``Referrers`` (same calls, at the same moments: the row,
then the member it became, then ``resolve``) so the import engine (at its 500 lines) needs
no further hooks.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from models.core.errors import Code, DomainError
from models.imports.column_mapping import question_text
from models.imports.referrer_column import FILL, SET, Referrers
from models.imports.report import FieldChange, ImportResult
from models.members import custom_fields
from models.members.field_values import FieldDef, as_text, fold, parse

PREFIX = "field:"
__all__ = ["FILL", "PREFIX", "SET", "FieldColumns", "field_id_of", "target", "with_fields"]


def target(field_id: int) -> str:
    """The mapping target of a custom field."""
    return f"{PREFIX}{field_id}"


def field_id_of(name: str) -> int | None:
    """The custom field a mapping target names, or None for a built-in field."""
    if isinstance(name, str) and name.startswith(PREFIX) and name[len(PREFIX):].isdigit():
        return int(name[len(PREFIX):])
    return None


#: What sheets add after a column's name: a required mark (``*``, （必填）), a unit
#: (（岁）), a question mark (已续费？). ``question_text`` has made （）＊？ ASCII (NFKC).
_MARKS = re.compile(r"(?:\s*(?:[*?]|\([^()]*\)))+$")


def _loose(text: str) -> str:
    """A header or a field's name without the marks sheets add (``_MARKS``) and as a form
    asks it (``question_text``: "2、孩子年龄（岁）：" is 孩子年龄), folded."""
    return fold(_MARKS.sub("", question_text(text)))


def with_fields(conn: sqlite3.Connection, headers: Sequence[Any],
                mapping: Mapping[int, str]) -> dict[int, str]:
    """``mapping`` plus the unmapped columns whose header is a custom field's name: the
    exact name (ignoring case and width) first, then the name with the marks sheets add
    (孩子年龄（岁）, 会员到期日*) when exactly one field has it."""
    defs = custom_fields.fields(conn)
    by_name = {fold(f.name): f.id for f in defs}
    loose: dict[str, int | None] = {}
    for f in defs:
        key = _loose(f.name)
        loose[key] = f.id if key not in loose else None  # two fields alike: neither
    found = dict(mapping)
    taken = set(found.values())
    for look_up in (lambda text: by_name.get(fold(text)),
                    lambda text: loose.get(_loose(text)) if _loose(text) else None):
        for index, header in enumerate(headers):
            field_id = look_up(str(header or ""))
            if field_id is not None and index not in found and target(field_id) not in taken:
                found[index] = target(field_id)
                taken.add(target(field_id))
    return found


class FieldColumns:
    """The custom-field columns of one import (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection, mapping: Mapping[int, str],
                 headers: list[str]) -> None:
        referrer = next((i for i, name in mapping.items() if name == "referrer"), None)
        self.referrers = Referrers(referrer, headers)
        defs = {f.id: f for f in custom_fields.fields(conn)}
        self.defs: dict[int, FieldDef] = {}
        #: Cleaners for ``cleaning.row_cleaner``: each custom column's parser.
        self.cleaners: dict[str, Callable[[object], object]] = {}
        for name in mapping.values():
            field_id = field_id_of(name)
            if field_id is None:
                continue
            if field_id not in defs:
                raise DomainError(Code.RECORD_GONE, field_id, table="custom_fields",
                                  id=field_id)
            self.defs[field_id] = defs[field_id]
            self.cleaners[name] = lambda raw, f=defs[field_id]: parse(f, raw)
        self.wanted: list[tuple[int, int, int, list[object], str, bool]] = []
        self._row: tuple[int, dict[str, Any]] | None = None

    def row(self, number: int, record: dict[str, Any]) -> None:
        self._row = (number, record)
        self.referrers.row(number, record)

    def member(self, member_id: int, mode: str | None, updated: bool = True) -> None:
        row, self._row = self._row, None
        self.referrers.member(member_id, mode, updated)
        if row is None:
            return
        number, record = row
        for name in [k for k in record if isinstance(k, str) and k.startswith(PREFIX)]:
            values = record.pop(name)
            if values and mode is not None:
                self.wanted.append((number, member_id, int(name[len(PREFIX):]), values, mode,
                                    updated))

    def resolve(self, imp: Any, result: ImportResult, write: bool) -> None:
        """Referrers first, then every wanted value (``imp``: the ``MemberImport``)."""
        self.referrers.resolve(imp, result, write)
        if not self.wanted:
            return
        if write:
            imp._flush()  # the new members are rows before their values refer to them
        conn, first_new = imp.conn, imp._first_new
        listed = set(result.updated_ids)
        counted: set[int] = set()
        rows: list[tuple[int, int, list[object]]] = []
        for number, member_id, field_id, values, mode, updated in self.wanted:
            existing = member_id < first_new
            old = custom_fields.member_values(conn, member_id).get(field_id, []) \
                if existing else []
            if old == values or (mode == FILL and old):
                continue
            rows.append((member_id, field_id, values))
            if not existing:
                continue
            f = self.defs[field_id]
            name = conn.execute("SELECT display_name FROM members WHERE id = ?",
                                (member_id,)).fetchone()[0]
            imp._note(result, FieldChange(number, member_id, name, f.name,
                                          as_text(f, old) or None, as_text(f, values)))
            if not updated and member_id not in counted:  # this row's only change
                counted.add(member_id)
                result.unchanged -= 1
                result.updated += 1
            if write and imp.ledger is not None:  # a bulk import's undo: the rows before
                imp.ledger.note_before(conn, member_id)
            if write and member_id not in listed:
                listed.add(member_id)
                result.updated_ids.append(member_id)
        if write and rows:
            custom_fields.write_values(conn, rows)
