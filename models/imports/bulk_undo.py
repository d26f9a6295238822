"""Undoing a bulk load of activities: a big chat import (``models.imports.chat_import``) or a
big order import (``models.imports.order_import``), exactly, as the small ones are.

A bulk load adds its activities, their kept texts, the points its rules granted and the
buyers' rows (``purchase_members``) by ranges of ids, millions of them: a snapshot trigger
per row would cost more than the load. Everything else it writes is a few thousand rows
at most, and is recorded by row snapshots (``models.store.row_undo.capture``) as any
operation's: the members it created or changed (referrers, last activity, points,
honours, the roster's columns), memberships made or changed by the system lines, the
identities it remembered, honours granted or revoked, earlier purchases it took back or
amended (and their points). The summary rows it moved (``DERIVED``: 125,000 at 42,000
buyers of an order import) are kept apart, their images in a scratch file
(``models.store.images_apart``), not in memory. So ``bulk_recorded(work)`` runs ``work``
under a capture that leaves those ranges out (``capture(ranges=..., apart=DERIVED)``) and
keeps a ``BulkLedger``: the ranges, a fingerprint of their rows, the snapshots and the
summary images.

``BulkUndo`` (one transaction) refuses with ``UndoConflict``, writing nothing, when a row of
the ranges changed since, a row written since refers to one it would remove (a
registration or a quick log for a member the import created, points on one of its
activities), or a recorded row changed since (an edited member). Otherwise it sets the
ranges' rows aside in a scratch file beside the workspace (``models.store.set_aside``) for
the redo, deletes them set-based with the triggers of ``activities`` and
``points_ledger`` off, then puts the recorded rows back (``RowChanges.apply``) and every
summary row the load moved to its exact image, set-based with the summaries' triggers off
(``ImagesApart.put``). Should a summary row have moved since for another reason (a write
outside the undo stack), the summaries are counted again in full instead. ``BulkRedo``
does the reverse.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from models.analytics import buyers_summary, funnel_summary, people_summary, points_summary
from models.analytics import summary as analytics_summary
from models.core.changes import Change
from models.store.bulk import DroppedStructures
from models.store.images_apart import ImagesApart
from models.store.operations import Done, Operation, change_of
from models.store.row_undo import DERIVED, RowChanges, UndoConflict, capture
from models.store.set_aside import SetAside
from models.store.workspace import transaction

#: The tables whose triggers are off while a range of rows leaves or comes back (what
#: they keep is in the recorded summary rows, put to their images by ``apply``).
QUIET = ["activities", "points_ledger"]
#: Tables the change names besides those the snapshots hold.
TABLES = ("activities", "activity_texts", "points_ledger", "purchase_members", "members")
#: The page cache while the ranges move (MiB): the activities' indexes are kept up to date
#: row by row. Measured, 100,000 activities put back: 5.3 s with the default 2 MiB, 2.0 s
#: with 64; a million, after importing them in the same process: redo 17-19 s of CPU and
#: a peak of 358 MB with 64, 21 s and 316 MB with 32.
CACHE_MIB = 32


@dataclass(frozen=True)
class Span:
    """Ids ``first`` to ``last`` (``last < first``: none)."""

    first: int
    last: int

    @property
    def sql(self) -> str:
        return f"BETWEEN {int(self.first)} AND {int(self.last)}"


@dataclass(frozen=True)
class BulkLedger:
    """What a bulk load wrote: its ranges, their fingerprint right after it, the rest by
    snapshots."""

    activities: Span
    entries: Span  # points_ledger ids
    print: tuple
    rows: RowChanges
    #: The summary rows (``DERIVED``) the load moved, their images in a scratch file.
    summaries: ImagesApart

    @property
    def excused(self) -> dict[str, str]:
        """Per table, the rows of the ranges (part of the load, not written since)."""
        return {"activities": f"id {self.activities.sql}",
                "activity_texts": f"activity_id {self.activities.sql}",
                "points_ledger": f"id {self.entries.sql}"}

    def selects(self) -> dict[str, tuple[str, tuple]]:
        """The ranges' rows, by table, in the order a redo puts them back."""
        a, e = self.activities, self.entries
        return {"activities": (f"SELECT * FROM activities WHERE id {a.sql}", ()),
                "activity_texts": (f"SELECT * FROM activity_texts WHERE activity_id {a.sql}",
                                   ()),
                "points_ledger": (f"SELECT * FROM points_ledger WHERE id {e.sql}", ()),
                "purchase_members": (f"SELECT * FROM purchase_members WHERE activity_id"
                                     f" {a.sql}", ())}


