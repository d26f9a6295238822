"""Why a workspace could not be opened or changed, and why a value or request was refused.

Each error keeps the facts (paths, versions, who holds a lock) as attributes so the window
can word them in the user's language; ``str(error)`` is the English sentence logs print.

Refused values and requests (``DomainError``, ``models.core.validation.Invalid``) carry a stable
``code`` and its ``params``: ``views/error_text.py`` words each code for the window and the
CLI alike, in the user's language; ``ENGLISH`` here is only for ``str()`` (logs, tests).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class Code(StrEnum):
    """Why a value or a request was refused. The values are stable (reports, tests)."""

    # A member's fields (models/validation.py, models/members.py).
    PHONE_CHARACTERS = "phone_characters"
    PHONE_SCIENTIFIC = "phone_scientific"
    PHONE_LENGTH = "phone_length"  # count: digits found
    PHONE_PREFIX = "phone_prefix"
    EMAIL = "email"
    WECHAT_SPACES = "wechat_spaces"
    NOT_A_DATE = "not_a_date"
    NO_SUCH_DAY = "no_such_day"  # detail: Python's reason (English)
    BIRTH_YEAR_NUMBER = "birth_year_number"
    BIRTH_YEAR_RANGE = "birth_year_range"  # year: this year
    GENDER = "gender"
    NAME_NEEDED = "name_needed"
    POINTS_ZERO = "points_zero"
    # A member import's rows (models/member_import.py, models/import_rows.py).
    ID_NUMBER = "id_number"
    NO_MEMBER_ID = "no_member_id"  # id
    TOTALS_ROW = "totals_row"
    HEADING_ROW = "heading_row"
    HEADER_ROW = "header_row"
    NOTE_ROW = "note_row"
    NOBODY_ROW = "nobody_row"
    # A field of a plan row, a material, an event's outcome (field: the column's name).
    WHOLE_NUMBER = "whole_number"  # field, value
    NUMBER_RANGE = "number_range"  # field, low, high, value
    NUMBER = "number"  # field, value
    DAY = "day"  # field, value
    ONE_OF = "one_of"  # field, allowed, value
    EMPTY = "empty"  # field
    NEGATIVE = "negative"  # field
    WHOLE_NOT_NEGATIVE = "whole_not_negative"  # field
    # Names that must be given, or be free.
    COMMUNITY_NAME_NEEDED = "community_name_needed"
    COMMUNITY_EXISTS = "community_exists"  # name
    TEMPLATE_NAME_NEEDED = "template_name_needed"
    TEMPLATE_EXISTS = "template_exists"  # name
    SEGMENT_NAME_NEEDED = "segment_name_needed"
    PRESET_NAME_NEEDED = "preset_name_needed"
    MATERIAL_NAME_NEEDED = "material_name_needed"
    MUTE_END_NEEDED = "mute_end_needed"
    REMIND_AHEAD = "remind_ahead"
    #: A refusal worded only in English (a plain ValueError): shown as it is.
    OTHER = "other"  # detail


#: The English wording, for ``str()``; ``views/error_text.py`` has the words people read.
ENGLISH: dict[Code, str] = {
    Code.PHONE_CHARACTERS: "a phone number has only digits (and spaces, dashes, +86)",
    Code.PHONE_SCIENTIFIC: "phone saved in scientific notation (digits lost); format the "
                           "column as text and save again",
    Code.PHONE_LENGTH: "a mobile number has 11 digits, this has {count}",
    Code.PHONE_PREFIX: "a mobile number starts with 13-19",
    Code.EMAIL: "not an email address (name@example.com)",
    Code.WECHAT_SPACES: "a WeChat id has no spaces",
    Code.NOT_A_DATE: "not a date (2024-03-05)",
    Code.NO_SUCH_DAY: "not a real date: {detail}",
    Code.BIRTH_YEAR_NUMBER: "a birth year is a number like 1990",
    Code.BIRTH_YEAR_RANGE: "a birth year between 1900 and {year}",
    Code.GENDER: "gender is 男 or 女 (M/F)",
    Code.NAME_NEEDED: "a member needs a name",
    Code.POINTS_ZERO: "points to grant cannot be 0",
    Code.ID_NUMBER: "an id is a whole number (from an exported roster)",
    Code.NO_MEMBER_ID: "no member with id {id} (deleted?)",
    Code.TOTALS_ROW: "a totals row, not a member",
    Code.HEADING_ROW: "a section heading, not a member",
    Code.HEADER_ROW: "the header row again, not a member",
    Code.NOTE_ROW: "a note, not a member",
    Code.NOBODY_ROW: "no name, nickname, phone, WeChat id or email: not a member",
    Code.WHOLE_NUMBER: "{field}: expected a whole number, got {value!r}",
    Code.NUMBER_RANGE: "{field}: expected {low}-{high}, got {value}",
    Code.NUMBER: "{field}: expected a number, got {value!r}",
    Code.DAY: "{field}: expected a date like 2026-12-31, got {value!r}",
    Code.ONE_OF: "{field}: expected one of {allowed}, got {value!r}",
    Code.EMPTY: "{field}: cannot be empty",
    Code.NEGATIVE: "{field}: cannot be negative",
    Code.WHOLE_NOT_NEGATIVE: "{field} must be a whole number, not negative",
    Code.COMMUNITY_NAME_NEEDED: "a community needs a name",
    Code.COMMUNITY_EXISTS: "a community named {name!r} already exists",
    Code.TEMPLATE_NAME_NEEDED: "a template needs a name",
    Code.TEMPLATE_EXISTS: "a template named {name!r} exists already",
    Code.SEGMENT_NAME_NEEDED: "a segment needs a name",
    Code.PRESET_NAME_NEEDED: "a preset needs a name",
    Code.MATERIAL_NAME_NEEDED: "a material needs a name",
    Code.MUTE_END_NEEDED: "a mute needs an end date",
    Code.REMIND_AHEAD: "remind at least one day ahead",
    Code.OTHER: "{detail}",
}


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
