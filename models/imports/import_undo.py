"""The member import as an operation: undoing it removes what it added and restores what
it changed.

``import_operation`` runs one import (``models.imports.member_import``). A small one, which
keeps the triggers on, is recorded by row snapshots (``models.store.operations.recorded``):
exact, summaries included. A bulk one cannot afford a snapshot trigger per row, so it keeps
an ``ImportLedger`` instead: the range of ids it gave new members, the tags it created,
and for every member it updated the rows before and after (the member, its tags, its
memberships), read when it reads the member anyway to compute the field changes.

``ImportUndo`` (run in one transaction) refuses with ``UndoConflict``, writing nothing,
when a row written since depends on an added member (a registration, an activity ...) or
a row the import wrote changed since. Otherwise it moves the added rows to a scratch file
beside the workspace (``models.store.staging``) for the redo, deletes them set-based with
the members' triggers off, puts the updated members back, and rebuilds what derives from
members as the bulk import does (summaries, analytics, search). ``ImportRedo`` does the
reverse from the scratch file.
"""

from __future__ import annotations

import shutil
import sqlite3
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.analytics import funnel_summary, points_summary
from models.analytics import summary as analytics_summary
from models.core.changes import Change
from models.imports.member_import import BULK_TABLES, MemberImport, Progress
from models.imports.report import ImportOptions
from models.search import text_index
from models.store import staging
from models.store.bulk import DroppedStructures
from models.store.operations import Done, Operation, own_transaction, recorded
from models.store.row_undo import DERIVED, UndoConflict
from models.store.set_aside import copy_rows
from models.store.workspace import transaction

#: A member's rows an import may change: its ``members`` row, its ``member_tags`` rows,
#: its ``memberships`` rows, its custom fields' ``member_fields`` rows (each a tuple of
#: the table's columns).
MemberRows = tuple[tuple, tuple[tuple, ...], tuple[tuple, ...], tuple[tuple, ...]]
#: Tables of a member's own rows an import writes (by ``member_id``), beside ``members``.
_MEMBER_TABLES = ("member_tags", "memberships", "member_fields")
_CHUNK = 500


def import_operation(rows: Iterable[tuple[int, Sequence[Any]]], options: ImportOptions, *,
                     total: int | None = None, progress: Progress | None = None) -> Operation:
    """The import of ``rows`` as an operation (``Done.value`` is the ``ImportResult``).
    It opens its own transaction: the bulk path changes the journal and attaches files,
    which SQLite refuses inside one."""

    def operation(conn: sqlite3.Connection) -> Done:
        job = MemberImport(conn, options)
        if not job.will_bulk(total):
            return recorded(lambda c: job.run(rows, dry_run=False, total=total,
                                              progress=progress),
                            change=lambda result: result.change())(conn)
        job.ledger = ImportLedger(options.community_id)
        job.ledger.began(conn)
        result = job.run(rows, dry_run=False, total=total, progress=progress)
        return Done(result.change(), ImportUndo(job.ledger), result)

    return own_transaction(operation)


