"""Workspace errors worded for people, in their language (the CLI and the window share it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.core.errors import (
    DamagedWorkspaceError,
    MigrationError,
    NewerVersionError,
    NotAWorkspaceError,
    StorageError,
    WorkspaceLockedError,
)
from views.error_text import describe, file_problem
from views.storage_text import describe_storage_error

translate = QCoreApplication.translate


def describe_error(error: Exception) -> str:
    path = str(getattr(error, "path", ""))
    if isinstance(error, StorageError):
        return describe_storage_error(error)
    if isinstance(error, NewerVersionError):
        return translate(
            "Messages",
            "{path} was saved by a newer version of Qunzhu (workspace format {file}; this "
            "version reads up to {app}). Update Qunzhu to open it; the file was not changed.",
        ).format(path=path, file=error.file_version, app=error.app_version)
    if isinstance(error, WorkspaceLockedError):
        return translate(
            "Messages",
            "{path} is already open in another Qunzhu window ({holder}). Close it there "
            "first, or open a copy.",
        ).format(path=path, holder=error.holder)
    if isinstance(error, NotAWorkspaceError):
        return translate(
            "Messages", "{path} is not a Qunzhu workspace ({reason}); it was not changed."
        ).format(path=path, reason=_reason(error.reason))
    if isinstance(error, DamagedWorkspaceError):
        return translate(
            "Messages",
            "{path} is damaged and cannot be opened safely ({details}). Restore a backup "
            "from the folder beside it.",
        ).format(path=path, details=error.details)
    if isinstance(error, MigrationError):
        return translate(
            "Messages",
            "Upgrading {path} to format {version} failed and was undone; the file is as it "
            "was. ({cause})",
        ).format(path=path, version=error.version, cause=error.cause)
    if isinstance(error, FileNotFoundError):
        return translate("Messages", "{path} does not exist.").format(
            path=error.filename or error)
    if isinstance(error, OSError):
        return file_problem(error)  # a file the system refused, named, with what to do
    return describe(error)  # a refused value in the user's words; else its own text


def _reason(reason: str) -> str:
    return {
        "not a SQLite database": translate("Messages", "not a SQLite database"),
        "a SQLite database made by another program": translate(
            "Messages", "a SQLite database made by another program"),
    }.get(reason, reason)
