"""A workspace known to be damaged is never written to again until a check passes.

Big workspaces are not checked on every open (it would hold the window for seconds); the
window checks them in the background, backups check every copy they take, and
``qunzhu check`` runs the full check. Whoever finds damage records it in a small file beside
the workspace (``NAME.qunzhu.damaged``, holding SQLite's findings). Every writable open of a
file with such a record runs the check again, whatever the file's size: it is refused while
the damage is there, and the record goes once the file passes (a restored backup, a repair).
"""

from __future__ import annotations

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
