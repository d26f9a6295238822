"""Why a workspace could not be opened or changed.

Each error keeps the facts (paths, versions, who holds a lock) as attributes so the window
can word them in the user's language; ``str(error)`` is the English sentence the CLI and
logs print.
"""

from __future__ import annotations

from pathlib import Path


class WorkspaceError(Exception):
    """Base for every problem with the workspace file itself."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


class NotAWorkspaceError(WorkspaceError):
    """The file is not SQLite at all, or a SQLite file some other program made."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(path, f"{path} is not a Qunzhu workspace ({reason}).")
        self.reason = reason


class DamagedWorkspaceError(WorkspaceError):
    """SQLite's own check found the file damaged."""

    def __init__(self, path: Path | str, details: str) -> None:
        super().__init__(path, f"{path} is damaged: {details}")
        self.details = details


class NewerVersionError(WorkspaceError):
    """The file was written by a newer Qunzhu; we refuse to touch it."""

    def __init__(self, path: Path | str, file_version: int, app_version: int) -> None:
        super().__init__(
            path,
            f"{path} was saved by a newer version of Qunzhu (workspace format "
            f"{file_version}; this version reads up to {app_version}). Update Qunzhu to open it.",
        )
        self.file_version = file_version
        self.app_version = app_version


class WorkspaceLockedError(WorkspaceError):
    """Another window (or process) is already writing to this workspace."""

    def __init__(self, path: Path | str, holder: str) -> None:
        super().__init__(
            path,
            f"{path} is already open in another Qunzhu window ({holder}). "
            "Close it there first, or open a copy.",
        )
        self.holder = holder


class MigrationError(WorkspaceError):
    """A schema upgrade failed; the file was left at its old version."""

    def __init__(self, path: Path | str, version: int, cause: Exception) -> None:
        super().__init__(
            path, f"upgrading {path} to format {version} failed and was undone: {cause}"
        )
        self.version = version
        self.cause = cause


class Cancelled(Exception):
    """The user cancelled long work; whatever it had written was rolled back."""
