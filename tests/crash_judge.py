"""The crash harness's judge: what the next user of a killed job's workspace meets.

``inspect`` fills a ``Kill`` with the findings: ``qunzhu check``'s exit status and a
read-write open (a refusal of either is a *lock-out*; the file is then recovered by hand so
the rest can still be judged), SQLite's integrity check, row counts against those before
and after the job, what the job left in its own temp folder or beside a backup it was
writing elsewhere, backups the product would count that are not whole workspaces, and
(reported, never failed) what it left in the workspace's own folder.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

#: Full-text tables' internals: their row counts follow how segments were merged, not data.
FTS_INTERNALS = ("_data", "_idx", "_config")
SIDE_FILES = ("-journal", "-wal", "-shm")
_check_lock = threading.Lock()


@dataclass
class Kill:
    """What one kill found (``problems`` empty when all was well)."""

    number: int
    aimed: bool
    delay: float
    phase: str = ""
    finished_first: bool = False
    files: list[str] = field(default_factory=list)
    lockout: str = ""
    integrity: str = ""
    counts: str = ""
    processes: list[str] = field(default_factory=list)
    staging: list[str] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)
    #: Left in the workspace's own folder after the recovery open (reported, not failed:
    #: the issue asks for nothing outside it), e.g. an interrupted backup's .partial.
    strays: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        found = []
        if self.lockout:
            found.append(f"lock-out: {self.lockout}")
        if self.integrity:
            found.append(f"integrity: {self.integrity}")
        if self.counts:
            found.append(f"counts: {self.counts}")
        if self.processes:
            found.append(f"processes left: {self.processes}")
        if self.staging:
            found.append(f"staging left outside the workspace's folder: {self.staging}")
        if self.backups:
            found.append(f"backups: {self.backups}")
        return found

    def line(self) -> str:
        how = "aimed" if self.aimed else "uniform"
        where = "finished before the kill" if self.finished_first else f"in {self.phase or '-'}"
        files = ", ".join(self.files)
        return (f"kill {self.number} ({how}, {self.delay:.4f} s, {where}; files: {files}): "
                + "; ".join(self.problems))


def counts(path: Path, extra: dict[str, str]) -> dict[str, int]:
    """Row counts of every table (but full-text internals) and of ``extra`` queries."""
    from models.store.stats import table_names

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
                 for n in table_names(conn) if not n.endswith(FTS_INTERNALS)}
        for name, sql in extra.items():
            with contextlib.suppress(sqlite3.Error):
                found[name] = conn.execute(sql).fetchone()[0]
        return found
    finally:
        conn.close()


def difference(found: dict[str, int], before: dict[str, int], after: dict[str, int]) -> str:
    """'' when ``found`` is exactly the counts before or after, else what differs."""
    if found in (before, after):
        return ""
    parts = [f"{t} {found.get(t)} (before {before.get(t)}, after {after.get(t)})"
             for t in sorted(set(found) | set(before) | set(after))
             if found.get(t) not in (before.get(t), after.get(t))]
    return ", ".join(parts[:8]) or "some tables as before, others as after"


def run_check(path: Path) -> tuple[int, str]:
    """``qunzhu check --workspace PATH``, in this process (the command's own function:
    ``desktop.cli.main`` would create a QCoreApplication the Qt tests cannot share)."""
    from desktop.commands import check

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            status = check(path, argparse.Namespace())
        except Exception as error:  # noqa: BLE001 - main() turns these into exit 2
            return 2, f"{type(error).__name__}: {error}"
    return status, out.getvalue()


def recover_by_hand(path: Path) -> None:
    """What a user cannot do: open the file read-write in SQLite itself, which rolls a hot
    journal back, so the rest can still be judged after a lock-out."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    finally:
        conn.close()


def not_whole(path: Path) -> str:
    """'' when ``path`` opens as a whole workspace, else why not."""
    from models.schema import migrations

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            check = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as error:
        return str(error)
    if app_id != migrations.APPLICATION_ID or check != [("ok",)]:
        return f"not a whole workspace (application id {app_id}, {check[:1]})"
    return ""


def finished_looking(folder: Path) -> list[Path]:
    """Files in ``folder`` named like a finished copy (not a .partial, not SQLite's side
    files)."""
    return [p for p in folder.iterdir() if p.is_file() and ".partial" not in p.name
            and not p.name.endswith(SIDE_FILES)]


def backup_problems(workspace: Path) -> list[str]:
    """Backups the product counts (``_automatic_backups``: rotation and the window's
    "latest backup") and finished-looking files in the backups folder that are not whole
    workspaces."""
    from models.store import backup

    folder = backup.backups_dir(workspace)
    if not folder.is_dir():
        return []
    counted = backup._automatic_backups(folder)
    problems = []
    for path in sorted(set(counted) | set(finished_looking(folder))):
        why = not_whole(path)
        if why:
            tag = "counted as a backup" if path in counted else "in the backups folder"
            problems.append(f"{path.name} {tag}: {why}")
    return problems


def inspect(path: Path, extra: dict[str, str], tmp: Path, before: dict[str, int],
            after: dict[str, int], kill: Kill, out: Path | None = None) -> Kill:
    """Fill ``kill`` with what the next user of the workspace at ``path`` meets (see the
    module docstring); ``tmp`` was the job's temp folder, ``out`` its output folder."""
    from models.store.connection import integrity_check
    from models.store.workspace import open_workspace

    work = path.parent
    kill.files = sorted(p.name for p in work.iterdir())
    kill.staging = sorted(p.name for p in tmp.iterdir())
    if out is not None and out.is_dir():  # a backup written elsewhere (-o FILE)
        kill.staging += sorted(f"{out.name}/{p.name}" for p in out.iterdir()
                               if ".partial" in p.name)
        kill.backups += [f"{out.name}/{p.name}: {why}" for p in finished_looking(out)
                         if (why := not_whole(p))]
    with _check_lock:  # run_check swaps sys.stdout
        status, text = run_check(path)
    lockout = []
    if status != 0:
        lockout.append(f"check exit {status}: {' '.join(text.split())[:200]}")
    try:
        open_workspace(path).close()
    except Exception as error:  # noqa: BLE001 - any refusal is the finding
        lockout.append(f"open read-write: {type(error).__name__}: {error}")
    kill.lockout = " / ".join(lockout)
    if lockout:
        recover_by_hand(path)
        with contextlib.suppress(Exception):
            open_workspace(path).close()  # finish an upgrade, as the window would
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        kill.integrity = integrity_check(conn)
    except sqlite3.Error as error:
        kill.integrity = str(error)
    finally:
        conn.close()
    if not kill.integrity:
        kill.counts = difference(counts(path, extra), before, after)
    kill.backups += backup_problems(path)
    kill.strays = strays(path)
    return kill


def strays(workspace: Path) -> list[str]:
    """Files in the workspace's folder (and its backups folder) that are neither the
    workspace, its SQLite side files and lock, nor a finished backup."""
    from models.store import backup

    expected = {workspace.name + s for s in ("", "-wal", "-shm", ".lock", ".checked")}
    folder = backup.backups_dir(workspace)
    found = [p.name for p in workspace.parent.iterdir()
             if p.name not in expected and p != folder]
    if folder.is_dir():
        finished = set(finished_looking(folder))
        found += [f"{folder.name}/{p.name}" for p in folder.iterdir() if p not in finished]
    return sorted(found)