@dataclass
class ImportLedger:
    """What a bulk import wrote, to undo it (filled by ``MemberImport``)."""

    community_id: int | None
    first_new: int = 0
    last_new: int = 0  # first_new - 1 when nothing was added
    now: str = ""
    tags_before: int = 0  # the largest tag id before the import
    tags_after: int = 0
    #: member_tags and memberships rows of the added members, right after the import
    added_links: tuple[int, int] = (0, 0)
    before: dict[int, MemberRows] = field(default_factory=dict)
    after: dict[int, MemberRows] = field(default_factory=dict)
    #: Summary rows whose counts are all zero, before and after (see ``_zero_rows``)
    zeros_before: dict[str, set[tuple]] = field(default_factory=dict)
    zeros_after: dict[str, set[tuple]] = field(default_factory=dict)

    def began(self, conn: sqlite3.Connection) -> None:
        """Before the import: the first id it will give, the tags there are."""
        self.first_new = _max_id(conn, "members") + 1
        self.tags_before = _max_id(conn, "tags")
        self.zeros_before = _zero_rows(conn)

    def note_before(self, conn: sqlite3.Connection, member_id: int) -> None:
        """Remember ``member_id`` as it is, the first time the import changes it."""
        if member_id < self.first_new and member_id not in self.before:
            self.before.update(_member_rows(conn, [member_id]))

    def ended(self, conn: sqlite3.Connection, first_new: int, last_new: int,
              now: str) -> None:
        """After the import wrote everything, in its transaction."""
        assert first_new == self.first_new, "the workspace changed under the import"
        self.last_new, self.now = last_new, now
        self.tags_after = _max_id(conn, "tags")
        self.zeros_after = _zero_rows(conn)
        self.added_links = _links(conn, self.first_new, self.last_new)
        self.after = _member_rows(conn, list(self.before))

    @property
    def change(self) -> Change:
        return Change.of("members", "memberships", "member_tags", "tags", "member_fields")


@dataclass(frozen=True)
class ImportUndo:
    """Undo a bulk import (see the module docstring); its ``Done.undo`` is the redo."""

    ledger: ImportLedger
    #: Seconds at a million rows: the window runs it on a worker (``views.operation_runner``).
    long = True

    def __call__(self, conn: sqlite3.Connection) -> Done:
        led = self.ledger
        with transaction(conn):
            _refuse_if_changed(conn, led)
            saved = _Saved.of(conn, led)
            dropped = _triggers_off(conn)
            span = (led.first_new, led.last_new)
            for table in _MEMBER_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE member_id BETWEEN ? AND ?", span)
            conn.execute("DELETE FROM member_funnel WHERE member_id BETWEEN ? AND ?", span)
            conn.execute("DELETE FROM members WHERE id BETWEEN ? AND ?", span)
            _put(conn, led.before)
            conn.execute("DELETE FROM tags WHERE id > ? AND id <= ?",
                         (led.tags_before, led.tags_after))
            _derive(conn, dropped, led, added=False)
        return Done(led.change, ImportRedo(led, saved))


@dataclass(frozen=True)
class ImportRedo:
    """Do an undone bulk import again, from the rows ``ImportUndo`` saved."""

    ledger: ImportLedger
    saved: _Saved
    long = True

    def __call__(self, conn: sqlite3.Connection) -> Done:
        led = self.ledger
        with transaction(conn):
            taken = conn.execute("SELECT count(*) FROM members WHERE id BETWEEN ? AND ?",
                                 (led.first_new, led.last_new)).fetchone()[0]
            if taken:
                raise UndoConflict("members", changed=taken)
            _refuse_if_differ(conn, led.before)
            dropped = _triggers_off(conn)
            self.saved.load(conn)
            _put(conn, led.after)
            _derive(conn, dropped, led, added=True)
        return Done(led.change, ImportUndo(led))


# -- checking ------------------------------------------------------------------------------

def _refuse_if_changed(conn: sqlite3.Connection, led: ImportLedger) -> None:
    """UndoConflict when rows written since depend on what the import added, or rows it
    wrote changed since."""
    span = (led.first_new, led.last_new)
    # A member the import itself pointed at a new referrer is no dependent: its image
    # before the import is put back (``_refuse_if_differ`` checks it is as the import left it).
    dependents = sum(1 for (i,) in conn.execute(
        "SELECT id FROM members WHERE referrer_id BETWEEN ? AND ? AND id NOT BETWEEN ? AND ?",
        (*span, *span)) if i not in led.before)
    for child, column in _member_references(conn):
        dependents += conn.execute(f"SELECT count(*) FROM {child} WHERE {column}"
                                   " BETWEEN ? AND ?", span).fetchone()[0]
    if dependents:
        raise UndoConflict("members", dependents=dependents)
    present, changed = conn.execute(
        "SELECT count(*), total(updated_at IS NOT ? OR deleted_at IS NOT NULL) FROM members"
        " WHERE id BETWEEN ? AND ?", (led.now, *span)).fetchone()
    changed = int(changed) + (led.last_new - led.first_new + 1 - present)
    if changed:
        raise UndoConflict("members", changed=changed)
    if _links(conn, *span) != led.added_links:
        raise UndoConflict("memberships", changed=1)
    _refuse_if_differ(conn, led.after)


