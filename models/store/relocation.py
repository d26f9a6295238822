"""Copying a workspace off a network share or synced folder to a local one, checked.

The copy is taken with SQLite's backup API (``backup.backup_file``: one consistent
snapshot, synced to disk, given its name only when whole), then opened read-only and
compared with the original: SQLite's quick check, the format version and every table's
row count. A copy that fails is removed. The original is never touched: the user decides
what becomes of it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.store import backup
from models.store.connection import connect_readonly, quick_check


class CopyCheckFailed(Exception):
    """The copy at ``path`` is not the same as its original (``details`` says how); it was
    removed."""

    def __init__(self, path: Path, details: str) -> None:
        super().__init__(f"{path}: {details}")
        self.path = path
        self.details = details


def free_name(folder: Path, name: str) -> Path:
    """``folder / name``, or ``name (2)``, ``name (3)`` … where that is taken."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while taken(candidate):
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def copy_workspace(source: Path, target: Path) -> Path:
    """Copy the workspace at ``source`` to ``target`` (which must not exist) and check the
    copy; raises ``FileExistsError``, ``CopyCheckFailed``, or the ``sqlite3``/``OSError``
    that stopped the copy."""
    source, target = Path(source), Path(target)
    if taken(target):
        raise FileExistsError(target)
    backup.backup_file(source, target)
    try:
        problem = _differences(source, target)
    except BaseException:
        _remove(target)
        raise
    if problem:
        _remove(target)
        raise CopyCheckFailed(target, problem)
    return target


def _differences(source: Path, target: Path) -> str:
    """'' when ``target`` is a sound copy of ``source``, else what differs."""
    copy = connect_readonly(target)
    original = connect_readonly(source)
    try:
        found = quick_check(copy)
        if found:
            return found
        versions = [c.execute("PRAGMA user_version").fetchone()[0] for c in (original, copy)]
        if versions[0] != versions[1]:
            return f"format {versions[1]}, original {versions[0]}"
        for table in _tables(original):
            counts = [_count(c, table) for c in (original, copy)]
            if counts[0] != counts[1]:
                return f"table {table}: {counts[1]} rows, original {counts[0]}"
        return ""
    finally:
        copy.close()
        original.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables (the full-text indexes' own tables among them)."""
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL %' ORDER BY name")]


def _count(conn: sqlite3.Connection, table: str) -> int:
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        return int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    except sqlite3.OperationalError:  # a table missing from the copy
        return -1


def taken(path: Path) -> bool:
    """Whether ``path`` or a workspace's companions there exist (a ``-wal`` left without its
    file would be taken for the copy's)."""
    return path.exists() or any(path.with_name(path.name + s).exists()
                                for s in ("-wal", "-journal", ".lock"))


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)
