"""Copies of a workspace taken with SQLite's backup API.

A copy is consistent even while another connection writes (the copy reads one snapshot),
is a single self-contained file (rollback journal, not WAL), passes SQLite's quick check and
is synced to disk (``synchronous=FULL``) before it is given its final name. A copy that fails
the check is thrown away: when the workspace itself fails it too, the damage is recorded
(``models.store.damage``) and ``DamagedWorkspaceError`` raised, so a damaged file never rotates the
good backups out.

A copy is written as ``NAME.partial-PID`` first; a killed run leaves that behind, and the
next backup into the folder removes it (never counted as a backup).
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import time
from pathlib import Path

from models.core.clock import stamp
from models.core.errors import DamagedWorkspaceError
from models.store import damage, staging

#: Automatic backups kept beside a workspace; older ones are removed.
KEEP_AUTOMATIC = 7
AUTO_PREFIX = "auto-"
#: ``.partial`` (older versions) or ``.partial-PID``, with SQLite's ``-journal`` after it.
_PARTIAL = re.compile(r"\.partial(?:-(\d+))?(?:-journal|-wal|-shm)?$")
#: A partial copy whose writer we cannot ask about is left alone this long.
STALE_PARTIAL_S = 3600


class BackupCheckFailed(OSError):
    """The copy failed its check although the workspace passed: the disk the copy went to
    wrote it wrongly. The copy was removed."""


def backups_dir(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".backups")


def backup_file(source: Path, destination: Path) -> Path:
    """Copy the workspace at ``source`` to ``destination`` (replaced atomically) and check
    the copy (see the module docstring).

    A destination outside the workspace's folder (``qunzhu backup -o``) is written in the
    workspace's staging folder first, so a killed run leaves nothing half-written beside
    the user's file (the next writable open removes the staging folder)."""
    source, destination = Path(source), Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(destination.parent, destination.name)
    work = _staging_for(source, destination)
    name = f"{destination.name}.partial-{os.getpid()}"
    partial = (work or destination.parent) / name
    try:
        _copy(source, partial)
        _verify(source, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        _move(partial, destination)
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        if work is not None:
            staging.remove(work)
    return destination


def _staging_for(source: Path, destination: Path) -> Path | None:
    """A staging folder for a copy bound elsewhere on the same disk (the final move is then
    a rename); None to write beside the destination: it is beside the workspace already, on
    another disk (a local copy of a workspace on a share must not be written to the share
    first), or the workspace's folder cannot be written."""
    near = {source.parent.resolve(), backups_dir(source).resolve()}
    if destination.parent.resolve() in near:
        return None
    try:
        if os.stat(destination.parent).st_dev != os.stat(source.parent).st_dev:
            return None
        return staging.create(source, "backup")
    except OSError:
        return None


def _move(partial: Path, destination: Path) -> None:
    """Give the checked copy its final name; across disks, through a synced copy beside
    the destination."""
    try:
        os.replace(partial, destination)
        return
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
    beside = destination.with_name(partial.name)
    try:
        shutil.copyfile(partial, beside)
        with open(beside, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(beside, destination)
    finally:
        beside.unlink(missing_ok=True)


def _copy(source: Path, partial: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
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


def _verify(source: Path, copy: Path) -> None:
    from models.store.connection import connect_readonly, quick_check

    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problem = quick_check(conn)
    finally:
        conn.close()
    if not problem:
        return
    original = connect_readonly(source)
    try:
        in_source = quick_check(original)
    finally:
        original.close()
    if in_source:
        damage.record(source, in_source)
        raise DamagedWorkspaceError(source, in_source)
    raise BackupCheckFailed(f"{copy.name}: the copy failed its check ({problem})")


def remove_stale_partials(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the partial copies in ``folder`` (of ``name`` only, when given) whose writer
    is gone: its process has ended, or, where that cannot be asked, an hour has passed."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        found = _PARTIAL.search(path.name)
        if not found or (name is not None and not path.name.startswith(name + ".partial")):
            continue
        pid = int(found.group(1)) if found.group(1) else None
        if pid == os.getpid() or (pid is not None and _alive(pid) and not _old(path)):
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows: age decides (os.kill would kill)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _old(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime > STALE_PARTIAL_S
    except OSError:
        return False


def backup_before_migration(workspace: Path, from_version: int) -> Path:
    name = f"{workspace.stem}-format{from_version}-{stamp()}{workspace.suffix or '.qunzhu'}"
    remove_stale_partials(backups_dir(workspace))
    return backup_file(workspace, backups_dir(workspace) / name)


def automatic_backup(workspace: Path, keep: int = KEEP_AUTOMATIC) -> Path:
    """Take a rotating backup beside the workspace and drop the oldest beyond ``keep``.

    Every kept backup passed its check when it was taken, so the newest good one is never
    rotated out by copies of a damaged file (those are refused, see ``backup_file``).
    """
    on_record = damage.recorded(workspace)
    if on_record:
        raise DamagedWorkspaceError(workspace, on_record)
    folder = backups_dir(workspace)
    remove_stale_partials(folder)
    suffix = workspace.suffix or ".qunzhu"
    made = backup_file(workspace, folder / f"{AUTO_PREFIX}{stamp()}{suffix}")
    for old in _automatic_backups(folder, suffix)[: -max(keep, 1)]:
        if old != made:
            old.unlink(missing_ok=True)
    return made


def latest_automatic_backup(workspace: Path) -> Path | None:
    found = _automatic_backups(backups_dir(workspace), workspace.suffix or ".qunzhu")
    return found[-1] if found else None


def _automatic_backups(folder: Path, suffix: str = ".qunzhu") -> list[Path]:
    """Finished automatic backups, oldest first (names carry a sortable time stamp)."""
    found = [p for p in folder.glob(f"{AUTO_PREFIX}*{suffix}") if p.name.endswith(suffix)]
    return sorted(found, key=lambda p: p.name)
