"""The CLI's one-line warning when a command writes to a workspace on a network share or in
a synced folder (``models.store.location``). The command goes on; its exit status is unchanged."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from models.store.location import RiskKind, risky_location

translate = QCoreApplication.translate

#: Commands that open the workspace for writing.
WRITING_COMMANDS = frozenset({"demo", "import", "merge"})


def warning_line(workspace: Path) -> str | None:
    """The warning for ``workspace``, in the installed language, or None when it is local."""
    risk = risky_location(workspace)
    if risk is None:
        return None
    if risk.kind is RiskKind.NETWORK:
        return translate(
            "cli", "qunzhu: warning: {path} is on a network share ({name}), where SQLite's "
            "locking and write-ahead log do not work and the file can be damaged; keep "
            "workspaces on a local disk").format(path=workspace, name=risk.name)
    return translate(
        "cli", "qunzhu: warning: {path} is in a folder {name} syncs; sync clients copy the "
        "file mid-write and make conflicted copies; keep workspaces on a local disk").format(
            path=workspace, name=risk.name)


def warn_if_risky(command: str | None, workspace: Path, stream: TextIO | None = None) -> None:
    if command in WRITING_COMMANDS and (line := warning_line(workspace)) is not None:
        print(line, file=stream or sys.stderr)
