"""After a crash: finish what SQLite left behind, and name what the disk refused.

A process killed while writing leaves either a *hot* rollback journal (big imports and the
demo write with one, see ``models.store.bulk.rollback_journal``) or a WAL with committed pages not
yet folded in. Only a read-write connection can roll the journal back; a read-only one either
refuses ("damaged") or, worse, reads half-written pages. So every open, read-only ones too,
first lets a read-write connection look at the file when one of those files lies beside it.
SQLite decides whether the journal is hot (no live writer holds its lock), so this is safe
while another process has the workspace open.

``storage_error`` turns the operating system's refusals (disk full, read-only file or folder)
into a ``StorageError`` that the CLI and the window word for people.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from models.core.errors import StorageError

#: Extended SQLite codes (``sqlite3.Error.sqlite_errorcode``); the low byte is the primary.
_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_FULL, _SQLITE_IOERR = 8, 14, 13, 10
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def leftovers(path: Path) -> list[Path]:
    """The rollback journal and WAL beside ``path`` that exist now."""
    return [p for p in (path.with_name(path.name + "-journal"),
                        path.with_name(path.name + "-wal")) if p.exists()]


def recover(path: Path, busy_timeout_ms: int = 5000) -> None:
    """Roll back a hot journal and replay a WAL beside ``path``; nothing to do without one.

    Raises ``StorageError`` (``RECOVERY_NEEDS_WRITE``) when there is work to finish but the
    file or its folder cannot be written. Other problems are left to the checks that follow.
    """
    if not leftovers(path):
        return
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                               isolation_level=None)
    except sqlite3.OperationalError as error:
        raise StorageError(path, StorageError.RECOVERY_NEEDS_WRITE, str(error)) from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}").fetchall()
        # The first read of the schema is what rolls a hot journal back (or reads the WAL).
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    except sqlite3.OperationalError as error:
        if _primary(error) in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
            raise StorageError(path, StorageError.RECOVERY_NEEDS_WRITE, str(error)) from error
    except sqlite3.DatabaseError:
        pass  # damaged: the checks after this say so, with SQLite's own findings
    finally:
        conn.close()  # the last connection folds the WAL in and removes it


def remove_orphan_super_journals(path: Path) -> list[Path]:
    """Remove the super-journals (``NAME-mjXXXXXXXX``) a transaction over attached files left
    when it was killed, once ``path`` has no journal of its own any more.

    Only under the writer lock and after ``recover``: while a journal still names one, the
    super-journal decides whether that transaction rolls back, and removing it would commit
    half of it."""
    if path.with_name(path.name + "-journal").exists():
        return []
    removed = []
    for orphan in path.parent.glob(f"{glob_escape(path.name)}-mj*"):
        try:
            orphan.unlink()
            removed.append(orphan)
        except OSError:
            pass
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def storage_error(error: BaseException, path: Path) -> StorageError | None:
    """The ``StorageError`` ``error`` amounts to for the workspace at ``path``, or None when
    it is not the disk or the operating system refusing (a bug, a damaged file ...)."""
    if isinstance(error, StorageError):
        return error
    if isinstance(error, sqlite3.Error):
        code = _primary(error)
        text = str(error)
        if code == _SQLITE_FULL or "disk is full" in text:
            return StorageError(path, StorageError.DISK_FULL, text)
        if code == _SQLITE_READONLY or "readonly database" in text:
            return StorageError(path, _denied_kind(path), text)
        if code == _SQLITE_CANTOPEN and path.exists():
            return StorageError(path, _denied_kind(path), text)
        if code == _SQLITE_IOERR and _disk_full(path):
            return StorageError(path, StorageError.DISK_FULL, text)
        return None
    if isinstance(error, OSError):
        text = error.strerror or str(error)
        if error.errno in _FULL_ERRNOS:
            return StorageError(path, StorageError.DISK_FULL, text)
        if error.errno in _DENIED_ERRNOS:
            return StorageError(path, _denied_kind(path), text)
    return None


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is broken (SQLITE_CORRUPT, SQLITE_NOTADB), not
    that it is busy or refused."""
    return _primary(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB) \
        or "malformed" in str(error) or "not a database" in str(error)


def _primary(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def _denied_kind(path: Path) -> str:
    """Whether the folder or the file itself is what cannot be written."""
    folder = path.parent
    if not os.access(folder, os.W_OK) or _is_read_only_mount(folder):
        return StorageError.READ_ONLY_FOLDER
    return StorageError.READ_ONLY_FILE


def _is_read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):
        return False


def _disk_full(path: Path) -> bool:
    try:
        stats = os.statvfs(path.parent)
    except (AttributeError, OSError):
        return False
    return stats.f_bavail * stats.f_frsize < 1024 * 1024
