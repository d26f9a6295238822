"""Copies of a workspace taken with SQLite's backup API.

A copy is consistent even while another connection writes (the copy reads one snapshot),
is a single self-contained file (rollback journal, not WAL) and is synced to disk
(``synchronous=FULL``) before it is given its final name.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from models.clock import stamp

#: Automatic backups kept beside a workspace; older ones are removed.
KEEP_AUTOMATIC = 7
AUTO_PREFIX = "auto-"


def backups_dir(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".backups")


def backup_file(source: Path, destination: Path) -> Path:
    """Copy the workspace at ``source`` to ``destination`` (replaced atomically)."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)  # all pages in one step: one consistent snapshot
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.execute("PRAGMA synchronous = FULL")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)
    return destination


def backup_before_migration(workspace: Path, from_version: int) -> Path:
    name = f"{workspace.stem}-format{from_version}-{stamp()}{workspace.suffix or '.qunzhu'}"
    return backup_file(workspace, backups_dir(workspace) / name)


def automatic_backup(workspace: Path, keep: int = KEEP_AUTOMATIC) -> Path:
    """Take a rotating backup beside the workspace and drop the oldest beyond ``keep``."""
    folder = backups_dir(workspace)
    made = backup_file(workspace, folder / f"{AUTO_PREFIX}{stamp()}{workspace.suffix or '.qunzhu'}")
    for old in _automatic_backups(folder)[: -max(keep, 1)]:
        if old != made:
            old.unlink(missing_ok=True)
    return made


def latest_automatic_backup(workspace: Path) -> Path | None:
    found = _automatic_backups(backups_dir(workspace))
    return found[-1] if found else None


def _automatic_backups(folder: Path) -> list[Path]:
    """Finished automatic backups, oldest first (names carry a sortable time stamp)."""
    found = [p for p in folder.glob(f"{AUTO_PREFIX}*") if not p.name.endswith(".partial")]
    return sorted(found, key=lambda p: p.name)
