"""Scratch files of long jobs, kept beside the workspace they belong to.

A big import and the demo stage members (names, phones) in SQLite files of their own before
they reach the workspace. In the system's temp folder, a job killed halfway left those
copies where nothing of ours would ever look again, beyond the reach of an erasure. They
live instead in one hidden folder beside the workspace::

    <folder>/.<workspace name>.staging/<job>-<random>/

made private to the user (``tempfile.mkdtemp``: mode 0700), removed by the job when it
ends, and as a whole by ``remove_leftovers`` on the next writable open of the workspace,
once its lock is held: whoever holds the lock is the only one who may be running a job on
it, so nothing found there then belongs to anyone alive.

A connection with no file behind it (an in-memory database, never a workspace) stages in
the system's temp folder, as before.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUFFIX = ".staging"


def root_for(workspace: Path | str) -> Path:
    """The hidden folder that holds ``workspace``'s staging folders (symbolic links
    resolved, so every way of naming the workspace finds the same folder)."""
    real = Path(os.path.realpath(workspace))
    return real.with_name(f".{real.name}{SUFFIX}")


def workspace_of(conn: sqlite3.Connection) -> Path | None:
    """The file behind ``conn``'s main database, or None for one in memory."""
    for _, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


def create(workspace: Path | str | None, job: str) -> Path:
    """A new, empty, private folder for one ``job`` (``import``, ``demo``) on ``workspace``.
    The caller removes it (``remove``); a crash leaves it to ``remove_leftovers``."""
    if workspace is None:
        return Path(tempfile.mkdtemp(prefix=f"qunzhu-{job}-"))
    root = root_for(workspace)
    for _ in range(3):  # another job of this process may remove an empty root meanwhile
        try:
            root.mkdir(mode=0o700, exist_ok=True)
            _hide(root)
            return Path(tempfile.mkdtemp(prefix=f"{job}-", dir=root))
        except FileNotFoundError:
            continue
    raise FileNotFoundError(f"cannot make a staging folder in {root}")


def remove(folder: Path) -> None:
    """Remove a job's folder, and the hidden root too once no other job uses it."""
    shutil.rmtree(folder, ignore_errors=True)
    if folder.parent.name.endswith(SUFFIX):
        try:
            folder.parent.rmdir()
        except OSError:  # not empty: another job's, or a leftover the next open removes
            pass


@contextmanager
def folder(workspace: Path | str | None, job: str) -> Iterator[Path]:
    """``create``, then ``remove`` when the block ends, however it ends."""
    made = create(workspace, job)
    try:
        yield made
    finally:
        remove(made)


def remove_leftovers(workspace: Path | str) -> None:
    """Remove what jobs killed halfway left beside ``workspace``. Call it only with the
    workspace's lock held (see the module docstring)."""
    root = root_for(workspace)
    if root.is_dir() and not root.is_symlink():
        shutil.rmtree(root, ignore_errors=True)


def _hide(path: Path) -> None:
    """The dot hides the folder on macOS and Linux; Windows needs the attribute."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        hidden = 0x2
        ctypes.windll.kernel32.SetFileAttributesW(str(path), hidden)