def bulk_recorded(work: Callable[[sqlite3.Connection], object],
                  change: Callable[[object], Change] = change_of) -> Operation:
    """``work`` (a bulk load of activities; run in this operation's transaction, which it
    joins) as an operation undone by ``BulkUndo``."""

    def operation(conn: sqlite3.Connection) -> Done:
        with transaction(conn):
            activities, entries = _next_id(conn, "activities"), _next_id(conn, "points_ledger")
            ranges = {"activities": activities, "activity_texts": activities,
                      "purchase_members": activities, "points_ledger": entries}
            with capture(conn, ranges, apart=DERIVED) as found:
                value = work(conn)
            spans = (Span(activities, _next_id(conn, "activities") - 1),
                     Span(entries, _next_id(conn, "points_ledger") - 1))
            ledger = BulkLedger(*spans, _fingerprint(conn, *spans), *found)
        told = change(value)
        wrote = (not ledger.rows.empty or bool(ledger.summaries.shapes)
                 or ledger.print != _fingerprint(None, *spans))
        return Done(told, BulkUndo(ledger, _told(told, ledger)), value, wrote=wrote)

    return operation


@dataclass(frozen=True)
class BulkUndo:
    """Undo a bulk load (see the module docstring); its ``Done.undo`` is the redo."""

    ledger: BulkLedger
    change: Change
    #: Seconds at a million rows: the window runs it on a worker (``views.operation_runner``).
    long = True
    #: Its transaction is the outermost (``operations.run`` opens none around it): a
    #: savepoint around the ranges' rows made SQLite keep every page they touched.
    own_transaction = True

    def __call__(self, conn: sqlite3.Connection) -> Done:
        led = self.ledger
        with transaction(conn):
            changed = _differs(_fingerprint(conn, led.activities, led.entries), led.print)
            if changed:
                raise UndoConflict(changed, changed=1)
            _refuse_dependents(conn, led)
            led.rows.check(conn, led.excused)
            stale = led.rows.summaries_changed(conn) or led.summaries.differs(conn, "after")
            saved = SetAside.of(conn, led.selects())
            with _quiet(conn):
                conn.execute(f"DELETE FROM purchase_members WHERE activity_id"
                             f" {led.activities.sql}")
                conn.execute(f"DELETE FROM activity_texts WHERE activity_id"
                             f" {led.activities.sql}")
                conn.execute(f"DELETE FROM points_ledger WHERE id {led.entries.sql}")
                conn.execute(f"DELETE FROM activities WHERE id {led.activities.sql}")
            led.rows.apply(conn)
            if stale:
                _recount(conn)
            else:
                led.summaries.put(conn, "before")
        return Done(self.change, BulkRedo(led, saved, self.change))


@dataclass(frozen=True)
class BulkRedo:
    """Do an undone bulk load again, from the rows ``BulkUndo`` set aside."""

    ledger: BulkLedger
    saved: SetAside
    change: Change
    long = True
    own_transaction = True

    def __call__(self, conn: sqlite3.Connection) -> Done:
        led = self.ledger
        back = led.rows.inverted()
        with transaction(conn):
            taken = _differs(_fingerprint(conn, led.activities, led.entries),
                             _fingerprint(None, led.activities, led.entries))
            if taken:
                raise UndoConflict(taken, changed=1)
            back.check(conn)
            stale = back.summaries_changed(conn) or led.summaries.differs(conn, "before")
            back.apply(conn)
            with _quiet(conn):
                try:
                    self.saved.load(conn)
                except sqlite3.IntegrityError as error:  # a key taken since (written outside)
                    raise UndoConflict("activities", changed=1) from error
            if stale:
                _recount(conn)
            else:
                led.summaries.put(conn, "after")
        return Done(self.change, BulkUndo(led, self.change))


