"""Opening a workspace: identify the file, lock it, set it up, bring it up to date.

``open_workspace`` is the one way in. It refuses, with an error from ``models.errors`` and
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

from models import backup, migrations, staging
from models.errors import (
    DamagedWorkspaceError,
    MigrationError,
    NewerVersionError,
    NotAWorkspaceError,
)
from models.lock import WorkspaceLock

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
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
            if not self.readonly:
                # Keep planner statistics fresh (cheap: SQLite decides what needs it), and
                # fold the WAL back in so the file is whole if it is copied while closed.
                self.conn.execute("PRAGMA analysis_limit = 1000").fetchall()
                self.conn.execute("PRAGMA optimize").fetchall()
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()

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
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_workspace(path: Path | str, *, readonly: bool = False) -> Workspace:
    """Open (or create) the workspace at ``path``.

    Writable opens take the single-writer lock and run pending migrations, each after a
    backup copy. Read-only opens (``check``, ``backup``) take no lock and never migrate.
    """
    path = Path(path).expanduser().absolute()
    if readonly:
        if not path.exists():
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
        _check_header(path)
        conn = connect_readonly(path)
        try:
            _identify(conn, path)
        except BaseException:
            conn.close()
            raise
        return Workspace(path, conn, readonly=True)

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = WorkspaceLock(path)
    lock.acquire()
    staging.remove_leftovers(path)  # a killed import's or demo's; see models/staging.py
    conn: sqlite3.Connection | None = None
    try:
        version = _inspect(path) if path.exists() and path.stat().st_size > 0 else 0
        conn = sqlite3.connect(path, isolation_level=None)
        if version == 0:
            version = _identify(conn, path)
        _configure(conn)
        _migrate(conn, path, version)
    except BaseException:
        if conn is not None:
            conn.close()
        lock.release()
        raise
    return Workspace(path, conn, readonly=False, _lock=lock)


def _inspect(path: Path) -> int:
    """Identify and check an existing file through a read-only connection, so a file we
    refuse is never written to (setting the journal mode would write its header)."""
    _check_header(path)
    probe = connect_readonly(path)
    try:
        version = _identify(probe, path)
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            problem = quick_check(probe)
            if problem:
                raise DamagedWorkspaceError(path, problem)
    finally:
        probe.close()
    return version


def open_writer(path: Path) -> Workspace:
    """A second writable connection to a workspace this process already has open, for one
    worker thread (SQLite serialises the writes; the lock is the opener's)."""
    conn = sqlite3.connect(path, isolation_level=None)
    _configure(conn)
    return Workspace(Path(path), conn, readonly=False)


def connect_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}").fetchall()
    return conn


def quick_check(conn: sqlite3.Connection) -> str:
    """'' when SQLite's quick check passes, else its first findings."""
    return _check(conn, "quick_check")


def integrity_check(conn: sqlite3.Connection) -> str:
    """'' when the full integrity check (and foreign keys) pass, else the findings."""
    found = _check(conn, "integrity_check")
    if found:
        return found
    bad = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    return "; ".join(f"{t} row {r} -> {p}" for t, r, p, _ in bad)


def _check(conn: sqlite3.Connection, pragma: str) -> str:
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as error:
        return str(error)
    return "" if rows == ["ok"] else "; ".join(rows)


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
    for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS}", "foreign_keys = ON",
                   "journal_mode = WAL", "synchronous = NORMAL"):
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
