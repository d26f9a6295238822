"""Opening a workspace: identify the file, lock it, set it up, bring it up to date.

``open_workspace`` is the one way in. It refuses, with an error from ``models.core.errors`` and
without writing a byte, a file that is not ours, is damaged, or comes from a newer Qunzhu.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from models.core import zones
from models.core.errors import (
    DamagedWorkspaceError,
    MigrationError,
    NewerVersionError,
    NotAWorkspaceError,
)
from models.schema import migrations
from models.store import backup, damage, recovery, staging
from models.store.connection import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    connect_readonly,
    quick_check,
)
from models.store.lock import WorkspaceLock

#: Files up to this size get ``PRAGMA quick_check`` on every open. Larger ones would delay
#: the window by seconds; the window checks them in the background and ``qunzhu check``
#: runs the full ``integrity_check``.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


@dataclass
class Workspace:
    """An open workspace: its path, its connection, and (when writable) its lock."""

    path: Path
    conn: sqlite3.Connection
    readonly: bool = False
    #: The file passed its check at open (or is unchanged since one): closing renews that.
    checked: bool = False
    _lock: WorkspaceLock | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    @property
    def schema_version(self) -> int:
        return int(_scalar(self.conn, "PRAGMA user_version"))

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """All or nothing on this workspace's connection (see ``transaction``)."""
        return transaction(self.conn)

    def reader(self) -> sqlite3.Connection:
        """A new read-only connection, for a worker thread (connections stay in one thread)."""
        return connect_readonly(self.path)

    def close(self) -> None:
        """Checkpoint, close and release the lock; calling it again does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.readonly and not self._query_only():
                # Keep planner statistics fresh (cheap: SQLite decides what needs it), and
                # fold the WAL back in so the file is whole if it is copied while closed.
                self.conn.execute("PRAGMA analysis_limit = 1000").fetchall()
                self.conn.execute("PRAGMA optimize").fetchall()
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self.conn.close()
            if self.checked and not self.readonly:
                damage.remember_checked(self.path)
        finally:
            if self._lock is not None:
                self._lock.release()

    def stop_writes(self) -> None:
        """Refuse every write from now on (damage was found while the file was open)."""
        self.conn.execute("PRAGMA query_only = ON").fetchall()

    def _query_only(self) -> bool:
        return bool(self.conn.execute("PRAGMA query_only").fetchone()[0])

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing: commit when the block ends, roll back if it raises.

    Inside another transaction it becomes a savepoint, so one domain function may call
    another and a failure undoes only its own part.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # not when SQLite rolled the whole transaction back
                conn.execute("ROLLBACK TO nested")
                conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # A full disk (SQLITE_FULL) or an I/O error may have rolled back already; a second
        # ROLLBACK would raise and hide the error that matters.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_workspace(path: Path | str, *, readonly: bool = False,
                   verify: bool = False) -> Workspace:
    """Open (or create) the workspace at ``path``.

    Whatever a crash left (a hot rollback journal, a WAL) is finished first, through a
    read-write connection, so an intact file is never reported damaged (``models.store.recovery``).
    Writable opens take the single-writer lock, refuse a damaged file (checked on every
    open up to ``QUICK_CHECK_MAX_BYTES``, and whatever its size with ``verify=True`` or when
    damage is on record, see ``models.store.damage``) and run pending migrations, each after a
    backup copy. Read-only opens (``check``, ``backup``, exports) take no lock and never
    migrate. The disk refusing (full, read-only) raises ``StorageError``.
    """
    path = Path(path).expanduser().absolute()
    try:
        return _open(path, readonly, verify)
    except sqlite3.Error as error:
        found = recovery.storage_error(error, path)
        if found is not None:
            raise found from error
        if recovery.is_damage(error):
            raise DamagedWorkspaceError(path, str(error)) from error
        raise
    except OSError as error:
        found = recovery.storage_error(error, path)
        if found is None:
            raise
        raise found from error


def _open(path: Path, readonly: bool, verify: bool) -> Workspace:
    if readonly:
        if not path.exists():
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
        _check_header(path)
        recovery.recover(path, BUSY_TIMEOUT_MS)
        conn = connect_readonly(path)
        try:
            _identify(conn, path)
            zones.adopt(conn, writable=False)
        except BaseException:
            conn.close()
            raise
        return Workspace(path, conn, readonly=True)

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = WorkspaceLock(path)
    lock.acquire()
    conn: sqlite3.Connection | None = None
    try:
        staging.remove_leftovers(path)  # a killed import's or demo's; see models/store/staging.py
        backup.remove_stale_partials(backup.backups_dir(path))  # a killed backup's copy
        version, checked = _inspect(path, verify) if path.exists() and path.stat().st_size \
            else (0, False)
        recovery.remove_orphan_super_journals(path)
        conn = sqlite3.connect(path, isolation_level=None)
        if version == 0:
            version = _identify(conn, path)
        _configure(conn)
        _migrate(conn, path, version)
        zones.adopt(conn)  # the app writes instants in the workspace's zone
    except BaseException:
        if conn is not None:
            conn.close()
        lock.release()
        raise
    return Workspace(path, conn, readonly=False, checked=checked, _lock=lock)


def _inspect(path: Path, verify: bool = False) -> tuple[int, bool]:
    """Identify and check an existing file (after finishing what a crash left), reading
    through a read-only connection so a file we refuse is never written to (setting the
    journal mode would write its header)."""
    _check_header(path)
    recovery.recover(path, BUSY_TIMEOUT_MS)
    trusted = verify and damage.unchanged_since_check(path)  # before the probe opens a WAL
    probe = connect_readonly(path)
    try:
        version = _identify(probe, path)
        on_record = damage.recorded(path)
        small = path.stat().st_size <= QUICK_CHECK_MAX_BYTES
        if on_record or small or (verify and not trusted):
            problem = quick_check(probe)
            if problem:
                damage.record(path, problem)
                raise DamagedWorkspaceError(path, problem)
            if on_record:
                damage.clear(path)
            checked = not small  # small files are checked on every open anyway
        else:
            checked = verify  # unchanged since it passed: trusted as checked
    finally:
        probe.close()
    return version, checked


def open_writer(path: Path) -> Workspace:
    """A second writable connection to a workspace this process already has open, for one
    worker thread (SQLite serialises the writes; the lock is the opener's)."""
    conn = sqlite3.connect(path, isolation_level=None)
    _configure(conn)
    return Workspace(Path(path), conn, readonly=False)


def _scalar(conn: sqlite3.Connection, sql: str) -> object:
    """The one value ``sql`` returns, reading to the end so the statement is finished."""
    return conn.execute(sql).fetchall()[0][0]


def _check_header(path: Path) -> None:
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if head != SQLITE_HEADER:
        raise NotAWorkspaceError(path, "not a SQLite database")


def _identify(conn: sqlite3.Connection, path: Path) -> int:
    """The file's format number, after making sure it is one of ours (reads only)."""
    try:
        app_id = _scalar(conn, "PRAGMA application_id")
        version = int(_scalar(conn, "PRAGMA user_version"))
        tables = _scalar(conn, "SELECT count(*) FROM sqlite_schema")
    except sqlite3.DatabaseError as error:
        raise DamagedWorkspaceError(path, str(error)) from error
    if app_id == 0 and version == 0 and tables == 0:
        return 0  # an empty SQLite file: a new workspace
    if app_id != migrations.APPLICATION_ID:
        raise NotAWorkspaceError(path, "a SQLite database made by another program")
    if version > migrations.LATEST_VERSION:
        raise NewerVersionError(path, version, migrations.LATEST_VERSION)
    return version


def _configure(conn: sqlite3.Connection) -> None:
    # fetchall(): a pragma's unread result row would keep its statement active, and an
    # active statement blocks the checkpoint a migration takes before its backup.
    # temp_store = MEMORY: the sorts of index builds (migrations, imports) stay in memory.
    # On disk they are etilqs_* files in the system temp folder holding members' data, and a
    # kill between SQLite creating one and unlinking it leaves it there (seen once in 930
    # kills); bulk loads used memory already (models.store.bulk.bulk_settings).
    for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "foreign_keys = ON",
                   "journal_mode = WAL", "synchronous = NORMAL", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}").fetchall()


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    steps = migrations.pending(version)
    if steps and version > 0:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        backup.backup_before_migration(path, version)
    for step in steps:
        try:
            migrations.apply_step(conn, step)
        except sqlite3.Error as error:
            raise MigrationError(path, step.version, error) from error
