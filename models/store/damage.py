"""A workspace known to be damaged is never written to again until a check passes.

Big workspaces are not checked on every open (it would hold the window for seconds); the
window checks them in the background, backups check every copy they take, and
``qunzhu check`` runs the full check. Whoever finds damage records it in a small file beside
the workspace (``NAME.qunzhu.damaged``, holding SQLite's findings). Every writable open of a
file with such a record runs the check again, whatever the file's size: it is refused while
the damage is there, and the record goes once the file passes (a restored backup, a repair).

Checking a big file before every write (``verify=True``, what imports ask for) would cost
seconds each time, so a passed check is remembered too (``NAME.qunzhu.checked``: the file's
size and modification time then). Closing a workspace that was checked (or trusted that way)
renews it, because only Qunzhu wrote in between. Anything else that touches the file (a
copy, a sync client, a tester's bytes, a crash) changes the time, and the next verifying open
checks again.
"""

from __future__ import annotations

import os
from pathlib import Path


def record_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".damaged")


def record(workspace: Path, details: str) -> None:
    """Remember that ``workspace`` failed a check (best effort: a read-only folder keeps
    nothing, and the next check finds the damage again)."""
    try:
        record_path(workspace).write_text(details + "\n", encoding="utf-8")
    except OSError:
        pass


def recorded(workspace: Path) -> str | None:
    """SQLite's findings from the last failed check, or None when none is on record."""
    try:
        return record_path(workspace).read_text(encoding="utf-8").strip() or "damaged"
    except FileNotFoundError:
        return None
    except OSError:
        return "damaged"


def clear(workspace: Path) -> None:
    try:
        record_path(workspace).unlink(missing_ok=True)
    except OSError:
        pass


def checked_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".checked")


def remember_checked(workspace: Path) -> None:
    """Note that ``workspace``, as it is on disk now, passed its check (best effort)."""
    try:
        stat = workspace.stat()
        checked_path(workspace).write_text(f"{stat.st_size} {stat.st_mtime_ns}\n",
                                           encoding="ascii")
    except OSError:
        pass


def unchanged_since_check(workspace: Path) -> bool:
    """True when the file is exactly as it was when it last passed its check."""
    try:
        size, mtime = checked_path(workspace).read_text(encoding="ascii").split()
        stat = workspace.stat()
    except (OSError, ValueError):
        return False
    return (int(size), int(mtime)) == (stat.st_size, stat.st_mtime_ns) \
        and not os.path.exists(f"{workspace}-wal")
