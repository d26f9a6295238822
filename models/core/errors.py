"""Why a workspace could not be opened or changed, and why a value or request was refused.

Each error keeps the facts (paths, versions, who holds a lock) as attributes so the window
can word them in the user's language; ``str(error)`` is the English sentence logs print.

Refused values and requests (``DomainError``, ``models.core.validation.Invalid``) carry a stable
``code`` and its ``params``: ``views/error_text.py`` words each code for the window and the
CLI alike, in the user's language; ``ENGLISH`` (``models.core.error_codes``, with the codes)
is only for ``str()`` (logs, tests).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.core.error_codes import ENGLISH, Code

__all__ = ["ENGLISH", "Cancelled", "Code", "DamagedWorkspaceError", "DomainError", "Message",
           "MigrationError", "NewerVersionError", "NotAWorkspaceError", "NotFound",
           "StorageError", "WorkspaceError", "WorkspaceLockedError", "why"]


@dataclass(frozen=True)
class Message:
    """A refusal as data: its code and the facts to word it with. ``str()`` is English."""

    code: Code
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return ENGLISH[self.code].format(**self.params)


def why(error: BaseException) -> Message:
    """The ``Message`` of a ``DomainError``; any other error's text as ``Code.OTHER``."""
    found = getattr(error, "message", None)
    return found if isinstance(found, Message) else Message(Code.OTHER, {"detail": str(error)})


class DomainError(ValueError):
    """A value or request the domain refuses. ``message`` says why as data (code, params);
    ``reason`` and ``str()`` are its English wording."""

    def __init__(self, code: Code, value: object = None, /, **params: Any) -> None:
        self.message = Message(Code(code), params)
        self.reason = str(self.message)
        self.value = value
        super().__init__(self.reason)

    @property
    def code(self) -> Code:
        return self.message.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.message.params


class NotFound(DomainError, LookupError):
    """A record asked for by id is not there (deleted meanwhile, or never was)."""


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