def _refuse_if_differ(conn: sqlite3.Connection, expected: dict[int, MemberRows]) -> None:
    now = _member_rows(conn, list(expected))
    changed = sum(1 for member_id, rows in expected.items() if now.get(member_id) != rows)
    if changed:
        raise UndoConflict("members", changed=changed)


def _member_references(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(table, column) of every reference to a member outside the import's own tables."""
    own = {"members", *_MEMBER_TABLES, *DERIVED}
    return [(child, column) for (child,) in conn.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
        " AND name NOT LIKE 'sqlite_%'").fetchall() if child not in own
        for (column,) in conn.execute("SELECT \"from\" FROM pragma_foreign_key_list(?)"
                                      " WHERE \"table\" = 'members'", (child,)).fetchall()]


# -- rows ----------------------------------------------------------------------------------

def _max_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


def _links(conn: sqlite3.Connection, first: int, last: int) -> tuple[int, ...]:
    """(member_tags, memberships, member_fields rows) of the members ``first``..``last``."""
    return tuple(conn.execute(
        f"SELECT count(*) FROM {t} WHERE member_id BETWEEN ? AND ?", (first, last)
    ).fetchone()[0] for t in _MEMBER_TABLES)


def _member_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, MemberRows]:
    found: dict[int, list] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(part))
        for row in conn.execute(f"SELECT * FROM members WHERE id IN ({marks})", part):
            found[row[0]] = [tuple(row), [], [], []]
        orders = {"member_tags": "tag_id", "memberships": "id",
                  "member_fields": "field_id, value"}
        for at, table in enumerate(_MEMBER_TABLES, start=1):
            for row in conn.execute(f"SELECT * FROM {table} WHERE member_id IN ({marks})"
                                    f" ORDER BY {orders[table]}", part):
                found[row[1] if table == "memberships" else row[0]][at].append(tuple(row))
    return {i: (r[0], tuple(r[1]), tuple(r[2]), tuple(r[3])) for i, r in found.items()}


def _put(conn: sqlite3.Connection, images: dict[int, MemberRows]) -> None:
    """Members, their tags, memberships and custom fields, exactly as ``images`` holds
    them."""
    if not images:
        return
    columns = [r[1] for r in conn.execute("PRAGMA table_info(members)")]
    sets = ", ".join(f"{c} = ?" for c in columns[1:])
    conn.executemany(f"UPDATE members SET {sets} WHERE id = ?",
                     [(*image[0][1:], image[0][0]) for image in images.values()])
    ids = [(i,) for i in images]
    for at, table in enumerate(_MEMBER_TABLES, start=1):
        conn.executemany(f"DELETE FROM {table} WHERE member_id = ?", ids)
        width = len(conn.execute(f"PRAGMA table_info({table})").fetchall())
        conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * width)})",
                         [row for image in images.values() for row in image[at]])


def _triggers_off(conn: sqlite3.Connection) -> DroppedStructures:
    """The triggers of members, memberships and member_tags dropped (indexes kept)."""
    indexes = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'index'")}
    return DroppedStructures(conn, BULK_TABLES, keep=indexes)


