"""Row snapshots for undo: what an operation did to each row, and putting rows back.

``capture(conn)`` records, while a block runs, the first image of every row written (a
row that did not exist is recorded as absent), through TEMP triggers on the connection;
they exist only during the block, so other writes pay nothing. When the block ends,
the images of the same rows as they are now are read: that is a ``RowChanges``, a list of
(table, key, before, after).

``RowChanges.apply(conn)`` puts every row back to its ``before`` image, but only when
nothing else changed them since: a row that no longer equals its ``after`` image, or a
row about to be removed that a row of another table now refers to (a registration made
later for an event being un-created), raises ``UndoConflict`` before anything is written.
So an undo never deletes what was made after it, and no ON DELETE CASCADE can fire.

Summary tables kept by triggers (``DERIVED``) are never a conflict: putting the base rows
back lets their triggers recompute them, and each summary row nobody else touched is then
set to its exact image (the triggers can leave a row of zeros where none was).

A bulk load of activities (a big chat or order import) adds millions of rows by a range of
ids: ``capture(conn, ranges={table: first})`` leaves the rows of ``RANGE_COLUMNS``' tables
at or past ``first`` out of the record (its caller removes and puts back that range
itself, set-based: ``models.imports.bulk_undo``), and ``RowChanges.check(conn, excused)``
does not count the rows of that range as written since.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Container, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from models.store.images_apart import ImagesApart, Shape

#: Summary tables maintained by the schema's triggers from the base tables.
DERIVED = frozenset({
    "member_activity", "activity_daily", "activity_cohorts", "member_dims", "member_funnel",
    "funnel_daily", "points_daily", "purchase_members", "people_counts",
})
#: Columns that cache a number read elsewhere, written outside any operation (a goal's last
#: measured value, kept for the next opening): a change to them since is no conflict.
CACHED = {"plan_goals": frozenset({"last_value", "last_measured_at"})}
#: Tables a bulk load fills by a range of keys -> the column that tells its new rows (at or
#: past the range's first value): see ``capture``'s ``ranges``.
RANGE_COLUMNS = {"activities": "id", "activity_texts": "activity_id", "points_ledger": "id",
                 "purchase_members": "activity_id"}
_PREFIX = "qz_undo_"
_CHUNK = 400
_PASSES = 6
_STATE = "qz_undo_state"
_RANGES = "qz_undo_ranges"
#: id(connection) -> (schema version, tables) the triggers were made for.
_installed: dict[int, tuple[int, list]] = {}

Image = tuple | None


class UndoConflict(Exception):
    """Undoing (or redoing) would lose data written since: nothing was changed.

    ``code`` is "undo-conflict"; ``params``: ``table`` (the first table concerned),
    ``dependents`` (rows elsewhere that refer to rows it would remove) and ``changed``
    (rows of that table changed since the operation).
    """

    code = "undo-conflict"

    def __init__(self, table: str, dependents: int = 0, changed: int = 0) -> None:
        self.params = {"table": table, "dependents": dependents, "changed": changed}
        reason = (f"{dependents} row(s) written since refer to rows of {table} it would"
                  f" remove" if dependents else f"{changed} row(s) of {table} changed since")
        super().__init__(f"cannot undo: {reason}; nothing was changed")


@dataclass(frozen=True)
class TableRows:
    """The rows of one table an operation changed: ``(key, before, after)`` each, images
    being tuples in ``columns`` order (None: the row did not exist)."""

    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    rows: tuple[tuple[tuple, Image, Image], ...]

    def inverted(self) -> TableRows:
        return TableRows(self.table, self.columns, self.key,
                         tuple((k, after, before) for k, before, after in self.rows))


@dataclass(frozen=True)
class RowChanges:
    tables: tuple[TableRows, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.tables

    @property
    def table_names(self) -> frozenset[str]:
        return frozenset(t.table for t in self.tables)

    def created(self, table: str) -> list[tuple]:
        """Keys of the rows of ``table`` that did not exist before."""
        return [k for t in self.tables if t.table == table for k, b, a in t.rows
                if b is None and a is not None]

    def inverted(self) -> RowChanges:
        return RowChanges(tuple(t.inverted() for t in self.tables))

    def check(self, conn: sqlite3.Connection,
              excused: Mapping[str, str] | None = None) -> None:
        """Raise ``UndoConflict`` when a row changed since its ``after`` image, or a row
        ``apply`` would remove is referred to by a row outside this change. ``excused``:
        table -> an SQL condition on its rows that are part of this change although not
        recorded (a bulk load's range of ids). Reads only."""
        for t in self.tables:
            if t.table in DERIVED:
                continue
            cached = [i for i, c in enumerate(t.columns) if c in CACHED.get(t.table, ())]
            changed = sum(1 for (k, _, after), now in zip(t.rows, _current(conn, t), strict=True)
                          if _uncached(now, cached) != _uncached(after, cached))
            if changed:
                raise UndoConflict(t.table, changed=changed)
        _check_dependents(conn, [t for t in self.tables if t.table not in DERIVED],
                          excused or {})

    def summaries_changed(self, conn: sqlite3.Connection) -> bool:
        """True when a summary row (``DERIVED``) of this change no longer equals its
        ``after`` image: something written since moved it too."""
        return any(now != after for t in self.tables if t.table in DERIVED
                   for (_, _, after), now in zip(t.rows, _current(conn, t), strict=True))

    def apply(self, conn: sqlite3.Connection) -> None:
        """Every row back to its ``before`` image (call inside a transaction); raises
        ``UndoConflict``, writing nothing, when a row changed since or would take others
        with it."""
        base = [t for t in self.tables if t.table not in DERIVED]
        derived = [t for t in self.tables if t.table in DERIVED]
        self.check(conn)
        targets = {t.table: (t, {k: before for k, before, _ in t.rows}) for t in base}
        skip: dict[str, set[tuple]] = {}
        for t in derived:
            now = _current(conn, t)
            targets[t.table] = (t, {k: before for (k, before, after), current
                                    in zip(t.rows, now, strict=True) if current == after})
            skip[t.table] = {k for k, _, _ in t.rows} - set(targets[t.table][1])
        conn.execute("PRAGMA defer_foreign_keys = ON")  # rows come back in any order
        with _recording(conn) as tables:
            for t in base:  # removals first: a unique value may move to a row put back
                for k, before, _after in t.rows:
                    if before is None:
                        _delete(conn, t, k)
            # Then every row to its image, in passes: putting one row back fires the
            # schema's triggers, which may change others (an activity sets its member's
            # last_active_at; summaries feed summaries, keyed by what they read then).
            # Rows outside this change that the triggers touched go back to how they were;
            # summary rows someone else changed since are left to the triggers.
            for _ in range(_PASSES):
                wrote = _settle(conn, targets)
                seen = _collect(conn, tables, {name: (wanted, skip.get(name, ()))
                                               for name, (_, wanted) in targets.items()})
                for found in seen.tables:
                    entry = targets.setdefault(found.table, (found, {}))
                    for k, before, _ in found.rows:
                        if k not in entry[1] and k not in skip.get(found.table, ()):
                            entry[1][k] = before
                            wrote = True
                if not wrote:
                    return
        raise RuntimeError("rows did not settle: the schema's triggers keep changing them")


def _uncached(image: Image, cached: list[int]) -> Image:
    """``image`` without its ``CACHED`` columns (compared for conflicts)."""
    if image is None or not cached:
        return image
    return tuple(v for i, v in enumerate(image) if i not in cached)


def _settle(conn: sqlite3.Connection, targets: dict[str, tuple[TableRows, dict]]) -> bool:
    """Write each row that differs from its target image; True when any did."""
    wrote = False
    for t, wanted in targets.values():
        rows = TableRows(t.table, t.columns, t.key, tuple((k, v, None)
                                                          for k, v in wanted.items()))
        for (k, image, _), current in zip(rows.rows, _current(conn, rows), strict=True):
            if current == image:
                continue
            wrote = True
            if image is None:
                _delete(conn, t, k)
            else:
                _put(conn, t, k, image, current)
    return wrote


# -- capturing ----------------------------------------------------------------------------

@contextmanager
def capture(conn: sqlite3.Connection, ranges: Mapping[str, int] | None = None,
            apart: frozenset[str] = frozenset()) -> Iterator[list]:
    """Record what the block writes; the yielded list holds the ``RowChanges`` once the
    block has ended without error. Call inside a transaction: a failure rolls the
    records back with the rest. ``ranges``: table (of ``RANGE_COLUMNS``) -> the first
    value of its range column whose rows are not recorded (the caller's to undo).
    ``apart``: tables (of ``DERIVED``) whose images are kept in a scratch file rather than
    in the ``RowChanges``: the list then holds an ``ImagesApart`` second.

    The triggers are made once per connection (and again after a schema change) and stay,
    switched off, between captures: making them costs ~15 ms, a switched-off trigger a
    lookup of one temp row per written row.
    """
    with _recording(conn, ranges or {}) as tables:
        found: list[RowChanges] = []
        yield found
        found.append(_collect(conn, [t for t in tables if t.name not in apart]))
        if apart:
            found.append(ImagesApart.of(conn, [Shape(t.name, t.columns, t.key) for t in tables
                                               if t.name in apart], _PREFIX))


@contextmanager
def _recording(conn: sqlite3.Connection,
               ranges: Mapping[str, int] | None = None) -> Iterator[list[_Table]]:
    """The capture triggers switched on for the block; ``_collect`` reads what they saw
    so far. Cleared when the block ends."""
    if not conn.in_transaction:
        raise RuntimeError("capture() runs inside a transaction")
    tables = _ready(conn)
    if conn.execute(f"SELECT active FROM temp.{_STATE}").fetchone()[0]:
        raise RuntimeError("capture() does not nest: record the outer operation only")
    unknown = set(ranges or ()) - set(RANGE_COLUMNS)
    if unknown:
        raise ValueError(f"no range column for {sorted(unknown)}")
    conn.execute(f"UPDATE temp.{_STATE} SET active = 1")
    conn.executemany(f"INSERT INTO temp.{_RANGES} VALUES (?, ?)", (ranges or {}).items())
    try:
        yield tables
    finally:
        if conn.in_transaction:  # else a rollback took the records back already
            conn.execute(f"UPDATE temp.{_STATE} SET active = 0")
            conn.execute(f"DELETE FROM temp.{_RANGES}")
            for t in tables:
                conn.execute(f"DELETE FROM temp.{_q(_PREFIX + t.name)}")


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]


