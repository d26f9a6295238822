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


class StorageError(WorkspaceError):
    """The disk or the operating system refused what the workspace needs: the disk is full,
    or the file or its folder cannot be written (read-only medium, permissions, a crash left
    work to undo in a file we may only read). Nothing was half-written: SQLite rolled the
    change back."""

    DISK_FULL = "disk_full"
    READ_ONLY_FILE = "read_only_file"
    READ_ONLY_FOLDER = "read_only_folder"
    #: A crash left a rollback journal or WAL to finish, and the file cannot be written.
    RECOVERY_NEEDS_WRITE = "recovery_needs_write"

    def __init__(self, path: Path | str, kind: str, detail: str = "") -> None:
        super().__init__(path, {
            self.DISK_FULL: f"the disk holding {path} is full; free some space and try again",
            self.READ_ONLY_FILE: f"{path} is read-only; copy it to a folder you can write to",
            self.READ_ONLY_FOLDER: f"the folder of {path} cannot be written to; move the "
                                   "workspace to a folder you can write to",
            self.RECOVERY_NEEDS_WRITE: f"{path} was interrupted while saving and must be "
                                       "opened once with write access to finish undoing "
                                       "the unsaved change",
        }.get(kind, f"{path}: {detail}") + (f" ({detail})" if detail else ""))
        self.kind = kind
        self.detail = detail


class Cancelled(Exception):
    """The user cancelled long work; whatever it had written was rolled back."""