def _derive(conn: sqlite3.Connection, dropped: DroppedStructures, led: ImportLedger, *,
            added: bool) -> None:
    """Bring what derives from members up to date after the rows moved, as the bulk import
    does at its end (``models.imports.bulk_finish``); triggers back on."""
    touched = ",".join(str(int(i)) for i in led.before) or "NULL"
    if led.before and led.community_id is not None:
        analytics_summary.rebuild(conn)
    else:
        analytics_summary.rebuild_member_dims(conn)
    changed = f"SELECT id FROM members WHERE id IN ({touched})"
    if added:
        changed += f" OR id BETWEEN {int(led.first_new)} AND {int(led.last_new)}"
    funnel_summary.refresh_members(conn, changed)
    if led.before:
        points_summary.rebuild(conn)
    text_index.rebuild(conn)
    _put_zero_rows(conn, led.zeros_after if added else led.zeros_before)
    dropped.restore()


#: Summary tables kept by triggers -> how many leading columns are the key. A count that
#: went back to zero leaves its row under the triggers, while a rebuild writes none: such
#: rows are put back (or removed) as they were, so the tables equal their image exactly.
ZERO_KEYS = {"activity_daily": 2, "activity_cohorts": 3, "member_dims": 3,
             "funnel_daily": 4, "points_daily": 2}


def _zero_clause(conn: sqlite3.Connection, table: str) -> tuple[list[str], str]:
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    keys = columns[:ZERO_KEYS[table]]
    return keys, " AND ".join(f"{c} = 0" for c in columns[ZERO_KEYS[table]:])


def _zero_rows(conn: sqlite3.Connection) -> dict[str, set[tuple]]:
    found = {}
    for table in ZERO_KEYS:
        _, zero = _zero_clause(conn, table)
        found[table] = set(conn.execute(f"SELECT * FROM {table} WHERE {zero}"))
    return found


def _put_zero_rows(conn: sqlite3.Connection, wanted: dict[str, set[tuple]]) -> None:
    for table, rows in wanted.items():
        keys, zero = _zero_clause(conn, table)
        now = set(conn.execute(f"SELECT * FROM {table} WHERE {zero}"))
        where = " AND ".join(f"{k} = ?" for k in keys)
        conn.executemany(f"DELETE FROM {table} WHERE {where}",
                         [r[:len(keys)] for r in now - rows])
        missing = list(rows - now)
        if missing:  # a zero row the image has (and counts that reached zero under it)
            conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES"
                             f" ({','.join('?' * len(missing[0]))})", missing)


# -- the rows kept for redo -----------------------------------------------------------------

#: Table -> the rows of the import that undo moves out (in the order redo puts them back).
_MOVED = {
    "tags": "SELECT * FROM tags WHERE id > :tags_before AND id <= :tags_after",
    "members": "SELECT * FROM members WHERE id BETWEEN :first AND :last",
    "member_tags": "SELECT * FROM member_tags WHERE member_id BETWEEN :first AND :last",
    "memberships": "SELECT * FROM memberships WHERE member_id BETWEEN :first AND :last",
    "member_fields": "SELECT * FROM member_fields WHERE member_id BETWEEN :first AND :last",
}


class _Saved:
    """The rows an undo removed, in a scratch file beside the workspace (removed with this
    object, or on the next open after a crash)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "undone.sqlite"
        weakref.finalize(self, shutil.rmtree, folder, True)

    @classmethod
    def of(cls, conn: sqlite3.Connection, led: ImportLedger) -> _Saved:
        saved = cls(staging.create(staging.workspace_of(conn), "undo"))
        keys = {"first": led.first_new, "last": led.last_new,
                "tags_before": led.tags_before, "tags_after": led.tags_after}
        out = sqlite3.connect(saved.path)
        try:
            with out:
                for table, select in _MOVED.items():
                    cursor = conn.execute(select, keys)
                    width = len(cursor.description)
                    names = ", ".join(f"c{i}" for i in range(width))
                    out.execute(f"CREATE TABLE {table} ({names})")
                    copy_rows(out, table, width, cursor)
        finally:
            out.close()
        return saved

    def load(self, conn: sqlite3.Connection) -> None:
        source = sqlite3.connect(self.path)
        try:
            for table in _MOVED:
                cursor = source.execute(f"SELECT * FROM {table}")
                copy_rows(conn, table, len(cursor.description), cursor)
        finally:
            source.close()