def _tables(conn: sqlite3.Connection) -> list[_Table]:
    found = []
    names = [r[0] for r in conn.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for name in names:
        info = conn.execute("SELECT name, pk FROM pragma_table_info(?)", (name,)).fetchall()
        columns = tuple(r[0] for r in info)
        key = tuple(r[0] for r in sorted((r for r in info if r[1]), key=lambda r: r[1]))
        if not key:  # a rowid table without a declared key: the rowid is its key
            columns, key = ("rowid", *columns), ("rowid",)
        found.append(_Table(name, columns, key))
    return found


def _ready(conn: sqlite3.Connection) -> list[_Table]:
    """The tables, with their capture triggers in place for the current schema."""
    version = conn.execute("PRAGMA main.schema_version").fetchone()[0]
    try:
        row = conn.execute(f"SELECT version FROM temp.{_STATE}").fetchone()
    except sqlite3.OperationalError:  # not made yet, or rolled back with a transaction
        row = None
    cached = _installed.get(id(conn))
    if row is not None and row[0] == version and cached and cached[0] == version:
        return cached[1]
    _uninstall(conn)
    tables = _tables(conn)
    conn.execute(f"CREATE TEMP TABLE {_STATE} (version INTEGER, active INTEGER)")
    conn.execute(f"INSERT INTO temp.{_STATE} VALUES (?, 0)", (version,))
    conn.execute(f"CREATE TEMP TABLE {_RANGES} (name TEXT PRIMARY KEY, first INTEGER)")
    _install(conn, tables)
    _installed[id(conn)] = (version, tables)
    return tables


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _install(conn: sqlite3.Connection, tables: list[_Table]) -> None:
    for t in tables:
        log = _q(_PREFIX + t.name)  # a trigger may not name the schema it writes to
        cols = ", ".join(_q(c) for c in t.columns)
        keys = ", ".join(_q(c) for c in t.key)
        target = f"main.{_q(t.name)}"

        def unseen(row: str, t: _Table = t, log: str = log) -> str:
            match = " AND ".join(f"l.{_q(c)} IS {row}.{_q(c)}" for c in t.key)
            return f"NOT EXISTS (SELECT 1 FROM {log} l WHERE {match})"

        old = ", ".join(f"OLD.{_q(c)}" for c in t.columns)
        new_key = ", ".join(f"NEW.{_q(c)}" for c in t.key)
        same_key = " AND ".join(f"{_q(c)} IS NEW.{_q(c)}" for c in t.key)
        conn.execute(f"CREATE TEMP TABLE {log} AS SELECT 0 AS qz_absent, {cols}"
                     f" FROM {target} WHERE 0")
        conn.execute(f"CREATE INDEX temp.{_q(_PREFIX + t.name + '_key')} ON {log} ({keys})")
        # The first image of a row is kept: its state before. (Not INSERT OR IGNORE: the
        # outer statement's conflict clause would override it.) Before an insert, a row
        # it replaces (INSERT OR REPLACE) is still there to copy.
        bodies = {
            "bi": f"BEFORE INSERT ON {target} BEGIN INSERT INTO {log}"
                  f" SELECT 0, {cols} FROM {target} WHERE {same_key} AND {unseen('NEW')}; END",
            "ai": f"AFTER INSERT ON {target} BEGIN INSERT INTO {log} (qz_absent, {keys})"
                  f" SELECT 1, {new_key} WHERE {unseen('NEW')}; END",
            "bu": f"BEFORE UPDATE ON {target} BEGIN INSERT INTO {log}"
                  f" SELECT 0, {old} WHERE {unseen('OLD')}; INSERT INTO {log}"
                  f" (qz_absent, {keys}) SELECT 1, {new_key} WHERE {unseen('NEW')}; END",
            "bd": f"BEFORE DELETE ON {target} BEGIN INSERT INTO {log}"
                  f" SELECT 0, {old} WHERE {unseen('OLD')}; END",
        }
        column = RANGE_COLUMNS.get(t.name)
        for suffix, body in bodies.items():
            when, rest = body.split(" BEGIN ", 1)
            outside = ""
            if column is not None:  # not a row of a range the caller undoes itself
                row = "NEW" if suffix[1] == "i" else "OLD"
                outside = (f" AND coalesce({row}.{_q(column)} < (SELECT first FROM {_RANGES}"
                           f" WHERE name = '{t.name}'), 1)")
            conn.execute(f"CREATE TEMP TRIGGER {_q(_PREFIX + t.name + '_' + suffix)} {when}"
                         f" WHEN (SELECT active FROM {_STATE}){outside} BEGIN {rest}")


def _uninstall(conn: sqlite3.Connection) -> None:
    """Drop every capture trigger and log of this connection."""
    for kind, name in conn.execute(
            "SELECT type, name FROM temp.sqlite_master WHERE type IN ('trigger', 'table')"
            " AND (name LIKE 'qz\\_undo\\_%' ESCAPE '\\') ORDER BY type = 'table'").fetchall():
        conn.execute(f"DROP {'TRIGGER' if kind == 'trigger' else 'TABLE'} IF EXISTS"
                     f" temp.{_q(name)}")


def _collect(conn: sqlite3.Connection, tables: list[_Table],
             known: Mapping[str, tuple[Container, Container]] | None = None) -> RowChanges:
    """What the capture logs hold, as images before and now. ``known``: table -> two
    collections of keys whose rows are left out (the passes of ``apply`` only look for rows
    they do not have yet: building the images of 42,000 members again at each pass was
    the undo's peak of memory)."""
    found = []
    for t in tables:
        first, second = (known or {}).get(t.name, ((), ()))
        log = f"temp.{_q(_PREFIX + t.name)}"
        n = len(t.columns)
        cols = ", ".join(f"m.{_q(c)}" for c in t.columns)
        join = " AND ".join(f"m.{_q(c)} IS u.{_q(c)}" for c in t.key)
        present = f"m.{_q(t.key[0])} IS NOT NULL"
        ucols = ", ".join(f"u.{_q(c)}" for c in t.columns)
        rows = []
        key_at = [t.columns.index(c) for c in t.key]
        for r in conn.execute(f"SELECT u.qz_absent, {ucols}, {present}, {cols} FROM {log} u"
                              f" LEFT JOIN main.{_q(t.name)} m ON {join}"):
            key = tuple(r[1 + i] for i in key_at)
            if key in first or key in second:
                continue
            before = None if r[0] else tuple(r[1:1 + n])
            after = tuple(r[2 + n:]) if r[1 + n] else None
            if before != after:
                rows.append((key, before, _sharing(before, after)))
        if rows:
            found.append(TableRows(t.name, t.columns, t.key, tuple(rows)))
    return RowChanges(tuple(found))


def _sharing(before: Image, after: Image) -> Image:
    """``after`` holding ``before``'s own value objects where they are equal: a bulk
    load's 42,000 member rows differ in a few columns each, and two copies of every name,
    phone and search text were most of the undo stack's memory (86 MB, measured)."""
    if before is None or after is None:
        return after
    return tuple(b if b == a and type(b) is type(a) else a
                 for b, a in zip(before, after, strict=True))


# -- putting rows back --------------------------------------------------------------------

def _chunks(items: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _in(columns: Sequence[str], count: int) -> str:
    """``(a, b) IN (VALUES (?, ?), ...)`` for ``count`` keys."""
    row = "(" + ", ".join("?" * len(columns)) + ")"
    return f"({', '.join(_q(c) for c in columns)}) IN (VALUES {', '.join([row] * count)})"


def _current(conn: sqlite3.Connection, t: TableRows) -> Iterator[Image]:
    """The rows of ``t`` as they are now, in ``t.rows`` order (None: absent), read a chunk
    at a time (a bulk load's snapshots hold tens of thousands of members: one copy of them
    all at once would double the memory an undo takes)."""
    at = [t.columns.index(c) for c in t.key]
    cols = ", ".join(_q(c) for c in t.columns)
    for part in _chunks([k for k, _, _ in t.rows]):
        now: dict[tuple, tuple] = {}
        for r in conn.execute(f"SELECT {cols} FROM main.{_q(t.table)} WHERE"
                              f" {_in(t.key, len(part))}", [v for k in part for v in k]):
            now[tuple(r[i] for i in at)] = tuple(r)
        yield from (now.get(k) for k in part)


def _check_dependents(conn: sqlite3.Connection, tables: list[TableRows],
                      excused: Mapping[str, str]) -> None:
    """Refuse to remove a row that a row outside this change refers to (its FK would
    cascade, set null or fail); rows ``excused[table]`` selects are part of it."""
    removing = {t.table: [k for k, before, after in t.rows if before is None and after]
                for t in tables}
    touched = {t.table: {k for k, _, _ in t.rows} for t in tables}
    if not any(removing.values()):
        return
    by_parent: dict[str, list[tuple[str, list[str], list[str | None]]]] = defaultdict(list)
    for (child,) in conn.execute("SELECT name FROM pragma_table_list WHERE schema = 'main'"
                                 " AND type = 'table' AND name NOT LIKE 'sqlite_%'"):
        if child in DERIVED:
            continue  # summaries follow their base rows
        fks: dict[int, tuple[str, list[str], list[str | None]]] = {}
        for fk in conn.execute("SELECT id, \"table\", \"from\", \"to\" FROM"
                               " pragma_foreign_key_list(?) ORDER BY id, seq", (child,)):
            entry = fks.setdefault(fk[0], (fk[1], [], []))
            entry[1].append(fk[2])
            entry[2].append(fk[3])
        for parent, frm, to in fks.values():
            by_parent[parent].append((child, frm, to))
    for t in tables:
        keys = removing.get(t.table)
        if not keys:
            continue
        images = {k: after for k, _, after in t.rows}
        for child, frm, to in by_parent.get(t.table, []):
            parent_cols = t.key if to[0] is None else tuple(to)  # type: ignore[arg-type]
            at = [t.columns.index(c) for c in parent_cols]
            values = list({tuple(images[k][i] for i in at) for k in keys})
            child_key = _key_of(conn, child)
            mine = touched.get(child, set())
            count = 0
            ours = f" AND NOT ({excused[child]})" if child in excused else ""
            for part in _chunks(values):
                for r in conn.execute(
                        f"SELECT {', '.join(_q(c) for c in child_key)} FROM main.{_q(child)}"
                        f" WHERE {_in(frm, len(part))}{ours}", [v for k in part for v in k]):
                    count += tuple(r) not in mine
            if count:
                raise UndoConflict(t.table, dependents=count)


def _key_of(conn: sqlite3.Connection, table: str) -> tuple[str, ...]:
    info = conn.execute("SELECT name, pk FROM pragma_table_info(?)", (table,)).fetchall()
    key = tuple(r[0] for r in sorted((r for r in info if r[1]), key=lambda r: r[1]))
    return key or ("rowid",)


def _delete(conn: sqlite3.Connection, t: TableRows, key: tuple) -> None:
    where = " AND ".join(f"{_q(c)} IS ?" for c in t.key)
    conn.execute(f"DELETE FROM main.{_q(t.table)} WHERE {where}", key)


def _put(conn: sqlite3.Connection, t: TableRows, key: tuple, image: tuple,
         current: Image) -> None:
    """Row ``key`` made ``image``: only the columns that differ are set (so the schema's
    UPDATE OF triggers fire for those alone); inserted when the row is absent."""
    if current is not None:
        diff = [(c, v) for c, v, now in zip(t.columns, image, current, strict=True) if v != now]
        if not diff:
            return
        sets = ", ".join(f"{_q(c)} = ?" for c, _ in diff)
        where = " AND ".join(f"{_q(c)} IS ?" for c in t.key)
        conn.execute(f"UPDATE main.{_q(t.table)} SET {sets} WHERE {where}",
                     [*(v for _, v in diff), *key])
    else:
        conn.execute(f"INSERT INTO main.{_q(t.table)} ({', '.join(_q(c) for c in t.columns)})"
                     f" VALUES ({', '.join('?' * len(t.columns))})", image)


