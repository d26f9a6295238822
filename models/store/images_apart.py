"""Row images kept apart: the before and after images of a capture's rows of some tables,
held in a scratch file instead of the undo stack's memory, and put back set-based.

A bulk load of activities (``models.imports.bulk_undo``) moves the summary rows of every
member it touched: 125,000 rows at 42,000 buyers of an order import. Held as Python tuples
(``row_undo.RowChanges``) and put back a row at a time with their triggers, they cost
hundreds of megabytes and most of the undo's time. Summary rows have no conflicts of
their own (they follow their base rows) and nothing refers to them, so they need neither
the checks nor the row-by-row passes: ``ImagesApart.of(conn, tables)`` copies their
images out of the capture's logs (``row_undo``'s TEMP tables, before they are cleared)
into a staging file, and ``put(conn, "before")`` (the undo) or ``put(conn, "after")``
(the redo) deletes the recorded keys and inserts their images in two statements per table,
with the tables' own triggers off (every summary row they would move is among the images:
the load's triggers moved them too). ``differs`` says whether a recorded row moved since
(a write outside the undo stack): the caller then counts the summaries again instead.

The undo runs on another connection than the load (the window's worker): TEMP tables
would not reach it, and a file cannot be attached inside the load's transaction, so the
rows pass through Python in batches (``set_aside``), flat in memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from models.store.bulk import DroppedStructures
from models.store.set_aside import BATCH, SetAside

_TEMP = "qz_apart_"
WHICH = ("before", "after")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class Shape:
    """A table's columns and key, as ``row_undo`` logs it."""

    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]


class ImagesApart:
    """The images of some tables' recorded rows, in a scratch file (see the module
    docstring). Each image row is ``(absent, *columns)``: absent 1 when the row did not
    exist (its other columns then hold only the key)."""

    def __init__(self, shapes: Sequence[Shape], saved: SetAside | None) -> None:
        self.shapes = tuple(shapes)
        self.saved = saved

    @property
    def table_names(self) -> frozenset[str]:
        return frozenset(s.table for s in self.shapes)

    @classmethod
    def of(cls, conn: sqlite3.Connection, shapes: Sequence[Shape], log_prefix: str) -> ImagesApart:
        """The images of the rows logged in ``temp.<log_prefix><table>`` (first images,
        ``qz_absent`` first), before and as they are now."""
        kept, selects = [], {}
        for s in shapes:
            log = f"temp.{_q(log_prefix + s.table)}"
            if not conn.execute(f"SELECT EXISTS (SELECT 1 FROM {log})").fetchone()[0]:
                continue
            kept.append(s)
            cols = ", ".join(f"u.{_q(c)}" for c in s.columns)
            mine = ", ".join(f"m.{_q(c)}" for c in s.columns)
            join = " AND ".join(f"m.{_q(c)} IS u.{_q(c)}" for c in s.key)
            keys = ", ".join(f"u.{_q(c)}" for c in s.key)
            absent = f"m.{_q(s.key[0])} IS NULL"
            # the key comes first in the after image for its absent rows (columns NULL)
            selects[f"before {s.table}"] = (f"SELECT u.qz_absent, {cols} FROM {log} u", ())
            selects[f"after {s.table}"] = (
                f"SELECT {absent}, {mine}, {keys} FROM {log} u LEFT JOIN main.{_q(s.table)} m"
                f" ON {join}", ())
        return cls(kept, SetAside.of(conn, selects) if kept else None)

    def differs(self, conn: sqlite3.Connection, which: str) -> bool:
        """True when a recorded row is no longer as its ``which`` image."""
        with self._loaded(conn, which):
            for s in self.shapes:
                temp, main = f"temp.{_q(_TEMP + s.table)}", f"main.{_q(s.table)}"
                join = " AND ".join(f"m.{_q(c)} IS i.{_q(c)}" for c in s.key)
                same = " AND ".join(f"m.{_q(c)} IS i.{_q(c)}" for c in s.columns)
                moved = conn.execute(
                    f"SELECT EXISTS (SELECT 1 FROM {temp} i WHERE i.qz_absent AND EXISTS"
                    f" (SELECT 1 FROM {main} m WHERE {join}))"
                    f" OR EXISTS (SELECT 1 FROM {temp} i WHERE NOT i.qz_absent AND NOT EXISTS"
                    f" (SELECT 1 FROM {main} m WHERE {same}))").fetchone()[0]
                if moved:
                    return True
        return False

    def put(self, conn: sqlite3.Connection, which: str) -> None:
        """Every recorded row to its ``which`` image (inside the caller's transaction)."""
        if not self.shapes:
            return
        with self._loaded(conn, which):
            names = [s.table for s in self.shapes]
            indexes = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'index'")}
            dropped = DroppedStructures(conn, names, keep=indexes)
            for s in self.shapes:
                temp, main = f"temp.{_q(_TEMP + s.table)}", f"main.{_q(s.table)}"
                keys = ", ".join(_q(c) for c in s.key)
                cols = ", ".join(_q(c) for c in s.columns)
                conn.execute(f"DELETE FROM {main} WHERE ({keys}) IN (SELECT {keys} FROM {temp})")
                conn.execute(f"INSERT INTO {main} ({cols}) SELECT {cols} FROM {temp}"
                             f" WHERE NOT qz_absent")
            dropped.restore()

    @contextmanager
    def _loaded(self, conn: sqlite3.Connection, which: str):
        """``temp.qz_apart_<table>``: the ``which`` images, for the block."""
        if which not in WHICH:
            raise ValueError(which)
        source = sqlite3.connect(self.saved.path) if self.saved else None
        try:
            for s in self.shapes:
                temp = f"temp.{_q(_TEMP + s.table)}"
                conn.execute(f"DROP TABLE IF EXISTS {temp}")
                cols = ", ".join(_q(c) for c in ("qz_absent", *s.columns))
                conn.execute(f"CREATE TEMP TABLE {_q(_TEMP + s.table)} ({cols},"
                             f" PRIMARY KEY ({', '.join(_q(c) for c in s.key)}))")
                width = len(s.columns) + 1
                cursor = source.execute(f'SELECT * FROM "{which} {s.table}"')
                if which == "after":  # absent rows: their key from the log's columns
                    at = [1 + s.columns.index(c) for c in s.key]
                    rows = (r[:width] if not r[0] else _absent(r, at, width) for r in cursor)
                else:
                    rows = cursor
                insert = f"INSERT INTO {temp} VALUES ({','.join('?' * width)})"
                while batch := [r for _, r in zip(range(BATCH), rows, strict=False)]:
                    conn.executemany(insert, batch)
            yield
        finally:
            for s in self.shapes:
                conn.execute(f"DROP TABLE IF EXISTS temp.{_q(_TEMP + s.table)}")
            if source is not None:
                source.close()


def _absent(row: tuple, at: list[int], width: int) -> tuple:
    """An absent row's after image: its key (from the trailing key columns), NULL else."""
    image = [1] + [None] * (width - 1)
    for i, place in enumerate(at):
        image[place] = row[width + i]
    return tuple(image)
