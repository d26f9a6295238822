"""The roster filtered and sorted by a custom field, through the index ``member_fields_value``
(field, value, member): the hooks ``models/members/roster.py`` calls.

A filter is a tuple ``(field_id, op, *args)`` (plain data, so a saved segment holds it as
JSON): ``eq``/``has`` (any of the values: an option, a number, a day, yes/no as 1/0),
``contains`` (text, ignoring case), ``range`` (low, high; either None: open; numbers and
days), ``set`` (has any value), ``empty`` (has none). Each is one index range of the field's
rows, read as a set of member ids.

A sort by a field reads the members who have a value in the index's order (numbers as
numbers, days and options as text; a member with several options by the least), then those
without one by id: the empty ones last whichever the direction, as a spreadsheet sorts.
The exact reverse of an order (the table reads the last page backwards) puts them first
(``RosterSort.blanks_first``). A page never sorts the whole
roster: each part is an index walk that stops at the page's end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

FieldFilter = tuple[Any, ...]
OPS = ("eq", "has", "contains", "range", "set", "empty")


def normalized(filters: Sequence[Sequence[Any]]) -> tuple[FieldFilter, ...]:
    """Filters read back from JSON (lists) as hashable tuples."""
    return tuple(tuple(tuple(a) if isinstance(a, list) else a for a in f) for f in filters)


def filter_sql(filters: Sequence[FieldFilter]) -> tuple[list[str], list[object]]:
    """Conditions over ``members m``, one per filter, and their parameters."""
    clauses: list[str] = []
    params: list[object] = []
    for field_id, op, *args in filters:
        if op not in OPS:
            raise ValueError(f"unknown field filter {op!r}")
        sub = "SELECT member_id FROM member_fields WHERE field_id = ?"
        sub_params: list[object] = [int(field_id)]
        if op in ("eq", "has"):
            values = list(args[0]) if args and isinstance(args[0], tuple) else list(args)
            sub += f" AND value IN ({','.join('?' * len(values)) or 'NULL'})"
            sub_params += values
        elif op == "contains":
            sub += " AND instr(lower(value), lower(?)) > 0"
            sub_params.append(str(args[0]))
        elif op == "range":
            low, high = (list(args) + [None, None])[:2]
            if low is not None:
                sub += " AND value >= ?"
                sub_params.append(low)
            if high is not None:
                sub += " AND value <= ?"
                sub_params.append(high)
        clauses.append(f"m.id {'NOT IN' if op == 'empty' else 'IN'} ({sub})")
        params += sub_params
    return clauses, params


def _key(field_id: int) -> str:
    return (f"(SELECT min(value) FROM member_fields WHERE member_id = m.id"
            f" AND field_id = {int(field_id)})")


def order_by(field_id: int, descending: bool, blanks_first: bool = False) -> str:
    """The order as an ORDER BY (for a query reading every row anyway: the export)."""
    d = "DESC" if descending else "ASC"
    b = "DESC" if blanks_first else "ASC"
    return f"{_key(field_id)} IS NULL {b}, {_key(field_id)} {d}, m.id {d}"


Row = Callable[..., Any]


def page(conn: sqlite3.Connection, sort: Any, clause: str, params: list[object],
         row_sql: str, make: Row, offset: int, limit: int, after: Any = None) -> list[Any]:
    """Rows (``make(*columns, sort value)``) ``offset`` .. ``offset + limit`` in ``sort``
    order (a ``RosterSort`` with ``field_id``), or the ``limit`` rows after ``after`` (a row
    made here: ``after.sort_field``, ``after.id``)."""
    field_id, descending, blanks_first = sort.field_id, sort.descending, sort.blanks_first
    d = "DESC" if descending else "ASC"
    op = "<" if descending else ">"
    valued = (f"SELECT {row_sql}, v.value FROM member_fields v INDEXED BY member_fields_value"
              f" JOIN members m ON m.id = v.member_id WHERE v.field_id = ? AND v.value ="
              f" (SELECT min(value) FROM member_fields WHERE member_id = v.member_id"
              f" AND field_id = v.field_id) AND {clause}")
    valued_params = [field_id, *params]
    blank = (f"SELECT {row_sql}, NULL FROM members m WHERE {clause} AND NOT EXISTS"
             f" (SELECT 1 FROM member_fields WHERE member_id = m.id AND field_id = ?)")
    blank_params = [*params, field_id]
    valued_order = f" ORDER BY v.value {d}, v.member_id {d}"
    blank_order = f" ORDER BY m.id {d}"

    def read(sql: str, ps: list[object], order: str, skip: int, count: int) -> list[Any]:
        if count <= 0:
            return []
        return [make(*r) for r in conn.execute(f"{sql}{order} LIMIT ? OFFSET ?",
                                               [*ps, count, skip])]

    parts = [(valued, valued_params, valued_order), (blank, blank_params, blank_order)]
    if blanks_first:
        parts.reverse()
    if after is not None:
        in_blanks = after.sort_field is None
        if in_blanks:
            first = (blank + f" AND m.id {op} ?", [*blank_params, after.id], blank_order)
        else:
            first = (valued + f" AND (v.value {op} ? OR (v.value = ? AND v.member_id {op} ?))",
                     [*valued_params, after.sort_field, after.sort_field, after.id],
                     valued_order)
        rows = read(*first, 0, limit)
        if in_blanks == blanks_first and len(rows) < limit:  # then the second part
            rows += read(*parts[1], 0, limit - len(rows))
        return rows
    rows = read(*parts[0], offset, limit)
    if len(rows) < limit:
        if rows:
            first_total = offset + len(rows)
        else:
            sql, ps, _ = parts[0]
            first_total = conn.execute(f"SELECT count(*) FROM ({sql})", ps).fetchone()[0]
        rows += read(*parts[1], max(0, offset - first_total), limit - len(rows))
    return rows