# -- checking ------------------------------------------------------------------------------

def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _fingerprint(conn: sqlite3.Connection | None, activities: Span, entries: Span) -> tuple:
    """Per range table, its rows' count and sums of what an edit since would change (None:
    the fingerprint of empty ranges)."""
    queries = {
        "activities": f"SELECT count(*), total(member_id), total(ifnull(community_id, -1)),"
                      f" total(amount), total(length(kind) + length(occurred_at))"
                      f" FROM activities WHERE id {activities.sql}",
        "activity_texts": f"SELECT count(*), total(length(text)) FROM activity_texts"
                          f" WHERE activity_id {activities.sql}",
        "points_ledger": f"SELECT count(*), total(member_id), total(delta),"
                         f" total(ifnull(activity_id, -1)) FROM points_ledger"
                         f" WHERE id {entries.sql}",
    }
    if conn is None:
        return tuple((table, (0,) + (0.0,) * (sql.count("total("))) for table, sql
                     in queries.items())
    return tuple((table, tuple(conn.execute(sql).fetchone())) for table, sql in queries.items())


def _differs(now: tuple, expected: tuple) -> str | None:
    """The first table whose fingerprint differs, or None."""
    for (table, mine), (_, theirs) in zip(now, expected, strict=True):
        if mine != theirs:
            return table
    return None


def _refuse_dependents(conn: sqlite3.Connection, led: BulkLedger) -> None:
    """UndoConflict when a row outside the load refers to one of its activities (points on
    it, a text) or ledger rows."""
    excused = led.excused
    for parent, span in (("activities", led.activities), ("points_ledger", led.entries)):
        for (child,) in conn.execute(
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
                " AND name NOT LIKE 'sqlite_%'").fetchall():
            for (column,) in conn.execute("SELECT \"from\" FROM pragma_foreign_key_list(?)"
                                          " WHERE \"table\" = ?", (child, parent)).fetchall():
                ours = f" AND NOT ({excused[child]})" if child in excused else ""
                count = conn.execute(f'SELECT count(*) FROM "{child}" WHERE "{column}"'
                                     f" {span.sql}{ours}").fetchone()[0]
                if count:
                    raise UndoConflict(parent, dependents=count)


# -- moving the ranges ---------------------------------------------------------------------

@contextmanager
def _quiet(conn: sqlite3.Connection) -> Iterator[None]:
    """The triggers of ``QUIET`` dropped (indexes kept) and a big page cache, for the
    block (inside the caller's transaction: a failure takes the drop back with it)."""
    indexes = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'index'")}
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-CACHE_MIB * 1024}")
    try:
        dropped = DroppedStructures(conn, QUIET, keep=indexes)
        yield
        dropped.restore()
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")


def _recount(conn: sqlite3.Connection) -> None:
    """Every summary counted again from the raw rows (a summary row moved since), and the
    members' cached last activity and points: the snapshots put a touched member's back to
    its image, which misses an activity or points written for them since (no conflict: the
    value need not have changed)."""
    for column, value in (
            ("last_active_at", "(SELECT max(occurred_at) FROM activities a"
                               " WHERE a.member_id = members.id)"),
            ("points", "coalesce((SELECT sum(delta) FROM points_ledger p"
                       " WHERE p.member_id = members.id), 0)")):
        conn.execute(f"UPDATE members SET {column} = {value} WHERE {column} IS NOT {value}")
    analytics_summary.rebuild(conn)
    buyers_summary.rebuild(conn)
    funnel_summary.rebuild(conn)
    points_summary.rebuild(conn)
    people_summary.rebuild(conn)


def _told(change: Change, ledger: BulkLedger) -> Change:
    """What undoing or redoing changes: the import's tables and every recorded one."""
    return Change.of(*TABLES, *ledger.rows.table_names, *ledger.summaries.table_names,
                     source=change.source) | change
